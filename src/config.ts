import { randomBytes } from "node:crypto";
import { Provider, ProviderMode } from "./domain/enums";

/** How one provider is reached. */
export interface ProviderConfig {
  readonly mode: ProviderMode;
  /** LIVE: the configured API base. SANDBOX: undefined (the server's own `/sandbox/<provider>` routes). */
  readonly baseUrl?: string;
  /** The credential sent upstream (API key or bearer token). SANDBOX: a fixed, obviously fake key. */
  readonly secret: string;
  /** Outbound requests per minute; undefined means unlimited. @default AlfaOne live: 100 (its standard tier) */
  readonly rateLimitPerMinute?: number;
}

export interface AuthConfig {
  readonly jwtSecret?: string;
  readonly jwksUrl?: string;
  readonly issuer?: string;
  readonly audience?: string;
}

/** Shared state for several instances (idempotency keys, outbound rate budgets, the assessment cache). */
export interface RedisConfig {
  /** `redis://[:password@]host:port[/db]` or `rediss://…` (TLS). Contains credentials: never log it. */
  readonly url: string;
  /** Prefix of every key hiregraph writes, so several deployments can share one Redis. @default "hiregraph:" */
  readonly keyPrefix: string;
}

/** OpenTelemetry trace export; absent means tracing is off (a no-op tracer, nothing exported). */
export interface TracingConfig {
  /** OTLP/HTTP collector base URL; spans are POSTed to `{endpoint}/v1/traces`. From `OTEL_EXPORTER_OTLP_ENDPOINT`. */
  readonly endpoint: string;
  /** The `service.name` resource attribute. From `OTEL_SERVICE_NAME`. @default "hiregraph" */
  readonly serviceName: string;
}

/** Where hiregraph keeps its record of invites, interviews and events. */
export interface StoreConfig {
  /** `postgres://…` from `DATABASE_URL`: a PostgreSQL server (shared by every instance). Contains credentials: never log it. */
  readonly databaseUrl?: string;
  /** Without `databaseUrl`: the embedded PostgreSQL (PGlite) data directory. One process at a time. @default "data" */
  readonly dataDir: string;
  /** How long invite events are kept; older ones are pruned. @default 30 */
  readonly eventRetentionDays: number;
}

/** How providers reach hiregraph's callback routes. */
export interface CallbackConfig {
  /** `PUBLIC_BASE_URL` without a trailing slash; undefined when not set (then no callback URL is registered upstream). */
  readonly publicBaseUrl?: string;
  /** The shared secret every callback must carry (`token` query parameter or `X-Hiregraph-Callback-Token`). */
  readonly token: string;
  /** True when the token was generated for this process (sandbox mode with neither variable set). */
  readonly generated: boolean;
}

