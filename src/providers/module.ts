import type { FastifyPluginAsync } from "fastify";
import type { CallbackParse } from "../callbacks/types";
import type { Capability, InviteStatus, Provider } from "../domain/enums";
import type { InputError } from "../domain/errors";
import type { SimulatorOptions } from "../sandbox/types";
import type { CreateInviteRequest, ProviderAdapter } from "./adapter";
import type { AdapterDeps } from "./deps";
import type { ErrorClassifier } from "./http";

/**
 * What configures a provider and what its ids look like: plain data in `src/providers/<name>/config.ts`, so
 * src/config can read it (through src/providers/settings.ts) without loading any client, adapter or simulator.
 */
export interface ProviderSettings<P extends Provider = Provider> {
  readonly provider: P;
  /** The GraphQL description of its `Provider` enum value. */
  readonly description: string;
  /**
   * Its id types, in the order error messages list them, each with the format of its native ids. A global id is
   * `<provider>:<type>:<nativeId>` (src/domain/ids.ts).
   */
  readonly ids: Readonly<Record<string, RegExp>>;
  /** Its three environment variables (the rate limit is named `<PROVIDER>_RATE_LIMIT_PER_MIN` for every provider). */
  readonly env: {
    /** Set: the provider is LIVE at this base. Unset: sandboxed (disabled in production). */
    readonly baseUrl: { readonly name: string; readonly description: string };
    /** The credential sent upstream; `format` is checked at start-up. */
    readonly secret: {
      readonly name: string;
      readonly description: string;
      readonly format?: { readonly pattern: RegExp; readonly hint: string; readonly accepts: string };
    };
    /** The provider's own limit, used when it is live and its rate-limit variable is unset. */
    readonly liveRateLimit?: { readonly perMinute: number; readonly why: string };
  };
  /** The fixed credential its sandbox simulator accepts, so the auth path is exercised end to end. */
  readonly sandboxSecret: string;
  /**
   * Invite states after which an invite cannot change at this provider (served from the record, no longer
   * polled). Every provider's include COMPLETED (the attempt is over) and REVOKED where it revokes (nothing un-revokes).
   */
  readonly finalInviteStates: readonly InviteStatus[];
  /** Request headers that carry its secret, redacted from every log line. */
  readonly secretHeaders: readonly string[];
}

/** The checks provider-only invite options may use; src/services' InputCheck is one. */
export interface OptionChecks {
  positiveInt(value: number | undefined, field: string[]): void;
  url(value: string | undefined, field: string[]): void;
  add(err: InputError): void;
}

/** The invite options only one provider takes (`inviteCandidate(input: { alfaone: … })`). */
export type InviteOptionsKey = keyof Pick<CreateInviteRequest, "alfaone" | "imocha">;

export interface InviteOptionsRule<K extends InviteOptionsKey = InviteOptionsKey> {
  /** The input field that holds them. */
  readonly key: K;
  /** The ids they apply to, for the error when they come with another provider's assessment. */
  readonly appliesTo: string;
  /** Checks each option; called whether or not options were given. */
  readonly check: (options: CreateInviteRequest[K] | null | undefined, check: OptionChecks) => void;
}

/** One rule per options key, so `key` tells TypeScript which options `check` gets. */
export type AnyInviteOptionsRule = { [K in InviteOptionsKey]: InviteOptionsRule<K> }[InviteOptionsKey];

/**
 * Everything provider-specific, declared once in `src/providers/<name>/index.ts`. The registry, config's provider
 * table, id parsing, capability advice, callback routes and log redaction are all derived from the list of
 * these in src/providers/modules.ts.
 */
export interface ProviderModule<P extends Provider = Provider> extends ProviderSettings<P> {
  /** What its adapter can do; the adapter reports the same list. */
  readonly capabilities: readonly Capability[];
  /** What to do instead, where it lacks an operation callers commonly expect. */
  readonly capabilityAdvice?: Readonly<Partial<Record<Capability, string>>>;
  /** Its own invite options, if it takes any. */
  readonly inviteOptions?: AnyInviteOptionsRule;
  /** Turns its error bodies into typed errors (before the generic status rules). */
  readonly classifyError: ErrorClassifier;
  readonly createAdapter: (deps: AdapterDeps) => ProviderAdapter;
  /** Its sandbox, mounted under `/sandbox/<name>` when it is not live. */
  readonly simulator: FastifyPluginAsync<SimulatorOptions>;
  /** Set where the provider's webhooks are configured per account (Xobin), so its sandbox needs hiregraph's URL. */
  readonly accountWebhooks?: boolean;
  /** Reads its deliveries to `POST /callbacks/<name>`, if it calls hiregraph back. */
  readonly parseCallback?: (body: unknown) => CallbackParse;
}
