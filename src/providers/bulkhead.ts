import { ErrorCode } from "../domain/enums";

/** What the bulkhead needs to know about the provider's circuit breaker. */
export interface BreakerView {
  isOpen(): boolean;
  /** Registers a listener called each time the breaker opens. */
  onBreak(listener: () => void): void;
}

export interface Bulkhead {
  /**
   * Runs `fn` once one of the provider's connection slots is free. While it waits, the call is refused without
   * being sent as soon as its deadline (`expiresAt`, a `performance.now()` time) passes or the breaker opens.
   */
  run<T>(expiresAt: number, fn: () => Promise<T>): Promise<T>;
  /** How many calls may be in flight now: the adaptive limit, between 1 and the configured maximum. */
  limit(): number;
  /** Calls in flight now. */
  active(): number;
}

export interface BulkheadRefusals {
  /** The call waited past its deadline. */
  expired(waitedMs: number): Error;
  /** The breaker opened while the call waited. */
  open(): Error;
}

/** A call left with less time than this once it gets a slot could not get an answer anyway; it is not sent. */
const MIN_SEND_MS = 50;

/** The limit is multiplied by this on each sign of overload (a 429, a 5xx, a timeout, a lost answer). */
const BACKOFF = 0.9;
/** A round trip longer than this many times the recent shortest one means latency no longer holds: no growth. */
const LATENCY_TOLERANCE = 2;
/** Plus this much, so that a 1 ms baseline does not turn 3 ms of scheduling noise into "latency grew". */
const LATENCY_SLACK_MS = 10;
/** The shortest round trip is taken over two windows of this many answers, so it follows a provider that changed. */
const RTT_WINDOW = 500;

/** Failures that may say "too much". Anything else the provider answered (404, 400…) counts as a success. */
const OVERLOAD = new Set<string>([ErrorCode.RATE_LIMITED, ErrorCode.PROVIDER_UNAVAILABLE, ErrorCode.OUTCOME_UNKNOWN]);

/**
 * Whether a failed call is a sign of overload: a 429 or 5xx answer always; no answer (a timeout, a reset) only when
 * the call was sent with at least half of its time left. A call that spent its budget waiting here and then timed
 * out says nothing about the provider, and counting it would spiral: a smaller limit, longer waits, more such
 * timeouts, down to one call at a time (measured before this rule: 0 req/s in the 50-id bench scenario at 64).
 */
function isOverload(err: unknown, queuedAt: number, sentAt: number, expiresAt: number): boolean {
  const e = err as { code?: unknown; status?: unknown } | null;
  if (!OVERLOAD.has(e?.code as string)) return false;
  if (typeof e?.status === "number") return true;
  return expiresAt - sentAt >= (expiresAt - queuedAt) / 2;
}

/**
 * An AIMD concurrency limit, the scheme of Netflix's concurrency-limits `AIMDLimit`: it starts at the maximum,
 * is multiplied by 0.9 on every sign of overload (see isOverload; a burst of 429s or timeouts takes it down to 1
 * within a few dozen answers), and grows by one per success while it is in use (at least half of it in flight) and latency
 * holds (the round trip within 2× the recent shortest, + 10 ms), never above the maximum.
 */
class AimdLimit {
  private value: number;
  private minRtt = Infinity;
  private previousMinRtt = Infinity;
  private samples = 0;

  constructor(private readonly max: number) {
    this.value = max;
  }

  get current(): number {
    return Math.max(1, Math.floor(this.value));
  }

  succeeded(rttMs: number, inFlight: number): void {
    if (++this.samples >= RTT_WINDOW) {
      this.previousMinRtt = this.minRtt;
      this.minRtt = Infinity;
      this.samples = 0;
    }
    this.minRtt = Math.min(this.minRtt, rttMs);
    if (this.value >= this.max || inFlight * 2 < this.current) return;
    const baseline = Math.min(this.minRtt, this.previousMinRtt);
    if (rttMs <= baseline * LATENCY_TOLERANCE + LATENCY_SLACK_MS) this.value = Math.min(this.max, this.value + 1);
  }

  overloaded(): void {
    this.value = Math.max(1, this.value * BACKOFF);
  }
}

