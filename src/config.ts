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
  /** Refuse tokens without an `exp` claim, which would never expire. @default true */
  readonly requireExp: boolean;
  /** Clock skew allowed when checking `exp` and `nbf`, in seconds. @default 30 */
  readonly clockToleranceSeconds: number;
  /** Claims that name the caller when `sub` is absent (e.g. a service token's `client_id`), tried in order. @default ["client_id", "azp"] */
  readonly identityClaims: readonly string[];
}

/** Limits on how slowly a client may send a request, so slow connections cannot pile up before auth runs. */
export interface HttpTimeouts {
  /** Time to receive a whole request, headers and body. @default 15000 */
  readonly requestMs: number;
  /** Time to receive the request headers. @default 10000 */
  readonly headersMs: number;
  /** How long an idle keep-alive connection stays open; keep it above a load balancer's idle timeout. @default 72000 */
  readonly keepAliveMs: number;
  /** Inactivity on a socket after which it is closed, also while a response is pending. @default 120000 */
  readonly connectionMs: number;
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

export type UpstreamTransport = "axios" | "node";

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
  /** Budget of one provider call: queue wait, outbound budget wait and, for reads, every retry. @default 10000 */
  readonly upstreamTimeoutMs: number;
  /** Max concurrent calls to one provider from this process (the transports keep 64 sockets per host); below it the limit adapts (shrinks on 429s, 5xx, timeouts). @default 64 */
  readonly upstreamConcurrency: number;
  /** How provider calls are sent: `axios` (honours HTTPS_PROXY/HTTP_PROXY/NO_PROXY) or `node` (node:http, no proxy). @default "axios" */
  readonly upstreamTransport: UpstreamTransport;
  /** Extra attempts for a failed provider read (writes are never retried). @default 2 */
  readonly upstreamRetries: number;
  /** Share of a rate-limited provider's outbound budget one caller may use (0 < share ≤ 1). @default 0.5 */
  readonly outboundCallerShare: number;
  readonly httpTimeouts: HttpTimeouts;
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
  /** How old (seconds) a recorded invite may be when a read gives no `maxAge`; final states are always served from the record. @default 0 */
  readonly readMaxAgeS: number;
  /**
   * Browser origins allowed to call `/graphql` cross-origin: `"*"` (any), a list, or null (none).
   * @default "*" outside production, null in production
   */
  readonly corsOrigins: "*" | readonly string[] | null;
  /** GraphQL requests per minute per caller (JWT `sub`, else client IP); 0 turns the limit off. @default 600 */
  readonly rateLimitPerMinute: number;
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
    // AlfaOne's docs say "32 characters" after the prefix, but their own example key is shorter: only the
    // documented prefix is checked, so a real key of another length is not refused at start-up.
    format: /^ak_(live|test)_\S+$/,
    formatHint: "ak_live_ or ak_test_ followed by the rest of the key",
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

  const auth = parseAuth(env, problems, int);
  const anyLive = Object.values(providers).some((p) => p.mode === ProviderMode.LIVE);
  if (!auth && production) problems.push("NODE_ENV=production requires caller authentication: set AUTH_JWT_SECRET or AUTH_JWKS_URL");
  else if (!auth && anyLive) problems.push("a live provider is configured, so caller authentication is required: set AUTH_JWT_SECRET or AUTH_JWKS_URL");

  const logLevel = env.LOG_LEVEL ?? "info";
  if (!["fatal", "error", "warn", "info", "debug", "trace", "silent"].includes(logLevel)) {
    problems.push(`LOG_LEVEL="${logLevel}" must be one of fatal, error, warn, info, debug, trace, silent`);
  }
  const introspection = parseBool(env, "GRAPHQL_INTROSPECTION", !production, problems);
  const logPretty = parseBool(env, "LOG_PRETTY", false, problems);
  const upstreamTransport = (env.UPSTREAM_TRANSPORT?.trim() || "axios") as UpstreamTransport;
  if (upstreamTransport !== "axios" && upstreamTransport !== "node") {
    problems.push(`UPSTREAM_TRANSPORT="${env.UPSTREAM_TRANSPORT}" must be axios or node`);
  }
  if (logPretty && production) problems.push("LOG_PRETTY=true is for development (pino-pretty is a dev dependency); production logs stay JSON");

  const config: Config = {
    port: int("PORT", 4000, 0, 65535),
    host: env.HOST?.trim() || "0.0.0.0",
    production,
    maxBodyBytes: int("MAX_BODY_BYTES", 1_048_576, 1024, 100 * 1_048_576),
    upstreamTimeoutMs: int("UPSTREAM_TIMEOUT_MS", 10_000, 100, 120_000),
    upstreamConcurrency: int("UPSTREAM_CONCURRENCY", 64, 1, 1024),
    upstreamTransport,
    upstreamRetries: int("UPSTREAM_RETRIES", 2, 0, 5),
    outboundCallerShare: share(env, problems),
    httpTimeouts: parseHttpTimeouts(int, problems),
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
    readMaxAgeS: int("READ_MAX_AGE_S", 0, 0, 365 * 86_400),
    corsOrigins: parseCorsOrigins(env, production, problems),
    rateLimitPerMinute: int("RATE_LIMIT_PER_MIN", 600, 0, 1_000_000),
    providers,
    store: parseStore(env, problems, int),
    callbacks: parseCallbacks(env, problems),
    poll: { intervalMs: int("POLL_INTERVAL_MS", 60_000, 0, 86_400_000), budgetPercent: int("POLL_BUDGET_PERCENT", 20, 1, 50) },
  };
  if (problems.length) throw new ConfigError(problems);
  return deepFreeze(config);
}

