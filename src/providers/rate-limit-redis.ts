import type Redis from "ioredis";
import type { Provider } from "../domain/enums";
import { defineScript, type RedisScript } from "../shared-state/redis";
import { TokenBucket, type RateLimiter, type RateLimiterFactory } from "./rate-limit";

/**
 * The TokenBucket arithmetic, run atomically inside Redis so every instance draws on one budget. Time comes from
 * the Redis server, so instances with skewed clocks still agree. Returns the wait in ms (0 = token taken).
 */
const TAKE_LUA = `
local perMinute = tonumber(ARGV[1])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local state = redis.call('HMGET', KEYS[1], 'tokens', 'last')
local tokens = tonumber(state[1]) or perMinute
local last = tonumber(state[2]) or now
tokens = math.min(perMinute, tokens + math.max(0, now - last) * perMinute / 60000)
local wait = 0
if tokens >= 1 then tokens = tokens - 1 else wait = math.ceil((1 - tokens) * 60000 / perMinute) end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'last', tostring(now))
redis.call('PEXPIRE', KEYS[1], 120000)
return wait`;

/**
 * One provider's outbound budget shared by every instance on one Redis. Fails open to a per-process
 * TokenBucket while Redis is unreachable: each instance then keeps its own budget (N instances may send up to
 * N× the rate), which is safer than refusing every provider call because a cache is down.
 */
export class RedisTokenBucket implements RateLimiter {
  private readonly fallback: TokenBucket;

  constructor(
    private readonly script: RedisScript,
    private readonly key: string,
    private readonly perMinute: number,
    private readonly onError: (err: unknown) => void = () => undefined,
  ) {
    this.fallback = new TokenBucket(perMinute);
  }

  async take(): Promise<number> {
    try {
      return Number(await this.script([this.key], [this.perMinute]));
    } catch (err) {
      this.onError(err);
      return this.fallback.take();
    }
  }
}

/** Limiters for every provider, sharing one registered script; keys are `ratelimit:<PROVIDER>` and `ratelimit:<PROVIDER>:caller:<digest>`. */
export function redisRateLimiters(redis: Redis, onError?: (err: unknown) => void): RateLimiterFactory {
  const script = defineScript(redis, "hiregraphTakeToken", TAKE_LUA, 1);
  return (provider: Provider, perMinute: number, callerDigest?: string) =>
    new RedisTokenBucket(script, callerDigest ? `ratelimit:${provider}:caller:${callerDigest}` : `ratelimit:${provider}`, perMinute, onError);
}
