import { AsyncLocalStorage } from "node:async_hooks";
import { createHash } from "node:crypto";
import type { RateLimiter } from "./rate-limit";

/**
 * On whose behalf provider calls are made, so each caller's share of a provider's outbound budget can be counted.
 * The server opens a slot per request and fills it once it knows the caller; the provider clients read it from
 * wherever the request's resolvers and DataLoader batches run.
 */
const slot = new AsyncLocalStorage<{ caller?: string }>();

/** Runs `fn` (and everything it starts) with an empty caller slot. */
export function withCallerSlot(fn: () => void): void {
  slot.run({}, fn);
}

/** Names the caller of the current request, e.g. `sub:ats-sync` or `ip:10.0.0.7`. */
export function setOutboundCaller(caller: string): void {
  const store = slot.getStore();
  if (store) store.caller = caller;
}

export function outboundCaller(): string | undefined {
  return slot.getStore()?.caller;
}

/** One caller's limiter for one provider. */
export type CallerBudget = (caller: string) => RateLimiter;

/** Most callers whose share is tracked per provider and process; the least recently seen one is forgotten first. */
const MAX_TRACKED_CALLERS = 10_000;

/**
 * Per-caller limiters, made on first use by `make` (given a fixed-length digest of the caller, safe for a Redis
 * key) and kept in a bounded map, least recently used evicted first.
 */
export function callerBudgets(make: (callerDigest: string) => RateLimiter, max = MAX_TRACKED_CALLERS): CallerBudget {
  const limiters = new Map<string, RateLimiter>();
  return (caller) => {
    let limiter = limiters.get(caller);
    if (limiter) limiters.delete(caller);
    else limiter = make(createHash("sha256").update(caller).digest("hex").slice(0, 32));
    limiters.set(caller, limiter);
    if (limiters.size > max) limiters.delete(limiters.keys().next().value as string);
    return limiter;
  };
}
