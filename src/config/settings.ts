import { z } from "zod";
import { commaList, isOrigin, protocolOf, weakSecret } from "./checks";
import { custom, flag, httpUrl, oneOf, text, wholeNumber } from "./setting";

// Every environment variable except the per-provider ones (providers.ts), each declared once. Grouped as the
// README's configuration table shows them; rules between variables are in rules.ts.

export const SERVER = {
  NODE_ENV: custom<string | undefined>({
    description:
      "`production`: unconfigured providers are **disabled** (not simulated), caller auth is required, introspection, the Sandbox page and field suggestions are off and CORS is closed unless enabled, `LOG_PRETTY` is refused",
    accepts: "`production`, or any other name",
    schema: z.string(),
    default: undefined,
    defaultText: "unset: development",
    quote: true,
  }),
  PORT: wholeNumber({ description: "TCP port to listen on (`0`: any free port)", min: 0, max: 65_535, default: 4000 }),
  HOST: text({ description: "address to listen on", default: "0.0.0.0" }),
  MAX_BODY_BYTES: wholeNumber({ description: "request body limit in bytes; larger bodies get HTTP 413", min: 1024, max: 100 * 1_048_576, default: 1_048_576 }),
  GRAPHQL_INTROSPECTION: flag({
    description: "serve introspection, the Apollo Sandbox page (`GET /graphql`) and GraphiQL (`GET /graphiql`)",
    default: undefined,
    defaultText: "`true`; `false` with `NODE_ENV=production`",
  }),
  SHUTDOWN_TIMEOUT_MS: wholeNumber({ description: "how long SIGTERM/SIGINT waits for running requests before closing their connections", min: 0, max: 600_000, default: 10_000 }),
} as const;

/** Limits on how slowly a client may send a request, so slow connections cannot pile up before auth runs. */
export const HTTP_TIMEOUTS = {
  HTTP_REQUEST_TIMEOUT_MS: wholeNumber({
    description: "time a client has to send a whole request, headers and body (then 408 and the connection is closed)",
    min: 1000,
    max: 600_000,
    default: 15_000,
  }),
  HTTP_HEADERS_TIMEOUT_MS: wholeNumber({ description: "time a client has to send the request headers (at most `HTTP_REQUEST_TIMEOUT_MS`)", min: 1000, max: 600_000, default: 10_000 }),
  HTTP_KEEP_ALIVE_TIMEOUT_MS: wholeNumber({
    description: "how long an idle keep-alive connection stays open; keep it above your load balancer's idle timeout (60 s on AWS ALB)",
    min: 1000,
    max: 600_000,
    default: 72_000,
  }),
  HTTP_CONNECTION_TIMEOUT_MS: wholeNumber({
    description: "a socket with no traffic for this long is closed, also while its response is pending",
    min: 1000,
    max: 3_600_000,
    default: 120_000,
  }),
} as const;

const HS256_ADVICE = "(HS256 needs a random 256-bit key, e.g. `openssl rand -base64 32`)";

export const AUTH = {
  AUTH_JWT_SECRET: custom<string | undefined>({
    description:
      "caller authentication: `Authorization: Bearer <JWT>` verified with this HS256 secret; `scope` must hold `hiregraph:read` for queries, `hiregraph:write` for mutations. Set this or `AUTH_JWKS_URL`, not both",
    accepts: "≥ 32 characters with an estimated entropy of 100 bits (32 spaces or a repeated pattern are refused; use e.g. `openssl rand -base64 32`)",
    schema: z.string().superRefine((secret, ctx) => {
      const weak = weakSecret(secret);
      if (weak) ctx.addIssue({ code: "custom", message: `${weak} ${HS256_ADVICE}` });
    }),
    default: undefined,
    defaultText: "unset: no caller auth, allowed only while every provider is sandboxed and outside production",
    quote: false,
    keepWhitespace: true,
  }),
  AUTH_JWKS_URL: httpUrl({
    description: "caller authentication as with `AUTH_JWT_SECRET`, verified with the keys of this JWKS (RS/PS/ES/EdDSA) instead",
    default: undefined,
  }),
  AUTH_ISSUER: text({ description: "required `iss` claim", default: undefined, defaultText: "not checked" }),
  AUTH_AUDIENCE: text({ description: "required `aud` claim", default: undefined, defaultText: "not checked" }),
  AUTH_REQUIRE_EXP: flag({ description: "refuse tokens without an `exp` claim (they would never expire); `false` accepts them", default: true }),
  AUTH_CLOCK_TOLERANCE_S: wholeNumber({ description: "clock skew allowed when checking `exp` and `nbf`, in seconds", min: 0, max: 300, default: 30 }),
  AUTH_IDENTITY_CLAIMS: custom<readonly string[]>({
    description:
      "claims that name the caller when the token has no `sub` (service tokens), tried in order; the identity scopes idempotency keys and outbound budget shares. Empty: `sub` only",
    accepts: "comma-separated claim names",
    schema: z
      .string()
      .transform(commaList)
      .refine((claims) => claims.every((c) => /^[A-Za-z_][\w.:-]{0,63}$/.test(c)), "must be a comma-separated list of claim names, e.g. client_id,azp"),
    default: ["client_id", "azp"],
    quote: false,
    emptyIsValue: true,
  }),
} as const;

