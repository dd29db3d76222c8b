/**
 * Remembers mutation results by idempotency key so a retried request replays the first answer instead of
 * writing twice. The in-memory store serves one process; a shared store (Redis) implements the same interface
 * for several instances.
 */
export interface IdempotencyRun<T> {
  scope: string;
  key: string;
  fingerprint: string;
  work: () => Promise<T>;
  shouldStore: (result: T) => boolean;
}

export type IdempotencyOutcome<T> = { reused: false; result: T; replayed: boolean } | { reused: true };

export interface IdempotencyStore {
  /**
   * Runs `work` once per (scope, key). A repeat with the same fingerprint gets the stored result (or waits for the
   * first call still in flight); a repeat with another fingerprint gets `{ reused: true }`. `shouldStore` decides
   * whether a result is final (kept for `ttlMs`) or transient (forgotten, so a retry runs again).
   */
  run<T>(args: IdempotencyRun<T>): Promise<IdempotencyOutcome<T>>;
  /**
   * Resolves when the store can serve `run` now, rejects otherwise; `/ready` calls it on every probe, so it must
   * be cheap (e.g. a Redis PING). Absent on stores that live in this process and so are always reachable.
   */
  ping?(): Promise<void>;
}

interface Entry {
  fingerprint: string;
  expiresAt: number;
  value: Promise<unknown>;
}

/** Process-local store with a TTL and an entry cap (oldest evicted first). */
export class MemoryIdempotencyStore implements IdempotencyStore {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly ttlMs = 24 * 60 * 60 * 1000,
    private readonly maxEntries = 100_000,
    private readonly now: () => number = Date.now,
  ) {}

  async run<T>(args: IdempotencyRun<T>): Promise<IdempotencyOutcome<T>> {
    const id = `${args.scope}\u0000${args.key}`;
    const existing = this.entries.get(id);
    if (existing && existing.expiresAt > this.now()) {
      if (existing.fingerprint !== args.fingerprint) return { reused: true };
      return { reused: false, result: (await existing.value) as T, replayed: true };
    }
    const value = args.work();
    this.entries.set(id, { fingerprint: args.fingerprint, expiresAt: this.now() + this.ttlMs, value });
    this.evict();
    try {
      const result = await value;
      if (!args.shouldStore(result)) this.entries.delete(id);
      return { reused: false, result, replayed: false };
    } catch (err) {
      this.entries.delete(id);
      throw err;
    }
  }

  private evict(): void {
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }
}

/** Stable JSON (sorted keys, Dates as ISO) of an input, minus its idempotency key, for comparing repeats. */
export function fingerprint(input: object): string {
  const canon = (v: unknown): unknown => {
    if (v instanceof Date) return v.toISOString();
    if (Array.isArray(v)) return v.map(canon);
    if (v && typeof v === "object") {
      return Object.fromEntries(
        Object.keys(v)
          .filter((k) => k !== "idempotencyKey" && (v as Record<string, unknown>)[k] !== undefined)
          .sort()
          .map((k) => [k, canon((v as Record<string, unknown>)[k])]),
      );
    }
    return v;
  };
  return JSON.stringify(canon(input));
}
