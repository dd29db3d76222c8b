import type { IdempotencyStore } from "./store";

/** What the store did with one keyed mutation: ran it, replayed a stored answer, refused a reused key, or failed. */
export type IdempotencyResult = "first" | "replayed" | "key_reused" | "error";

/**
 * Wraps a store so each keyed mutation reports its result (for the idempotency counter), whichever store is in
 * use. Everything else passes through unchanged.
 */
export function observeIdempotency(store: IdempotencyStore, report: (result: IdempotencyResult) => void): IdempotencyStore {
  return {
    async run(args) {
      try {
        const outcome = await store.run(args);
        report(outcome.reused ? "key_reused" : outcome.replayed ? "replayed" : "first");
        return outcome;
      } catch (err) {
        report("error");
        throw err;
      }
    },
    ping: store.ping?.bind(store),
  };
}