const SHARE_MUST = "must be a number above 0 and at most 1 (1 turns the per-caller share off)";

export const UPSTREAM = {
  UPSTREAM_TIMEOUT_MS: wholeNumber({
    description:
      "budget of one provider call, from the moment it is made: waiting for a free connection and for outbound budget count, and a read's retries happen only inside it ([below](#deadlines-and-queued-calls))",
    min: 100,
    max: 120_000,
    default: 10_000,
  }),
  UPSTREAM_CONCURRENCY: wholeNumber({ description: "max concurrent calls to one provider from one process; below it the limit adapts (×0.9 on each 429, 5xx or timeout, +1 per answer in time)", min: 1, max: 1024, default: 64 }),
  UPSTREAM_RETRIES: wholeNumber({ description: "extra attempts for a failed provider **read** (writes are never retried)", min: 0, max: 5, default: 2 }),
  UPSTREAM_TRANSPORT: oneOf(["undici", "axios", "node"], {
    description:
      "how provider calls are sent: `undici` (connection pools, the cheapest per call) or `axios`, both honouring the forward proxy in `HTTPS_PROXY`, `HTTP_PROXY`, `NO_PROXY` (standard meaning, lower-case names too, read per target URL), or `node` (lean `node:http`, no proxy support)",
    default: "undici",
  }),
  BREAKER_THRESHOLD: wholeNumber({ description: "consecutive provider outages that open its circuit breaker", min: 1, max: 1000, default: 5 }),
  BREAKER_COOLDOWN_MS: wholeNumber({ description: "how long an open breaker fails fast before trying the provider again", min: 100, max: 600_000, default: 10_000 }),
  OUTBOUND_CALLER_SHARE: custom<number>({
    description:
      "share of a rate-limited provider's budget one caller may use per minute; beyond it that caller gets `RATE_LIMITED` with `retryAfterSeconds` while others go on. `1` turns it off",
    accepts: "above 0, at most 1",
    schema: z.string().regex(/^\d*\.?\d+$/, SHARE_MUST).transform(Number).pipe(z.number().gt(0, SHARE_MUST).max(1, SHARE_MUST)),
    default: 0.5,
    quote: true,
  }),
  ASSESSMENT_CACHE_TTL_MS: wholeNumber({
    description: "how long a fetched assessment (AlfaOne assessment, iMocha test) is reused across requests; `0` disables",
    min: 0,
    max: 86_400_000,
    default: 60_000,
  }),
} as const;

export const INBOUND = {
  CORS_ORIGINS: custom<"*" | readonly string[] | undefined>({
    description: "browser origins allowed to call `/graphql` cross-origin: `*`, or a comma-separated list of exact origins (`https://app.example.com,https://studio.apollographql.com`)",
    accepts: "`*` or origins (scheme, host, optional port; no path)",
    schema: z
      .string()
      .superRefine((value, ctx) => {
        if (value === "*") return;
        for (const origin of commaList(value)) {
          if (!isOrigin(origin)) ctx.addIssue({ code: "custom", message: `entry "${origin}" must be an origin such as https://app.example.com (scheme, host, optional port; no path)` });
        }
      })
      .transform((value) => (value === "*" ? ("*" as const) : commaList(value))),
    default: undefined,
    defaultText: "`*`; none with `NODE_ENV=production`",
    quote: false,
  }),
  RATE_LIMIT_PER_MIN: wholeNumber({
    description:
      "GraphQL requests per minute per caller (verified identity — JWT `sub`, else `AUTH_IDENTITY_CLAIMS` — else client IP) before HTTP 429; `0` turns it off ([below](#browsers-ides-and-inbound-limits))",
    min: 0,
    max: 1_000_000,
    default: 600,
  }),
} as const;

