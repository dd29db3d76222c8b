import rateLimit, { normalizeIP } from "@fastify/rate-limit";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type Redis from "ioredis";
import { createHash } from "node:crypto";

/** The counting interface of @fastify/rate-limit's stores (its own Redis and in-process stores implement it). */
interface CountStore {
  incr(key: string, cb: (err: Error | null, res?: { current: number; ttl: number }) => void, timeWindow: number, max: number): void;
}
type StoreCtor<A extends unknown[]> = new (...args: A) => CountStore;
// Deep imports: the plugin builds these itself from `redis`, but cannot fall back from one to the other.
const RedisStore: StoreCtor<[boolean, boolean, Redis, string]> = require("@fastify/rate-limit/store/RedisStore");
const LocalStore: StoreCtor<[boolean, boolean, number]> = require("@fastify/rate-limit/store/LocalStore");

/** The one-minute window's count is shared through Redis; while Redis fails, each instance counts on its own. */
function sharedStore(redis: Redis): new () => CountStore {
  return class FallbackStore implements CountStore {
    private readonly shared = new RedisStore(false, false, redis, "ratelimit:inbound:");
    private readonly local = new LocalStore(false, false, 5000);
    incr(key: string, cb: Parameters<CountStore["incr"]>[1], timeWindow: number, max: number): void {
      this.shared.incr(key, (err, res) => (err ? this.local.incr(key, cb, timeWindow, max) : cb(null, res)), timeWindow, max);
    }
  };
}

/** Raised when a caller used up its minute; answered by the scope's error handler as a GraphQL error. */
class InboundRateLimitError extends Error {
  readonly statusCode = 429;
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many requests from this caller; retry after ${retryAfterSeconds} s`);
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

export interface InboundRateLimitOptions {
  /** Requests per minute per caller; 0 registers nothing. */
  perMinute: number;
  /** Who is asking: the verified JWT `sub`, or undefined for an anonymous caller (then the client IP counts). */
  subject: (req: FastifyRequest) => Promise<string | undefined>;
  /** Shares the counts between instances. */
  redis?: Redis;
}

/**
 * Per-caller inbound limit for the routes of `scope` (the GraphQL endpoint and the IDE): one runaway client
 * cannot spend every caller's provider quota. Over the limit, HTTP 429 with `Retry-After` and a GraphQL error
 * whose `extensions.code` is RATE_LIMITED. Keys are hashed, so Redis holds no subject or IP address.
 */
export async function registerInboundRateLimit(scope: FastifyInstance, opts: InboundRateLimitOptions): Promise<void> {
  if (opts.perMinute === 0) return;
  await scope.register(rateLimit, {
    max: opts.perMinute,
    timeWindow: 60_000,
    ...(opts.redis ? { store: sharedStore(opts.redis) as never } : {}),
    keyGenerator: async (req) => {
      const subject = await opts.subject(req);
      return createHash("sha256").update(subject !== undefined ? `sub:${subject}` : `ip:${normalizeIP(req.ip)}`).digest("base64url");
    },
    errorResponseBuilder: (_req, ctx) => new InboundRateLimitError(Math.max(1, Math.ceil(ctx.ttl / 1000))),
  });
  scope.setErrorHandler((err, _req, reply) => {
    if (!(err instanceof InboundRateLimitError)) throw err;
    const extensions = { code: "RATE_LIMITED", retryable: true, retryAfterSeconds: err.retryAfterSeconds };
    return reply.code(429).type("application/json; charset=utf-8").send({ errors: [{ message: err.message, extensions }] });
  });
}
