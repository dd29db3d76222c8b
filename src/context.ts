import type { IdempotencyStore } from "./idempotency/store";
import type { Loaders } from "./loaders";
import type { ProviderRegistry } from "./providers/registry";

/** The authenticated caller, when caller authentication is on. */
export interface Caller {
  /**
   * Who the verified token names: `sub:<sub>`, else `<claim>:<value>` for the first configured identity claim it
   * carries (e.g. `client_id:ats-sync`); undefined when it names no one. Scopes idempotency keys and outbound
   * budget shares, so callers cannot see or spend each other's.
   */
  identity?: string;
  scopes: readonly string[];
}

/** Per-request GraphQL context. Loaders are new for every request. */
export interface Context {
  readonly registry: ProviderRegistry;
  readonly loaders: Loaders;
  readonly idempotency: IdempotencyStore;
  readonly caller?: Caller;
}