/**
 * The per-provider concurrency limit, with queued calls bound by their deadline and by the breaker: a call that
 * would only start after its caller stopped waiting, or after the provider was declared down, is never sent.
 * (Before that, a hanging provider still received every call queued behind it once the breaker had opened.)
 *
 * The limit adapts (see AimdLimit) below `maxConcurrency` (UPSTREAM_CONCURRENCY): a healthy provider gets every
 * call at once, up to the maximum, and one that answers 429s, 5xx or not at all gets fewer, down to one at a time,
 * then more again as its answers come back. A fixed limit of 16 made a 50-id query at 50 connections wait in line
 * (16 calls per 20 ms round trip: 0.45× the peer's throughput in `npm run bench:peer`, 0.40× and 0.42× again here).
 * The maximum's default, 64, is the sockets per host both transports keep: above it calls would wait in the HTTP
 * agent's queue instead, where neither the deadline refusal nor the breaker reaches them (and a write that timed
 * out there would read as "may have been sent"), for no more calls on the wire; 64 and 256 measured alike. The
 * outbound rate budgets (token buckets, checked before the bulkhead) stay the hard limit on what a provider is sent.
 */
export function createBulkhead(maxConcurrency: number, breaker: BreakerView, refuse: BulkheadRefusals): Bulkhead {
  const limit = new AimdLimit(maxConcurrency);
  /** Calls waiting for a slot, first come first served; a refused one is skipped when its turn comes. */
  const queue: Array<{ cancelled: boolean; start: () => void }> = [];
  let head = 0;
  let active = 0;
  const waiting = new Set<() => void>();
  breaker.onBreak(() => {
    for (const drop of [...waiting]) drop();
  });

  const pump = () => {
    while (active < limit.current && head < queue.length) {
      const next = queue[head++];
      if (next.cancelled) continue;
      active += 1;
      next.start();
    }
    if (head === queue.length) {
      queue.length = 0;
      head = 0;
    } else if (head > 1024 && head * 2 > queue.length) {
      queue.splice(0, head);
      head = 0;
    }
  };

  return {
    limit: () => limit.current,
    active: () => active,
    run<T>(expiresAt: number, fn: () => Promise<T>): Promise<T> {
      const queuedAt = performance.now();
      const mustWait = active >= limit.current || head < queue.length;
      return new Promise<T>((resolve, reject) => {
        let settled = false;
        let timer: NodeJS.Timeout | undefined;
        const entry = { cancelled: false, start: () => void go() };
        const give = (err: Error) => {
          if (settled) return;
          settled = true;
          entry.cancelled = true;
          clearTimeout(timer);
          waiting.delete(dropOnBreak);
          reject(err);
        };
        const dropOnBreak = () => give(refuse.open());
        /** Runs holding a slot, and frees it however it ends. */
        const go = async () => {
          try {
            // The call that freed this slot may have just failed: let that failure reach the breaker first.
            if (mustWait && !settled) await new Promise((r) => setImmediate(r));
            if (settled) return; // refused while queued: free the slot at once
            if (expiresAt - performance.now() < MIN_SEND_MS) return give(refuse.expired(performance.now() - queuedAt));
            settled = true;
            clearTimeout(timer);
            waiting.delete(dropOnBreak);
            if (breaker.isOpen()) return reject(refuse.open());
            const sentAt = performance.now();
            try {
              const value = await fn();
              limit.succeeded(performance.now() - sentAt, active);
              resolve(value);
            } catch (err) {
              if (isOverload(err, queuedAt, sentAt, expiresAt)) limit.overloaded();
              else limit.succeeded(performance.now() - sentAt, active);
              reject(err);
            }
          } finally {
            active -= 1;
            pump();
          }
        };
        if (!mustWait) {
          active += 1;
          entry.start();
          return;
        }
        // A call that gets a slot at once needs no watch while it waits.
        timer = setTimeout(() => give(refuse.expired(performance.now() - queuedAt)), Math.max(0, expiresAt - queuedAt));
        waiting.add(dropOnBreak);
        queue.push(entry);
      });
    },
  };
}
