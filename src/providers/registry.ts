import { Provider, ProviderMode } from "../domain/enums";
import type { ProviderAdapter } from "./adapter";
import type { AdapterDeps } from "./deps";
import type { UpstreamCallEvent } from "./http";
import { exchange, type Transport } from "./http-exchange";
import { createAxiosTransport } from "./transport/axios";
import { createUndiciTransport } from "./transport/undici";
import { callerBudgets, type CallerBudget } from "./outbound-caller";
import { TokenBucket, type RateLimiterFactory } from "./rate-limit";
import type { BreakerState } from "./resilience";
import type { FastifyPluginAsync } from "fastify";
import type { SimulatorOptions } from "../sandbox/types";
import { MODULES } from "./modules";

export type AdapterFactory = (deps: AdapterDeps) => ProviderAdapter;

const byProvider = <T>(pick: (m: (typeof MODULES)[Provider]) => T): Readonly<Record<Provider, T>> =>
  Object.fromEntries(Object.values(MODULES).map((m) => [m.provider, pick(m)])) as Record<Provider, T>;

export const ADAPTER_FACTORIES: Readonly<Record<Provider, AdapterFactory>> = byProvider((m) => m.createAdapter);

/** The built-in sandbox simulator of each provider, mounted under `/sandbox/<provider>` when it is not live. */
export const SIMULATORS: Readonly<Record<Provider, FastifyPluginAsync<SimulatorOptions>>> = byProvider((m) => m.simulator);

/** The URL path each simulator is mounted under on this server. */
export const sandboxPath = (provider: Provider) => `/sandbox/${provider.toLowerCase()}`;

/**
 * Each caller's share of a rate-limited provider's budget: at most `share` of the requests per minute, so one
 * runaway caller cannot spend what everyone else needs. A share of 1 turns it off.
 */
function shareOf(provider: Provider, perMinute: number, share: number, factory?: RateLimiterFactory): CallerBudget | undefined {
  if (share >= 1) return undefined;
  const perCaller = Math.max(1, Math.floor(perMinute * share));
  return callerBudgets((digest) => factory?.(provider, perCaller, digest) ?? new TokenBucket(perCaller));
}

/** A provider that is not configured in production: every operation is refused before any call. */
function disabledAdapter(provider: Provider): ProviderAdapter {
  return { provider, mode: ProviderMode.DISABLED, capabilities: [] };
}

/** One transport per provider, so each has its own connection pool. */
const createTransport = (kind: RegistryConfig["upstreamTransport"]): Transport =>
  kind === "node" ? exchange : kind === "axios" ? createAxiosTransport() : createUndiciTransport();

export type ProviderRegistry = ReadonlyMap<Provider, ProviderAdapter>;

/**
 * What the registry reads of src/config's Config (which satisfies it). Declared here because config reads the
 * providers' settings (src/providers/settings.ts): an import of config from here would close a cycle.
 */
export interface RegistryConfig {
  readonly providers: Readonly<
    Record<Provider, { readonly mode: ProviderMode; readonly baseUrl?: string; readonly secret: string; readonly rateLimitPerMinute?: number }>
  >;
  readonly callbacks: { readonly publicBaseUrl?: string; readonly token: string };
  readonly upstreamTimeoutMs: number;
  readonly upstreamConcurrency: number;
  readonly upstreamTransport: "undici" | "axios" | "node";
  readonly upstreamRetries: number;
  readonly outboundCallerShare: number;
  readonly breakerThreshold: number;
  readonly breakerCooldownMs: number;
}

/**
 * Where a provider should call hiregraph back: `<PUBLIC_BASE_URL>/callbacks/<provider>?token=<CALLBACK_TOKEN>`; for a
 * sandboxed provider without PUBLIC_BASE_URL, this server's own address (its simulator runs here). Otherwise none:
 * a live provider cannot reach an address hiregraph does not know.
 */
export function callbackUrlFor(config: RegistryConfig, provider: Provider, selfUrl: () => string): (() => string | undefined) | undefined {
  const { publicBaseUrl, token } = config.callbacks;
  const path = `/callbacks/${provider.toLowerCase()}?token=${encodeURIComponent(token)}`;
  if (publicBaseUrl) return () => `${publicBaseUrl}${path}`;
  if (config.providers[provider].mode === ProviderMode.SANDBOX) return () => `${selfUrl()}${path}`;
  return undefined;
}

export interface RegistryOptions {
  /** Reports each upstream call (metrics, logs). */
  onCall?: (event: UpstreamCallEvent) => void;
  /** Adapter constructors, replaceable in tests. @default ADAPTER_FACTORIES */
  factories?: Readonly<Record<Provider, AdapterFactory>>;
  /** Where each rate-limited provider's outbound budget is kept. @default a TokenBucket per process */
  rateLimiters?: RateLimiterFactory;
  /** Headers sent to this server's own `/sandbox/<provider>` routes, so they can tell its calls from a stranger's. */
  sandboxHeaders?: Readonly<Record<string, string>>;
  /** Told when a provider's circuit breaker opens, half-opens or closes. */
  onBreakerStateChange?: (provider: Provider, state: BreakerState) => void;
}

/**
 * Builds one adapter per provider from config. Sandboxed providers call this server's own `/sandbox/<provider>`
 * routes over HTTP, so the real client path (auth header, error mapping) runs; `selfUrl` is read per call because
 * the port is known only once the server listens.
 */
export function createRegistry(config: RegistryConfig, selfUrl: () => string, opts: RegistryOptions = {}): ProviderRegistry {
  const factories = opts.factories ?? ADAPTER_FACTORIES;
  const registry = new Map<Provider, ProviderAdapter>();
  for (const provider of Object.values(Provider)) {
    const pc = config.providers[provider];
    if (pc.mode === ProviderMode.DISABLED) {
      registry.set(provider, disabledAdapter(provider));
      continue;
    }
    registry.set(
      provider,
      factories[provider]({
        mode: pc.mode,
        baseUrl: pc.baseUrl ?? (() => `${selfUrl()}${sandboxPath(provider)}`),
        secret: pc.secret,
        timeoutMs: config.upstreamTimeoutMs,
        maxConcurrency: config.upstreamConcurrency,
        resilience: {
          readRetries: config.upstreamRetries,
          breakerThreshold: config.breakerThreshold,
          breakerHalfOpenAfterMs: config.breakerCooldownMs,
          onBreakerStateChange: (state) => opts.onBreakerStateChange?.(provider, state),
        },
        rateLimitPerMinute: pc.rateLimitPerMinute,
        rateLimiter: pc.rateLimitPerMinute ? opts.rateLimiters?.(provider, pc.rateLimitPerMinute) : undefined,
        callerBudget: pc.rateLimitPerMinute ? shareOf(provider, pc.rateLimitPerMinute, config.outboundCallerShare, opts.rateLimiters) : undefined,
        onCall: opts.onCall,
        transport: createTransport(config.upstreamTransport),
        extraHeaders: pc.mode === ProviderMode.SANDBOX ? opts.sandboxHeaders : undefined,
        callbackUrl: callbackUrlFor(config, provider, selfUrl),
      }),
    );
  }
  return registry;
}
