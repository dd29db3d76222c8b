import type { IdempotencyStore } from "./idempotency/store";
import type { Loaders } from "./loaders";
import type { EventOrigin } from "./domain/enums";
import type { ProviderRegistry } from "./providers/registry";
import type { RecordedEvent } from "./record/record-store";
import type { Recorder } from "./services/recorder";

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

/** This instance's feed of recorded events, for subscriptions: each call is a new stream from now on. */
export interface LiveEvents {
  subscribe(): AsyncIterable<RecordedEvent>;
}

/** Per-request GraphQL context. Loaders are new for every request. */
export interface Context {
  readonly registry: ProviderRegistry;
  readonly loaders: Loaders;
  readonly idempotency: IdempotencyStore;
  readonly caller?: Caller;
  readonly recorder: Recorder;
  /** How provider reads in this request are recorded: READ for queries, MUTATION for mutations (set once the operation is known). */
  readonly scope: { origin: EventOrigin };
  readonly liveEvents: LiveEvents;
  /** How old a recorded invite may be when a read gives no `maxAge` (READ_MAX_AGE_S). */
  readonly freshness: { readonly defaultMaxAgeS: number };
}
