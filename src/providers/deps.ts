import type { ProviderMode } from "../domain/enums";
import type { UpstreamCallEvent } from "./http";
import type { Transport } from "./http-exchange";
import type { CallerBudget } from "./outbound-caller";
import type { RateLimiter } from "./rate-limit";
import type { ResilienceOptions } from "./resilience";

/** What every provider adapter factory receives from the composition root (src/providers/registry.ts). */
export interface AdapterDeps {
  readonly mode: ProviderMode;
  /** API base (what each provider's base includes: README, Configuration). A function for sandbox mode. */
  readonly baseUrl: string | (() => string);
  /** API key or bearer token sent upstream. */
  readonly secret: string;
  /** Per-call timeout in milliseconds. */
  readonly timeoutMs: number;
  /** Max concurrent upstream calls from this process. */
  readonly maxConcurrency: number;
  /** Reports each upstream call (metrics, logs). */
  readonly onCall?: (event: UpstreamCallEvent) => void;
  /** Read retries and circuit breaker; pass through to createHttpClient. @default no retries */
  readonly resilience?: ResilienceOptions;
  /** Outbound requests per minute; pass through to createHttpClient. @default unlimited */
  readonly rateLimitPerMinute?: number;
  /** Where that budget is kept; pass through to createHttpClient. @default a TokenBucket in this process */
  readonly rateLimiter?: RateLimiter;
  /** Sends this provider's HTTP exchanges. @default a new axios transport */
  readonly transport?: Transport;
  /** Each caller's share of that budget; pass through to createHttpClient. @default no per-caller share */
  readonly callerBudget?: CallerBudget;
  /** Headers added to every call besides the provider's own auth, e.g. the sandbox routes' internal token. Redacted like keys. */
  readonly extraHeaders?: Readonly<Record<string, string>>;
  /** The URL a provider that registers callbacks per invite (iMocha) is given; read per create. Undefined: none. */
  readonly callbackUrl?: () => string | undefined;
  /** Clock, injectable for tests. */
  readonly now?: () => Date;
}

/** The transport settings every client passes to createHttpClient unchanged. */
export function transportOptions(deps: AdapterDeps) {
  return {
    baseUrl: deps.baseUrl,
    timeoutMs: deps.timeoutMs,
    maxConcurrency: deps.maxConcurrency,
    onCall: deps.onCall,
    resilience: deps.resilience,
    rateLimitPerMinute: deps.rateLimitPerMinute,
    rateLimiter: deps.rateLimiter,
    transport: deps.transport,
    callerBudget: deps.callerBudget,
    extraHeaders: deps.extraHeaders,
  };
}
