import type Redis from "ioredis";
import { decode, encode } from "./codec";

/**
 * A cache for slow-changing provider objects (assessments, tests), shared across requests and, with Redis,
 * across instances. It is an optimisation only: every failure reads as a miss and every failed write is
 * dropped, so callers never see a cache error.
 */
export interface TtlCache<T> {
  /** One entry per key, in order: the cached value or undefined. */
  getMany(keys: readonly string[]): Promise<Array<T | undefined>>;
  /** Stores each value for the cache's TTL. */
  setMany(entries: ReadonlyArray<readonly [string, T]>): Promise<void>;
}

/** Process-local cache with a TTL and an entry cap (oldest written evicted first). */
export class MemoryTtlCache<T> implements TtlCache<T> {
  private readonly entries = new Map<string, { value: T; expiresAt: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  async getMany(keys: readonly string[]): Promise<Array<T | undefined>> {
    const t = this.now();
    return keys.map((key) => {
      const entry = this.entries.get(key);
      if (entry && entry.expiresAt > t) return entry.value;
      this.entries.delete(key);
      return undefined;
    });
  }

  async setMany(entries: ReadonlyArray<readonly [string, T]>): Promise<void> {
    const expiresAt = this.now() + this.ttlMs;
    for (const [key, value] of entries) {
      this.entries.delete(key);
      this.entries.set(key, { value, expiresAt });
    }
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries) break;
      this.entries.delete(oldest);
    }
  }
}

/** Cache shared by every instance on one Redis: one MGET per read batch, one pipelined SET … PX per write batch. */
export class RedisTtlCache<T> implements TtlCache<T> {
  constructor(
    private readonly redis: Redis,
    /** Namespace inside the configured key prefix, e.g. `cache:assessment:`. */
    private readonly namespace: string,
    private readonly ttlMs: number,
    /** Told about each Redis failure (the cache then reads as empty). */
    private readonly onError: (err: unknown) => void = () => undefined,
  ) {}

  async getMany(keys: readonly string[]): Promise<Array<T | undefined>> {
    if (keys.length === 0) return [];
    try {
      const texts = await this.redis.mget(keys.map((k) => this.namespace + k));
      return texts.map((text) => (text === null ? undefined : decode<T>(text)));
    } catch (err) {
      this.onError(err);
      return keys.map(() => undefined);
    }
  }

  async setMany(entries: ReadonlyArray<readonly [string, T]>): Promise<void> {
    if (entries.length === 0) return;
    const pipeline = this.redis.pipeline();
    for (const [key, value] of entries) pipeline.set(this.namespace + key, encode(value), "PX", this.ttlMs);
    try {
      const replies = (await pipeline.exec()) ?? [];
      const failed = replies.find(([err]) => err);
      if (failed) this.onError(failed[0]);
    } catch (err) {
      this.onError(err);
    }
  }
}
