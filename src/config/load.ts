import { randomBytes } from "node:crypto";
import { Provider, ProviderMode } from "../domain/enums";
import { DECLARED } from "./declared";
import { PROVIDERS, type ProviderDeclaration } from "./providers";
import { problemsBetweenVariables, productionDefaults, type GeneralValues } from "./rules";
import { isSet, readSetting, readSettings, type Env, type Setting } from "./setting";
import { SETTINGS } from "./settings";
import type { Config, ProviderConfig } from "./types";

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join("\n  - ")}`);
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

interface ProviderValues {
  readonly baseUrl?: string;
  readonly secret?: string;
  readonly rateLimit?: number;
}

/** Parses and validates the environment once, at start-up. Throws ConfigError listing every problem. */
export function loadConfig(env: Env): Config {
  const problems: string[] = [];
  const values = readSettings(SETTINGS, env, problems);
  const providers = mapProviders(({ baseUrl, secret, rateLimit }) => ({
    baseUrl: readSetting(baseUrl.name, baseUrl, env, problems),
    secret: readSetting(secret.name, secret, env, problems),
    rateLimit: readSetting(rateLimit.name, rateLimit, env, problems),
  }));
  problems.push(...problemsBetweenVariables(values, (name) => isSet(env[name], declared(name))));
  if (problems.length) throw new ConfigError(problems);
  return deepFreeze(assemble(values, providers));
}

/** The Config shape from valid values. */
function assemble(v: GeneralValues, providers: Record<Provider, ProviderValues>): Config {
  const production = v.NODE_ENV === "production";
  const defaults = productionDefaults(production);
  const auth = v.AUTH_JWT_SECRET !== undefined || v.AUTH_JWKS_URL !== undefined;
  return {
    port: v.PORT,
    host: v.HOST,
    production,
    maxBodyBytes: v.MAX_BODY_BYTES,
    upstreamTimeoutMs: v.UPSTREAM_TIMEOUT_MS,
    upstreamConcurrency: v.UPSTREAM_CONCURRENCY,
    upstreamTransport: v.UPSTREAM_TRANSPORT,
    upstreamRetries: v.UPSTREAM_RETRIES,
    outboundCallerShare: v.OUTBOUND_CALLER_SHARE,
    httpTimeouts: {
      requestMs: v.HTTP_REQUEST_TIMEOUT_MS,
      headersMs: v.HTTP_HEADERS_TIMEOUT_MS,
      keepAliveMs: v.HTTP_KEEP_ALIVE_TIMEOUT_MS,
      connectionMs: v.HTTP_CONNECTION_TIMEOUT_MS,
    },
    breakerThreshold: v.BREAKER_THRESHOLD,
    breakerCooldownMs: v.BREAKER_COOLDOWN_MS,
    logLevel: v.LOG_LEVEL,
    logPretty: v.LOG_PRETTY,
    shutdownTimeoutMs: v.SHUTDOWN_TIMEOUT_MS,
    tracing: v.OTEL_EXPORTER_OTLP_ENDPOINT ? { endpoint: v.OTEL_EXPORTER_OTLP_ENDPOINT, serviceName: v.OTEL_SERVICE_NAME } : null,
    introspection: v.GRAPHQL_INTROSPECTION ?? defaults.introspection,
    auth: auth
      ? {
          jwtSecret: v.AUTH_JWT_SECRET,
          jwksUrl: v.AUTH_JWKS_URL,
          issuer: v.AUTH_ISSUER,
          audience: v.AUTH_AUDIENCE,
          requireExp: v.AUTH_REQUIRE_EXP,
          clockToleranceSeconds: v.AUTH_CLOCK_TOLERANCE_S,
          identityClaims: [...v.AUTH_IDENTITY_CLAIMS],
        }
      : null,
    redis: v.REDIS_URL ? { url: v.REDIS_URL, keyPrefix: v.REDIS_KEY_PREFIX } : null,
    assessmentCacheTtlMs: v.ASSESSMENT_CACHE_TTL_MS,
    readMaxAgeS: v.READ_MAX_AGE_S,
    corsOrigins: v.CORS_ORIGINS ?? defaults.corsOrigins,
    rateLimitPerMinute: v.RATE_LIMIT_PER_MIN,
    providers: mapProviders((declaration, provider): ProviderConfig => {
      const { baseUrl, secret, rateLimit } = providers[provider];
      if (!baseUrl) return { mode: defaults.unconfiguredProvider, secret: declaration.sandboxSecret, rateLimitPerMinute: rateLimit };
      return { mode: ProviderMode.LIVE, baseUrl, secret: secret ?? "", rateLimitPerMinute: rateLimit ?? declaration.liveRateLimit?.perMinute };
    }),
    store: { databaseUrl: v.DATABASE_URL, dataDir: v.DATA_DIR, eventRetentionDays: v.EVENT_RETENTION_DAYS },
    // Without CALLBACK_TOKEN (allowed only while PUBLIC_BASE_URL is unset) a random token is made for this process:
    // the sandbox simulators, which deliver their callbacks to this server, are handed it, so the sandbox works
    // with zero configuration, while nobody outside can guess it.
    callbacks: v.CALLBACK_TOKEN
      ? { publicBaseUrl: v.PUBLIC_BASE_URL, token: v.CALLBACK_TOKEN, generated: false }
      : { publicBaseUrl: v.PUBLIC_BASE_URL, token: randomBytes(32).toString("base64url"), generated: true },
    poll: { intervalMs: v.POLL_INTERVAL_MS, budgetPercent: v.POLL_BUDGET_PERCENT },
  };
}

function declared(name: string): Setting<unknown> {
  const setting = DECLARED[name];
  if (!setting) throw new Error(`a rule reads ${name}, which is not declared`);
  return setting;
}

function mapProviders<T>(fn: (declaration: ProviderDeclaration, provider: Provider) => T): Record<Provider, T> {
  return Object.fromEntries(Object.values(Provider).map((p) => [p, fn(PROVIDERS[p], p)])) as Record<Provider, T>;
}

function deepFreeze<T>(obj: T): T {
  for (const v of Object.values(obj as object)) if (v && typeof v === "object") deepFreeze(v);
  return Object.freeze(obj);
}
