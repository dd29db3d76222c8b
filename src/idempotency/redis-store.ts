import { createHash, randomUUID } from "node:crypto";
import type Redis from "ioredis";
import { ErrorCode } from "../domain/enums";
import { HiregraphError } from "../domain/errors";
import { decode, encode } from "../shared-state/codec";
import { defineScript, type RedisScript } from "../shared-state/redis";
import type { IdempotencyOutcome, IdempotencyRun, IdempotencyStore } from "./store";

/** The key could not be checked (Redis unreachable, or the first request with it is still running). Nothing was sent. */
export class IdempotencyUnavailableError extends HiregraphError {
  constructor(message: string, cause?: unknown) {
    super(ErrorCode.IDEMPOTENCY_UNAVAILABLE, message, { retryable: true, retryAfterSeconds: 1, cause });
  }
}

export interface RedisIdempotencyOptions {
  /** How long a final result is replayed. @default 24 h */
  ttlMs?: number;
  /**
   * How long a claim reserves a key while its first request runs. Must exceed the slowest mutation: past it,
   * another instance may run the same write again. Also bounds how long a crashed instance blocks its keys.
   * @default 60000
   */
  claimMs?: number;
  /** First pause between polls while another instance holds the claim; doubles up to `pollMaxMs`. @default 20 */
  pollMinMs?: number;
  /** @default 250 */
  pollMaxMs?: number;
  /** Told about Redis failures after the work ran (the result is still returned). */
  onError?: (err: unknown) => void;
}

type Entry<T> = { state: "running"; fp: string; token: string } | { state: "done"; fp: string; result: T };

/** Replaces or deletes a key only if it still holds this run's claim, so a late finisher never clobbers a newer claim. */
const SETTLE_LUA = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
if ARGV[2] == '' then redis.call('DEL', KEYS[1]) else redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3]) end
return 1`;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * IdempotencyStore shared by every instance on one Redis, with MemoryIdempotencyStore's semantics. The first
 * caller claims the key atomically (`SET key <running> NX PX claimMs`) and runs the work; the others, on any
 * instance, poll with bounded backoff until the final result is stored (replayed), the claim is released
 * (transient result or throw: one of them claims and runs), or `claimMs` passes (IDEMPOTENCY_UNAVAILABLE,
 * retryable). Fails closed: when Redis cannot be asked, nothing runs and the caller gets IDEMPOTENCY_UNAVAILABLE,
 * because running without the check could write twice.
 */
export class RedisIdempotencyStore implements IdempotencyStore {
  private readonly settle: RedisScript;
  private readonly ttlMs: number;
  private readonly claimMs: number;
  private readonly pollMinMs: number;
  private readonly pollMaxMs: number;

  constructor(
    private readonly redis: Redis,
    private readonly opts: RedisIdempotencyOptions = {},
  ) {
    this.settle = defineScript(redis, "hiregraphIdemSettle", SETTLE_LUA, 1);
    this.ttlMs = opts.ttlMs ?? 24 * 60 * 60 * 1000;
    this.claimMs = opts.claimMs ?? 60_000;
    this.pollMinMs = opts.pollMinMs ?? 20;
    this.pollMaxMs = opts.pollMaxMs ?? 250;
  }

  async run<T>(args: IdempotencyRun<T>): Promise<IdempotencyOutcome<T>> {
    const key = `idem:${createHash("sha256").update(`${args.scope}\u0000${args.key}`).digest("hex")}`;
    const claim = encode({ state: "running", fp: args.fingerprint, token: randomUUID() } satisfies Entry<T>);
    // Long enough for a waiter to see a stalled claim expire and take it over.
    const deadline = Date.now() + this.claimMs + this.pollMaxMs;
    for (let pause = this.pollMinMs; ; pause = Math.min(pause * 2, this.pollMaxMs)) {
      if (await this.ask(() => this.redis.set(key, claim, "PX", this.claimMs, "NX"))) return this.runClaimed(key, claim, args);
      const text = await this.ask(() => this.redis.get(key));
      if (text !== null) {
        const entry = decode<Entry<T>>(text);
        if (entry.fp !== args.fingerprint) return { reused: true };
        if (entry.state === "done") return { reused: false, result: entry.result, replayed: true };
      }
      if (Date.now() + pause > deadline) {
        throw new IdempotencyUnavailableError("A request with this idempotencyKey is still being processed; retry shortly");
      }
      // A key that vanished (released or expired) is claimed again at once; a held one is polled.
      if (text !== null) await sleep(pause);
    }
  }

  /** For `/ready`: one PING, failing the same way `run` does while Redis is unreachable. */
  async ping(): Promise<void> {
    await this.ask(() => this.redis.ping());
  }

  private async runClaimed<T>(key: string, claim: string, args: IdempotencyRun<T>): Promise<IdempotencyOutcome<T>> {
    let result: T;
    try {
      result = await args.work();
    } catch (err) {
      await this.finish(key, claim, "");
      throw err;
    }
    const final: Entry<T> = { state: "done", fp: args.fingerprint, result };
    await this.finish(key, claim, args.shouldStore(result) ? encode(final) : "");
    return { reused: false, result, replayed: false };
  }

  /** Stores the final entry (or releases the claim with ""). A failure here is reported, not thrown: the work already ran. */
  private async finish(key: string, claim: string, value: string): Promise<void> {
    try {
      await this.settle([key], [claim, value, this.ttlMs]);
    } catch (err) {
      this.opts.onError?.(err);
    }
  }

  /** A Redis call whose failure must stop the mutation before any upstream write. */
  private async ask<R>(call: () => Promise<R>): Promise<R> {
    try {
      return await call();
    } catch (err) {
      throw new IdempotencyUnavailableError("hiregraph's idempotency store (Redis) is unreachable, so the request was not sent; retry shortly", err);
    }
  }
}