export interface PollConfig {
  /** How often recorded invites that are not final are re-read; 0 turns polling off. @default 60000 */
  readonly intervalMs: number;
  /** Share of a rate-limited provider's outbound budget the poller may use, in percent. @default 20 */
  readonly budgetPercent: number;
}

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly production: boolean;
  /** Request body limit in bytes. @default 1048576 */
  readonly maxBodyBytes: number;
  /** Per-call upstream timeout. @default 10000 */
  readonly upstreamTimeoutMs: number;
  /** Max concurrent calls to one provider from this process. @default 16 */
  readonly upstreamConcurrency: number;
  /** Extra attempts for a failed provider read (writes are never retried). @default 2 */
  readonly upstreamRetries: number;
  /** Consecutive provider outages that open its circuit breaker. @default 5 */
  readonly breakerThreshold: number;
  /** How long an open breaker fails fast before trying the provider again. @default 10000 */
  readonly breakerCooldownMs: number;
  readonly logLevel: string;
  /** Human-readable, coloured log lines (pino-pretty, a dev dependency) instead of JSON. @default false */
  readonly logPretty: boolean;
  /** How long SIGTERM waits for in-flight requests before closing their connections. @default 10000 */
  readonly shutdownTimeoutMs: number;
  /** Set by `OTEL_EXPORTER_OTLP_ENDPOINT`; null turns tracing off. */
  readonly tracing: TracingConfig | null;
  /** Serve introspection and the Apollo Sandbox page. @default true outside production, false in production */
  readonly introspection: boolean;
  readonly auth: AuthConfig | null;
  /** Set by `REDIS_URL`; null keeps all shared state in this process. */
  readonly redis: RedisConfig | null;
  /** How long a fetched assessment (AlfaOne assessment, iMocha test) is reused across requests; 0 disables. @default 60000 */
  readonly assessmentCacheTtlMs: number;
  readonly providers: Readonly<Record<Provider, ProviderConfig>>;
  readonly store: StoreConfig;
  readonly callbacks: CallbackConfig;
  readonly poll: PollConfig;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join("\n  - ")}`);
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

/** Fixed sandbox credentials: the simulators accept exactly these, so the auth path is exercised end to end. */
export const SANDBOX_SECRETS: Readonly<Record<Provider, string>> = Object.freeze({
  XOBIN: "sandbox-xobin-api-key",
  ALFAONE: "ak_test_sandboxsandboxsandboxsandbox00",
  IMOCHA: "sandbox-imocha-api-key",
  DRVN: "sandbox.drvn.token",
});

const PROVIDER_ENV: Record<Provider, { url: string; secret: string; format?: RegExp; formatHint?: string; liveRateLimit?: number }> = {
  XOBIN: { url: "XOBIN_BASE_URL", secret: "XOBIN_API_KEY" },
  ALFAONE: {
    url: "ALFAONE_BASE_URL",
    secret: "ALFAONE_API_KEY",
    liveRateLimit: 100,
    format: /^ak_(live|test)_[A-Za-z0-9]{32}$/,
    formatHint: "ak_live_ or ak_test_ followed by 32 letters or digits",
  },
  IMOCHA: { url: "IMOCHA_BASE_URL", secret: "IMOCHA_API_KEY" },
  DRVN: { url: "DRVN_BASE_URL", secret: "DRVN_TOKEN" },
};

type Env = Record<string, string | undefined>;

/** Parses and validates the environment once, at start-up. Throws ConfigError listing every problem. */
export function loadConfig(env: Env): Config {
  const problems: string[] = [];
  const production = env.NODE_ENV === "production";
  const int = (name: string, def: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === "") return def;
    const n = Number(raw);
    if (!/^\d+$/.test(raw.trim()) || n < min || n > max) {
      problems.push(`${name}="${raw}" must be a whole number from ${min} to ${max}`);
      return def;
    }
    return n;
  };

  const providers = {} as Record<Provider, ProviderConfig>;
  for (const provider of Object.values(Provider)) {
    const names = PROVIDER_ENV[provider];
    const baseUrl = env[names.url]?.trim();
    const secret = env[names.secret]?.trim();
    const rateName = `${provider}_RATE_LIMIT_PER_MIN`;
    const rate = env[rateName] ? int(rateName, 0, 1, 1_000_000) : baseUrl ? names.liveRateLimit : undefined;
    if (!baseUrl) {
      if (secret) problems.push(`${names.secret} is set but ${names.url} is not; set both to use the live ${provider} API`);
      providers[provider] = { mode: production ? ProviderMode.DISABLED : ProviderMode.SANDBOX, secret: SANDBOX_SECRETS[provider], rateLimitPerMinute: rate };
      continue;
    }
    if (!isHttpUrl(baseUrl)) problems.push(`${names.url}="${baseUrl}" must be an absolute http(s) URL`);
    if (!secret) problems.push(`${names.url} is set, so ${names.secret} is required`);
    else if (names.format && !names.format.test(secret)) problems.push(`${names.secret} must be ${names.formatHint}`);
    providers[provider] = { mode: ProviderMode.LIVE, baseUrl: baseUrl.replace(/\/+$/, ""), secret: secret ?? "", rateLimitPerMinute: rate };
  }

  const auth = parseAuth(env, problems);
  const anyLive = Object.values(providers).some((p) => p.mode === ProviderMode.LIVE);
  if (!auth && production) problems.push("NODE_ENV=production requires caller authentication: set AUTH_JWT_SECRET or AUTH_JWKS_URL");
  else if (!auth && anyLive) problems.push("a live provider is configured, so caller authentication is required: set AUTH_JWT_SECRET or AUTH_JWKS_URL");

  const logLevel = env.LOG_LEVEL ?? "info";
  if (!["fatal", "error", "warn", "info", "debug", "trace", "silent"].includes(logLevel)) {
    problems.push(`LOG_LEVEL="${logLevel}" must be one of fatal, error, warn, info, debug, trace, silent`);
  }
  const introspection = parseBool(env, "GRAPHQL_INTROSPECTION", !production, problems);
  const logPretty = parseBool(env, "LOG_PRETTY", false, problems);
  if (logPretty && production) problems.push("LOG_PRETTY=true is for development (pino-pretty is a dev dependency); production logs stay JSON");

  const config: Config = {
    port: int("PORT", 4000, 0, 65535),
    host: env.HOST?.trim() || "0.0.0.0",
    production,
    maxBodyBytes: int("MAX_BODY_BYTES", 1_048_576, 1024, 100 * 1_048_576),
    upstreamTimeoutMs: int("UPSTREAM_TIMEOUT_MS", 10_000, 100, 120_000),
    upstreamConcurrency: int("UPSTREAM_CONCURRENCY", 16, 1, 1024),
    upstreamRetries: int("UPSTREAM_RETRIES", 2, 0, 5),
    breakerThreshold: int("BREAKER_THRESHOLD", 5, 1, 1000),
    breakerCooldownMs: int("BREAKER_COOLDOWN_MS", 10_000, 100, 600_000),
    logLevel,
    logPretty,
    shutdownTimeoutMs: int("SHUTDOWN_TIMEOUT_MS", 10_000, 0, 600_000),
    tracing: parseTracing(env, problems),
    introspection,
    auth,
    redis: parseRedis(env, problems),
    assessmentCacheTtlMs: int("ASSESSMENT_CACHE_TTL_MS", 60_000, 0, 86_400_000),
    providers,
    store: parseStore(env, problems, int),
    callbacks: parseCallbacks(env, problems),
    poll: { intervalMs: int("POLL_INTERVAL_MS", 60_000, 0, 86_400_000), budgetPercent: int("POLL_BUDGET_PERCENT", 20, 1, 50) },
  };
  if (problems.length) throw new ConfigError(problems);
  return deepFreeze(config);
}

function parseAuth(env: Env, problems: string[]): AuthConfig | null {
  const jwtSecret = env.AUTH_JWT_SECRET || undefined;
  const jwksUrl = env.AUTH_JWKS_URL?.trim() || undefined;
  if (jwtSecret && jwksUrl) problems.push("set AUTH_JWT_SECRET or AUTH_JWKS_URL, not both");
  if (jwtSecret && jwtSecret.length < 32) problems.push("AUTH_JWT_SECRET must be at least 32 characters (HS256 needs a 256-bit key)");
  if (jwksUrl && !isHttpUrl(jwksUrl)) problems.push(`AUTH_JWKS_URL="${jwksUrl}" must be an absolute http(s) URL`);
  if (!jwtSecret && !jwksUrl) {
    if (env.AUTH_ISSUER || env.AUTH_AUDIENCE) problems.push("AUTH_ISSUER/AUTH_AUDIENCE need AUTH_JWT_SECRET or AUTH_JWKS_URL");
    return null;
  }
  return { jwtSecret, jwksUrl, issuer: env.AUTH_ISSUER || undefined, audience: env.AUTH_AUDIENCE || undefined };
}

function parseRedis(env: Env, problems: string[]): RedisConfig | null {
  const url = env.REDIS_URL?.trim();
  const keyPrefix = env.REDIS_KEY_PREFIX ?? "hiregraph:";
  if (!url) {
    if (env.REDIS_KEY_PREFIX) problems.push("REDIS_KEY_PREFIX is set but REDIS_URL is not");
    return null;
  }
  let protocol = "";
  try {
    protocol = new URL(url).protocol;
  } catch {
    // Reported below without echoing the value, which may hold a password.
  }
  if (protocol !== "redis:" && protocol !== "rediss:") problems.push("REDIS_URL must be a redis:// or rediss:// URL, e.g. redis://127.0.0.1:6379/0");
  if (!/^[\w:.-]{0,64}$/.test(keyPrefix)) problems.push("REDIS_KEY_PREFIX may hold up to 64 letters, digits and _ : . -");
  return { url, keyPrefix };
}

type IntReader = (name: string, def: number, min: number, max: number) => number;

function parseStore(env: Env, problems: string[], int: IntReader): StoreConfig {
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  if (databaseUrl) {
    let protocol = "";
    try {
      protocol = new URL(databaseUrl).protocol;
    } catch {
      // Reported below without echoing the value, which may hold a password.
    }
    if (protocol !== "postgres:" && protocol !== "postgresql:") problems.push("DATABASE_URL must be a postgres:// URL, e.g. postgres://user:password@db.example.com:5432/hiregraph");
    if (env.DATA_DIR) problems.push("DATA_DIR is for the embedded store; it is ignored with DATABASE_URL, so set only one of them");
  }
  return { databaseUrl, dataDir: env.DATA_DIR?.trim() || "data", eventRetentionDays: int("EVENT_RETENTION_DAYS", 30, 1, 3650) };
}

/**
 * Without CALLBACK_TOKEN (allowed only while PUBLIC_BASE_URL is unset) a random token is made for this process:
 * the sandbox simulators, which deliver their callbacks to this server, are handed it, so the sandbox works with
 * zero configuration, while nobody outside can guess it (a live provider cannot be told a callback URL then anyway).
 */
function parseCallbacks(env: Env, problems: string[]): CallbackConfig {
  const raw = env.PUBLIC_BASE_URL?.trim();
  const token = env.CALLBACK_TOKEN ?? "";
  if (raw && !isHttpUrl(raw)) problems.push(`PUBLIC_BASE_URL="${raw}" must be an absolute http(s) URL, e.g. https://hiregraph.example.com`);
  if (token && token.length < 32) problems.push("CALLBACK_TOKEN must be at least 32 characters");
  else if (token && !/^[\x21-\x7e]+$/.test(token)) problems.push("CALLBACK_TOKEN may hold printable ASCII characters only (it travels in a URL and a header)");
  if (raw && !token) problems.push("PUBLIC_BASE_URL is set, so CALLBACK_TOKEN (at least 32 characters) is required");
  const publicBaseUrl = raw ? raw.replace(/\/+$/, "") : undefined;
  if (token) return { publicBaseUrl, token, generated: false };
  return { publicBaseUrl, token: randomBytes(32).toString("base64url"), generated: true };
}

function parseTracing(env: Env, problems: string[]): TracingConfig | null {
  const endpoint = env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim();
  if (!endpoint) return null;
  if (!isHttpUrl(endpoint)) problems.push("OTEL_EXPORTER_OTLP_ENDPOINT must be an absolute http(s) URL, e.g. http://127.0.0.1:4318");
  return { endpoint: endpoint.replace(/\/+$/, ""), serviceName: env.OTEL_SERVICE_NAME?.trim() || "hiregraph" };
}

function parseBool(env: Env, name: string, def: boolean, problems: string[]): boolean {
  const raw = env[name];
  if (raw === undefined || raw === "") return def;
  if (raw === "true" || raw === "1") return true;
  if (raw === "false" || raw === "0") return false;
  problems.push(`${name}="${raw}" must be true or false`);
  return def;
}

function isHttpUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return (u.protocol === "http:" || u.protocol === "https:") && !!u.hostname;
  } catch {
    return false;
  }
}

function deepFreeze<T>(obj: T): T {
  for (const v of Object.values(obj as object)) if (v && typeof v === "object") deepFreeze(v);
  return Object.freeze(obj);
}
