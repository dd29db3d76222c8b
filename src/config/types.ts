import type { Provider, ProviderMode } from "../domain/enums";
import type { TracingConfig } from "../observability/otel";
import type { RedisConfig } from "../shared-state/redis";

// Declared next to the code that uses them, which must not import config (config reads the provider settings).
export type { RedisConfig, TracingConfig };

// The shape the rest of the code reads. Which environment variable sets each field, its range and its default are
// declared once, in settings.ts and providers.ts (and shown in the README's configuration table); the comments here
// name the variable and say only what the field means in code.

/** How one provider is reached. From its entry in providers.ts. */
export interface ProviderConfig {
  readonly mode: ProviderMode;
  /** LIVE: the configured API base, without a trailing slash. SANDBOX: undefined (the server's own `/sandbox/<provider>` routes). */
  readonly baseUrl?: string;
  /** The credential sent upstream (API key or bearer token). SANDBOX: a fixed, obviously fake key. */
  readonly secret: string;
  /** Outbound requests per minute; undefined means unlimited. */
  readonly rateLimitPerMinute?: number;
}

/** Caller authentication; the whole object is null when neither `AUTH_JWT_SECRET` nor `AUTH_JWKS_URL` is set. */
export interface AuthConfig {
  /** `AUTH_JWT_SECRET` */
  readonly jwtSecret?: string;
  /** `AUTH_JWKS_URL` */
  readonly jwksUrl?: string;
  /** `AUTH_ISSUER` */
  readonly issuer?: string;
  /** `AUTH_AUDIENCE` */
  readonly audience?: string;
  /** `AUTH_REQUIRE_EXP` */
  readonly requireExp: boolean;
  /** `AUTH_CLOCK_TOLERANCE_S` */
  readonly clockToleranceSeconds: number;
  /** `AUTH_IDENTITY_CLAIMS`, tried in order. */
  readonly identityClaims: readonly string[];
}

/** Limits on how slowly a client may send a request, so slow connections cannot pile up before auth runs. */
export interface HttpTimeouts {
  /** `HTTP_REQUEST_TIMEOUT_MS` */
  readonly requestMs: number;
  /** `HTTP_HEADERS_TIMEOUT_MS`, never above `requestMs`. */
  readonly headersMs: number;
  /** `HTTP_KEEP_ALIVE_TIMEOUT_MS` */
  readonly keepAliveMs: number;
  /** `HTTP_CONNECTION_TIMEOUT_MS` */
  readonly connectionMs: number;
}

export type UpstreamTransport = "undici" | "axios" | "node";

/** Where hiregraph keeps its record of invites, interviews and events. */
export interface StoreConfig {
  /** `DATABASE_URL`: a PostgreSQL server (shared by every instance). Contains credentials: never log it. */
  readonly databaseUrl?: string;
  /** `DATA_DIR`: without `databaseUrl`, the embedded PostgreSQL (PGlite) data directory. */
  readonly dataDir: string;
  /** `EVENT_RETENTION_DAYS` */
  readonly eventRetentionDays: number;
}

/** How providers reach hiregraph's callback routes. */
export interface CallbackConfig {
  /** `PUBLIC_BASE_URL` without a trailing slash; undefined when not set (then no callback URL is registered upstream). */
  readonly publicBaseUrl?: string;
  /** `CALLBACK_TOKEN`: every callback must carry it (`token` query parameter or `X-Hiregraph-Callback-Token`). */
  readonly token: string;
  /** True when the token was generated for this process (`CALLBACK_TOKEN` unset, allowed only without `PUBLIC_BASE_URL`). */
  readonly generated: boolean;
}

export interface PollConfig {
  /** `POLL_INTERVAL_MS`; 0 turns polling off. */
  readonly intervalMs: number;
  /** `POLL_BUDGET_PERCENT` */
  readonly budgetPercent: number;
}

export interface Config {
  /** `PORT` */
  readonly port: number;
  /** `HOST` */
  readonly host: string;
  /** `NODE_ENV=production` */
  readonly production: boolean;
  /** `MAX_BODY_BYTES` */
  readonly maxBodyBytes: number;
  /** `UPSTREAM_TIMEOUT_MS`: budget of one provider call (queue wait, outbound budget wait and, for reads, every retry). */
  readonly upstreamTimeoutMs: number;
  /** `UPSTREAM_CONCURRENCY`: max concurrent calls to one provider from this process. */
  readonly upstreamConcurrency: number;
  /** `UPSTREAM_TRANSPORT` */
  readonly upstreamTransport: UpstreamTransport;
  /** `UPSTREAM_RETRIES`: extra attempts for a failed provider read (writes are never retried). */
  readonly upstreamRetries: number;
  /** `OUTBOUND_CALLER_SHARE` (0 < share ≤ 1). */
  readonly outboundCallerShare: number;
  readonly httpTimeouts: HttpTimeouts;
  /** `BREAKER_THRESHOLD` */
  readonly breakerThreshold: number;
  /** `BREAKER_COOLDOWN_MS` */
  readonly breakerCooldownMs: number;
  /** `LOG_LEVEL` */
  readonly logLevel: string;
  /** `LOG_PRETTY`: pino-pretty (a dev dependency) instead of JSON lines. */
  readonly logPretty: boolean;
  /** `SHUTDOWN_TIMEOUT_MS` */
  readonly shutdownTimeoutMs: number;
  /** Set by `OTEL_EXPORTER_OTLP_ENDPOINT`; null turns tracing off. */
  readonly tracing: TracingConfig | null;
  /** `GRAPHQL_INTROSPECTION`: serve introspection and the Apollo Sandbox page. */
  readonly introspection: boolean;
  readonly auth: AuthConfig | null;
  /** Set by `REDIS_URL`; null keeps all shared state in this process. */
  readonly redis: RedisConfig | null;
  /** `ASSESSMENT_CACHE_TTL_MS`; 0 disables. */
  readonly assessmentCacheTtlMs: number;
  /** `READ_MAX_AGE_S`: final states are always served from the record. */
  readonly readMaxAgeS: number;
  /** `CORS_ORIGINS`: `"*"` (any), a list of exact origins, or null (none). */
  readonly corsOrigins: "*" | readonly string[] | null;
  /** `RATE_LIMIT_PER_MIN`: GraphQL requests per minute per caller; 0 turns the limit off. */
  readonly rateLimitPerMinute: number;
  readonly providers: Readonly<Record<Provider, ProviderConfig>>;
  readonly store: StoreConfig;
  readonly callbacks: CallbackConfig;
  readonly poll: PollConfig;
}