type IntReader = (name: string, def: number, min: number, max: number) => number;

function parseAuth(env: Env, problems: string[], int: IntReader): AuthConfig | null {
  const jwtSecret = env.AUTH_JWT_SECRET || undefined;
  const jwksUrl = env.AUTH_JWKS_URL?.trim() || undefined;
  if (jwtSecret && jwksUrl) problems.push("set AUTH_JWT_SECRET or AUTH_JWKS_URL, not both");
  const weak = jwtSecret === undefined ? undefined : weakSecret(jwtSecret);
  if (weak) problems.push(`AUTH_JWT_SECRET ${weak} (HS256 needs a random 256-bit key, e.g. \`openssl rand -base64 32\`)`);
  if (jwksUrl && !isHttpUrl(jwksUrl)) problems.push(`AUTH_JWKS_URL="${jwksUrl}" must be an absolute http(s) URL`);
  if (!jwtSecret && !jwksUrl) {
    if (env.AUTH_ISSUER || env.AUTH_AUDIENCE) problems.push("AUTH_ISSUER/AUTH_AUDIENCE need AUTH_JWT_SECRET or AUTH_JWKS_URL");
    return null;
  }
  const identityClaims = (env.AUTH_IDENTITY_CLAIMS ?? "client_id,azp").split(",").map((c) => c.trim()).filter(Boolean);
  if (identityClaims.some((c) => !/^[A-Za-z_][\w.:-]{0,63}$/.test(c))) problems.push("AUTH_IDENTITY_CLAIMS must be a comma-separated list of claim names, e.g. client_id,azp");
  return {
    jwtSecret,
    jwksUrl,
    issuer: env.AUTH_ISSUER || undefined,
    audience: env.AUTH_AUDIENCE || undefined,
    requireExp: parseBool(env, "AUTH_REQUIRE_EXP", true, problems),
    clockToleranceSeconds: int("AUTH_CLOCK_TOLERANCE_S", 30, 0, 300),
    identityClaims,
  };
}

/**
 * Why a shared secret is too weak to sign tokens with, or undefined when it is fine. Length alone is not enough: 32
 * spaces are 32 characters. The estimate is the Shannon entropy of the characters used, times the length; random
 * keys of 32 base64 or 64 hex characters score well above the 100 bits asked for (32 random hex characters about 115).
 */
export function weakSecret(secret: string): string | undefined {
  if (secret.length < 32) return "must be at least 32 characters";
  const counts = new Map<string, number>();
  for (const ch of secret) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bitsPerChar = 0;
  for (const n of counts.values()) bitsPerChar -= (n / secret.length) * Math.log2(n / secret.length);
  if (secret.trim() === "" || bitsPerChar * secret.length < 100) return "looks guessable (too few distinct characters)";
  return undefined;
}

function share(env: Env, problems: string[]): number {
  const raw = env.OUTBOUND_CALLER_SHARE;
  if (raw === undefined || raw === "") return 0.5;
  const n = Number(raw);
  if (!/^\d*\.?\d+$/.test(raw.trim()) || n <= 0 || n > 1) {
    problems.push(`OUTBOUND_CALLER_SHARE="${raw}" must be a number above 0 and at most 1 (1 turns the per-caller share off)`);
    return 0.5;
  }
  return n;
}

function parseHttpTimeouts(int: IntReader, problems: string[]): HttpTimeouts {
  const timeouts = {
    requestMs: int("HTTP_REQUEST_TIMEOUT_MS", 15_000, 1000, 600_000),
    headersMs: int("HTTP_HEADERS_TIMEOUT_MS", 10_000, 1000, 600_000),
    keepAliveMs: int("HTTP_KEEP_ALIVE_TIMEOUT_MS", 72_000, 1000, 600_000),
    connectionMs: int("HTTP_CONNECTION_TIMEOUT_MS", 120_000, 1000, 3_600_000),
  };
  if (timeouts.headersMs > timeouts.requestMs) problems.push("HTTP_HEADERS_TIMEOUT_MS must not exceed HTTP_REQUEST_TIMEOUT_MS");
  return timeouts;
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

function parseCorsOrigins(env: Env, production: boolean, problems: string[]): Config["corsOrigins"] {
  const raw = env.CORS_ORIGINS?.trim();
  if (!raw) return production ? null : "*";
  if (raw === "*") return "*";
  const origins = raw.split(",").map((o) => o.trim()).filter(Boolean);
  for (const origin of origins) {
    // An origin is scheme://host[:port] exactly as a browser sends it: no path, no trailing slash.
    if (!isHttpUrl(origin) || new URL(origin).origin !== origin) {
      problems.push(`CORS_ORIGINS entry "${origin}" must be an origin such as https://app.example.com (scheme, host, optional port; no path)`);
    }
  }
  return origins;
}

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
