import pLimit from "p-limit";

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
}

export interface BulkheadRefusals {
  /** The call waited past its deadline. */
  expired(waitedMs: number): Error;
  /** The breaker opened while the call waited. */
  open(): Error;
}

/** A call left with less time than this once it gets a slot could not get an answer anyway; it is not sent. */
const MIN_SEND_MS = 50;

/**
 * The per-provider concurrency limit (p-limit), with queued calls bound by their deadline and by the breaker: a
 * call that would only start after its caller stopped waiting, or after the provider was declared down, is never
 * sent. Before this, a hanging provider still received every call queued behind it once the breaker had opened.
 */
export function createBulkhead(maxConcurrency: number, breaker: BreakerView, refuse: BulkheadRefusals): Bulkhead {
  const limit = pLimit(maxConcurrency);
  const waiting = new Set<() => void>();
  breaker.onBreak(() => {
    for (const drop of [...waiting]) drop();
  });
  return {
    run<T>(expiresAt: number, fn: () => Promise<T>): Promise<T> {
      const queuedAt = performance.now();
      const mustWait = limit.activeCount >= maxConcurrency || limit.pendingCount > 0;
      return new Promise<T>((resolve, reject) => {
        let settled = false;
        let timer: NodeJS.Timeout | undefined;
        const give = (err: Error) => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          waiting.delete(dropOnBreak);
          reject(err);
        };
        const dropOnBreak = () => give(refuse.open());
        // A call that gets a slot at once needs no watch while it waits.
        if (mustWait) {
          timer = setTimeout(() => give(refuse.expired(performance.now() - queuedAt)), Math.max(0, expiresAt - queuedAt));
          waiting.add(dropOnBreak);
        }
        void limit(async () => {
          // The call that freed this slot may have just failed: let that failure reach the breaker first.
          if (mustWait && !settled) await new Promise((r) => setImmediate(r));
          if (settled) return; // refused while queued: free the slot at once
          if (expiresAt - performance.now() < MIN_SEND_MS) return give(refuse.expired(performance.now() - queuedAt));
          settled = true;
          clearTimeout(timer);
          waiting.delete(dropOnBreak);
          if (breaker.isOpen()) return reject(refuse.open());
          try {
            resolve(await fn());
          } catch (err) {
            reject(err);
          }
        });
      });
    },
  };
}
