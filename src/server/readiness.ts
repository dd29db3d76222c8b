import { ProviderMode, type Provider } from "../domain/enums";
import type { IdempotencyStore } from "../idempotency/store";
import type { ProviderRegistry } from "../providers/registry";
import type { BreakerState } from "../providers/resilience";
import { within } from "./within";

/** One check's verdict. `detail` is shown to whoever probes `/ready`: states only, never URLs or secrets. */
export interface CheckResult {
  ok: boolean;
  detail?: string;
}

/** A named condition for serving traffic. `run` must be cheap: probes call it every few seconds. */
export interface ReadinessCheck {
  readonly name: string;
  run(): CheckResult | Promise<CheckResult>;
}

/** How long one check may take before it counts as failed, so a hung dependency cannot hang the probe. */
const CHECK_TIMEOUT_MS = 1000;

/**
 * Whether this instance should get traffic: every check passes and it is not shutting down. Checks are a list so
 * a new dependency (another shared store, say) adds one entry and nothing else.
 */
export class Readiness {
  private draining = false;
  private readonly checks: ReadinessCheck[];

  constructor(checks: ReadinessCheck[]) {
    const shutdown: ReadinessCheck = { name: "shutdown", run: () => (this.draining ? { ok: false, detail: "draining in-flight requests" } : { ok: true }) };
    this.checks = [shutdown, ...checks];
  }

  /** From now on `/ready` answers 503, so load balancers stop sending new requests. */
  startDraining(): void {
    this.draining = true;
  }

  isDraining(): boolean {
    return this.draining;
  }

  async evaluate(): Promise<{ ready: boolean; checks: Array<CheckResult & { name: string }> }> {
    const checks = await Promise.all(this.checks.map(async (c) => ({ name: c.name, ...(await bounded(c)) })));
    return { ready: checks.every((c) => c.ok), checks };
  }
}

async function bounded(check: ReadinessCheck): Promise<CheckResult> {
  try {
    return await within(Promise.resolve().then(() => check.run()), CHECK_TIMEOUT_MS, { ok: false, detail: `no answer within ${CHECK_TIMEOUT_MS} ms` });
  } catch {
    // The error text of a store client can carry its connection URL (with a password); the check name says enough.
    return { ok: false, detail: "check failed" };
  }
}

/** The latest circuit-breaker state of each provider, as the resilience layer reports it (closed until told). */
export class BreakerStates {
  private readonly states = new Map<Provider, BreakerState>();
  constructor(private readonly onChange?: (provider: Provider, state: BreakerState) => void) {}
  readonly set = (provider: Provider, state: BreakerState): void => {
    this.states.set(provider, state);
    this.onChange?.(provider, state);
  };
  readonly get = (provider: Provider): BreakerState => this.states.get(provider) ?? "closed";
}

/**
 * One check per provider from state already known, never a call upstream: sandboxed and disabled providers pass
 * (they are what the configuration asked for); a live provider fails while its circuit breaker is open.
 */
export function providerChecks(registry: ProviderRegistry, breakers: BreakerStates): ReadinessCheck[] {
  return [...registry.values()].map((adapter) => ({
    name: `provider:${adapter.provider}`,
    run: (): CheckResult => {
      if (adapter.mode !== ProviderMode.LIVE) return { ok: true, detail: adapter.mode.toLowerCase() };
      const state = breakers.get(adapter.provider);
      return state === "open" ? { ok: false, detail: "circuit open after repeated failures" } : { ok: true, detail: `live, circuit ${state}` };
    },
  }));
}

/** The idempotency store must answer: mutations with a key fail closed without it. */
export function storeCheck(store: IdempotencyStore): ReadinessCheck {
  return {
    name: "idempotency-store",
    run: async () => {
      if (!store.ping) return { ok: true, detail: "in process" };
      await store.ping();
      return { ok: true, detail: "reachable" };
    },
  };
}

/** The record must answer: callbacks are refused (503) without it, so providers retry elsewhere or later. */
export function recordCheck(store: { ping(): Promise<void> }): ReadinessCheck {
  return {
    name: "record-store",
    run: async () => {
      await store.ping();
      return { ok: true, detail: "reachable" };
    },
  };
}