export const LOGS_AND_TRACES = {
  LOG_LEVEL: oneOf(["fatal", "error", "warn", "info", "debug", "trace", "silent"], { description: "least severe log level written", default: "info" }),
  LOG_PRETTY: flag({ description: "readable, coloured log lines via pino-pretty (a dev dependency) instead of JSON; refused with `NODE_ENV=production`", default: false }),
  OTEL_EXPORTER_OTLP_ENDPOINT: httpUrl({
    description: "OpenTelemetry trace export over OTLP/HTTP to this collector (spans are POSTed to `<endpoint>/v1/traces`)",
    default: undefined,
    defaultText: "unset: tracing off",
    base: true,
    example: "http://127.0.0.1:4318",
    quote: false,
  }),
  OTEL_SERVICE_NAME: text({ description: "the `service.name` of exported spans", default: "hiregraph" }),
} as const;

export const STATE = {
  REDIS_URL: custom<string | undefined>({
    description:
      "share idempotency keys, outbound rate budgets and the assessment cache between instances ([below](#running-several-instances-redis)); `rediss://` for TLS",
    accepts: "`redis://[:password@]host:port[/db]`",
    schema: z.string().refine((url) => ["redis:", "rediss:"].includes(protocolOf(url)), "must be a redis:// or rediss:// URL, e.g. redis://127.0.0.1:6379/0"),
    default: undefined,
    defaultText: "unset: in-process",
    quote: false,
  }),
  REDIS_KEY_PREFIX: custom<string>({
    description: "prefix of every Redis key hiregraph writes, so several deployments can share one Redis; needs `REDIS_URL`. Empty: no prefix",
    accepts: "up to 64 letters, digits and `_` `:` `.` `-`",
    schema: z.string().regex(/^[\w:.-]{0,64}$/, "may hold up to 64 letters, digits and _ : . -"),
    default: "hiregraph:",
    quote: false,
    keepWhitespace: true,
    emptyIsValue: true,
  }),
  DATABASE_URL: custom<string | undefined>({
    description: "PostgreSQL server for the record (`postgres://user:password@host:5432/db`); required for several instances",
    accepts: "`postgres://` URL",
    schema: z
      .string()
      .refine((url) => ["postgres:", "postgresql:"].includes(protocolOf(url)), "must be a postgres:// URL, e.g. postgres://user:password@db.example.com:5432/hiregraph"),
    default: undefined,
    defaultText: "unset: embedded store",
    quote: false,
  }),
  DATA_DIR: text({ description: "directory of the embedded store (PGlite), without `DATABASE_URL`; one process at a time", default: "data", defaultText: "`data` (git-ignored)" }),
  EVENT_RETENTION_DAYS: wholeNumber({ description: "how long invite events (and callback delivery ids) are kept; pruned hourly", min: 1, max: 3650, default: 30 }),
  READ_MAX_AGE_S: wholeNumber({
    description:
      "how old (seconds) a recorded invite may be when a read gives no `maxAge` ([Freshness](#freshness)); states final at their provider are always served from the record",
    min: 0,
    max: 365 * 86_400,
    default: 0,
  }),
} as const;

export const CALLBACKS_AND_POLLING = {
  PUBLIC_BASE_URL: httpUrl({
    description: "how providers reach this server (`https://hiregraph.example.com`); iMocha invites then register `<PUBLIC_BASE_URL>/callbacks/imocha?token=<CALLBACK_TOKEN>`",
    default: undefined,
    defaultText: "unset: no callback URL is registered at a live provider",
    base: true,
    example: "https://hiregraph.example.com",
  }),
  CALLBACK_TOKEN: custom<string | undefined>({
    description: "secret every provider callback must carry (`token` query parameter or `X-Hiregraph-Callback-Token`); required with `PUBLIC_BASE_URL`",
    accepts: "≥ 32 printable ASCII characters",
    schema: z
      .string()
      .min(32, { error: "must be at least 32 characters", abort: true })
      .regex(/^[\x21-\x7e]+$/, "may hold printable ASCII characters only (it travels in a URL and a header)"),
    default: undefined,
    defaultText: "unset: a random token per process (the sandbox simulators are handed it)",
    quote: false,
    keepWhitespace: true,
  }),
  POLL_INTERVAL_MS: wholeNumber({ description: "how often recorded invites that are not final are read again; `0` turns the poller off", min: 0, max: 86_400_000, default: 60_000 }),
  POLL_BUDGET_PERCENT: wholeNumber({ description: "share (in %) of a rate-limited provider's outbound budget one poll round may use, per instance", min: 1, max: 50, default: 20 }),
} as const;

/** Every variable above, for loadConfig. */
export const SETTINGS = { ...SERVER, ...HTTP_TIMEOUTS, ...AUTH, ...UPSTREAM, ...INBOUND, ...LOGS_AND_TRACES, ...STATE, ...CALLBACKS_AND_POLLING } as const;
