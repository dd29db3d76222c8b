import type Redis from "ioredis";
import type { Config } from "../config";
import { RedisIdempotencyStore } from "../idempotency/redis-store";
import { type IdempotencyStore, MemoryIdempotencyStore } from "../idempotency/store";
import type { RateLimiterFactory } from "../providers/rate-limit";
import { redisRateLimiters } from "../providers/rate-limit-redis";
import type { Assessment } from "../domain/entities";
import { closeRedis, connectRedis, type StateLog } from "../shared-state/redis";
import { MemoryTtlCache, RedisTtlCache, type TtlCache } from "../shared-state/ttl-cache";

/** State that must be shared when several instances serve the same callers. */
export interface SharedState {
  readonly idempotency: IdempotencyStore;
  /** Assessments across requests; undefined when `ASSESSMENT_CACHE_TTL_MS` is 0. */
  readonly assessmentCache?: TtlCache<Assessment>;
  /** Outbound budgets; undefined means one TokenBucket per provider in this process. */
  readonly rateLimiters?: RateLimiterFactory;
  /** The shared connection, for state kept by libraries (the inbound rate limit); undefined without `REDIS_URL`. */
  readonly redis?: Redis;
  close(): Promise<void>;
}

/** At most one warning per this many ms for failures that fail open, so an outage does not flood the log. */
const WARN_EVERY_MS = 10_000;

/**
 * Builds the idempotency store, assessment cache and rate limiters: in this process by default, in Redis when
 * `REDIS_URL` is set. With Redis, idempotency fails closed (IDEMPOTENCY_UNAVAILABLE, retryable) while the cache
 * and the rate limiters fail open (a miss; this process's own budget), so an outage never stops reads.
 */
export async function createSharedState(config: Config, log: StateLog): Promise<SharedState> {
  const ttl = config.assessmentCacheTtlMs;
  if (!config.redis) {
    return {
      idempotency: new MemoryIdempotencyStore(),
      assessmentCache: ttl > 0 ? new MemoryTtlCache<Assessment>(ttl) : undefined,
      close: async () => undefined,
    };
  }
  const redis = await connectRedis(config.redis, log);
  let lastWarn = -Infinity;
  const onError = (what: string) => (err: unknown) => {
    // While disconnected the connection itself has logged the outage; later failures are the same news.
    if (redis.status !== "ready" || Date.now() - lastWarn < WARN_EVERY_MS) return;
    lastWarn = Date.now();
    log.warn({ err: err instanceof Error ? err.message : String(err) }, `redis ${what} failed`);
  };
  return {
    // A claim must outlast the slowest mutation: a write, a reconciling read with its retries, rate waits.
    idempotency: new RedisIdempotencyStore(redis, { claimMs: Math.max(60_000, 6 * config.upstreamTimeoutMs), onError: onError("idempotency write") }),
    assessmentCache: ttl > 0 ? new RedisTtlCache<Assessment>(redis, "cache:assessment:", ttl, onError("assessment cache")) : undefined,
    rateLimiters: redisRateLimiters(redis, onError("rate limit")),
    redis,
    close: () => closeRedis(redis),
  };
}
