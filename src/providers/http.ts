import { Provider, PROVIDER_NAMES } from "../domain/enums";
import { startUpstreamSpan } from "../observability/tracer";
import type { Transport } from "./http-exchange";
import {
  ProviderAuthError,
  ProviderError,
  ProviderNotFoundError,
  ProviderOutcomeUnknownError,
  ProviderRateLimitError,
  ProviderUnavailableError,
  ProviderValidationError,
} from "./errors";
import { parseRetryAfter } from "./retry-after";
import { redact } from "../domain/redact";
import { createBulkhead } from "./bulkhead";
import { outboundCaller, type CallerBudget } from "./outbound-caller";
import { TokenBucket, type RateLimiter } from "./rate-limit";
import { unreadableWriteAnswer } from "./write-answer";
import { createResilience, type ResilienceOptions } from "./resilience";
import { createUndiciTransport } from "./transport/undici";

export type HttpMethod = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";

export interface ProviderRequest {
  method: HttpMethod;
  /** Path below the base URL, already filled in (e.g. `/invites/3c90…`). */
  path: string;
  /** Route template for logs and metrics (e.g. `/invites/{id}`); never contains ids or personal data. */
  endpoint: string;
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
}

export interface ProviderResponse<T = unknown> {
  status: number;
  data: T;
  headers: Record<string, string>;
}

/** What each upstream call reports, for metrics and logs. Carries no bodies, keys or personal data. */
export interface UpstreamCallEvent {
  provider: Provider;
  method: HttpMethod;
  endpoint: string;
  status?: number;
  durationMs: number;
  errorCode?: string;
}

/** Turns a provider's documented failure body into a typed error; return undefined for the generic rules. */
export type ErrorClassifier = (status: number, body: unknown, headers: Record<string, string>) => ProviderError | undefined;

export interface HttpClientOptions {
  provider: Provider;
  /** Base URL; request paths are appended to it. A function is read per request (sandbox URLs are known only once the server listens). */
  baseUrl: string | (() => string);
  /** Auth and other fixed headers. Their values are redacted from every error message. */
  headers: Record<string, string>;
  /** More fixed headers, set by the composition root rather than the provider client; redacted the same way. */
  extraHeaders?: Readonly<Record<string, string>>;
  /**
   * Budget of one call in milliseconds, from the moment it is made: waiting for outbound budget and for a free
   * connection slot counts, and so do all of a read's retries. @default 10000
   */
  timeoutMs?: number;
  /** Upper bound on concurrent calls to this provider from this process (bulkhead). @default 16 */
  maxConcurrency?: number;
  /** Provider-specific failure bodies, tried before the generic status rules. */
  classify?: ErrorClassifier;
  /** Called once per upstream call (each retry attempt included), success or failure. */
  onCall?: (event: UpstreamCallEvent) => void;
  /** Read retries and circuit breaker. @default no retries, breaker after 5 consecutive outages */
  resilience?: ResilienceOptions;
  /** Outbound budget in requests per minute. @default unlimited */
  rateLimitPerMinute?: number;
  /** Where that budget is kept, e.g. in Redis to share it between instances. @default a TokenBucket in this process */
  rateLimiter?: RateLimiter;
  /** Each caller's share of that budget (see outbound-caller.ts); the caller comes from the request being served. @default none */
  callerBudget?: CallerBudget;
  /** How long a call may wait for outbound budget before failing with RATE_LIMITED. @default 1000 */
  maxRateWaitMs?: number;
  /** Sends the HTTP exchanges. @default a new undici transport for this client (proxy variables honoured) */
  transport?: Transport;
}

export interface ProviderHttp {
  readonly provider: Provider;
  /** Sends a read. Failures become ProviderErrors. */
  read<T>(req: ProviderRequest): Promise<ProviderResponse<T>>;
  /**
   * Sends a write. Like `read`, except that a write whose answer was lost after it may have reached the
   * provider (timeout, reset, unreadable 2xx body) fails with ProviderOutcomeUnknownError, never a retry.
   */
  write<T>(req: ProviderRequest): Promise<ProviderResponse<T>>;
}

/** Error codes meaning the request never left this machine, so even a write is safe to report as not sent. */
const NOT_SENT_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH", "ERR_INVALID_URL", "EPROXYREFUSED", "UND_ERR_CONNECT_TIMEOUT"]);

export function createHttpClient(opts: HttpClientOptions): ProviderHttp {
  const { provider } = opts;
  const timeoutMs = opts.timeoutMs ?? 10_000;
  const policy = createResilience(provider, opts.resilience);
  const concurrency = opts.maxConcurrency ?? 16;
  const bulkhead = createBulkhead(concurrency, policy, {
    expired: (waitedMs) =>
      new ProviderUnavailableError(
        provider,
        `${PROVIDER_NAMES[provider]} is slow: the call waited ${Math.round(waitedMs)} ms for one of hiregraph's ${bulkhead.limit()} connections to it (at most ${concurrency}) and was not sent`,
      ),
    open: () => policy.openError(),
  });
  const budget = outboundBudget(opts);
  const exchange = exchanger(opts);

  async function send<T>(req: ProviderRequest, isWrite: boolean, expiresAt: number): Promise<ProviderResponse<T>> {
    await budget(expiresAt);
    return bulkhead.run(expiresAt, () => exchange<T>(req, isWrite, expiresAt));
  }

  /** A read and its retries share one deadline; a backoff that ran past it reports what actually failed. */
  function read<T>(req: ProviderRequest): Promise<ProviderResponse<T>> {
    const expiresAt = performance.now() + timeoutMs;
    let last: unknown;
    return policy.read(async () => {
      if (last !== undefined && performance.now() >= expiresAt) throw last;
      try {
        return await send<T>(req, false, expiresAt);
      } catch (err) {
        last = err;
        throw err;
      }
    }, expiresAt);
  }

  return { provider, read, write: (req) => policy.write(() => send(req, true, performance.now() + timeoutMs)) };
}

/**
 * Waits for the caller's share of the outbound budget, then for the budget itself; refuses at once when a wait
 * would be too long or outlast the call's deadline.
 */
function outboundBudget(opts: HttpClientOptions): (expiresAt: number) => Promise<void> {
  const { provider } = opts;
  const bucket = opts.rateLimiter ?? (opts.rateLimitPerMinute ? new TokenBucket(opts.rateLimitPerMinute) : undefined);
  const maxRateWaitMs = opts.maxRateWaitMs ?? 1000;
  const callerBudget = opts.callerBudget;
  return async (expiresAt) => {
    const maxWait = Math.min(maxRateWaitMs, expiresAt - performance.now());
    const caller = callerBudget ? outboundCaller() : undefined;
    if (callerBudget && caller) {
      await acquire(callerBudget(caller), maxWait, (s) =>
        new ProviderRateLimitError(provider, `this caller has used its share of hiregraph's outbound request budget for ${PROVIDER_NAMES[provider]}; other callers are not affected`, s, undefined),
      );
    }
    if (bucket) {
      await acquire(bucket, maxWait, (s) =>
        new ProviderRateLimitError(provider, `hiregraph's outbound request budget for ${PROVIDER_NAMES[provider]} (${opts.rateLimitPerMinute}/min) is used up`, s, undefined),
      );
    }
  };
}

type Exchange = <T>(req: ProviderRequest, isWrite: boolean, expiresAt: number) => Promise<ProviderResponse<T>>;

/** One HTTP exchange with the provider: headers, deadline, tracing, the call report, and its answer read. */
function exchanger(opts: HttpClientOptions): Exchange {
  const { provider } = opts;
  const headers = { ...opts.headers, ...opts.extraHeaders };
  const secrets = Object.values(headers).flatMap((v) => [v, ...v.split(" ")]).filter((v) => v.length >= 8);
  const clean = (text: string) => redact(text, secrets);
  const transport = opts.transport ?? createUndiciTransport();
  const fixedHeaders = { Accept: "application/json", "User-Agent": "hiregraph", ...headers };
  const jsonHeaders = { ...fixedHeaders, "Content-Type": "application/json" };
  const baseUrl = () => (typeof opts.baseUrl === "function" ? opts.baseUrl() : opts.baseUrl).replace(/\/+$/, "");
  return async <T>(req: ProviderRequest, isWrite: boolean, expiresAt: number) => {
    const started = performance.now();
    const finishSpan = startUpstreamSpan(provider, req.method, req.endpoint);
    let status: number | undefined;
    let errorCode: string | undefined;
    try {
      const res = await transport({
        url: target(baseUrl(), req),
        method: req.method,
        headers: req.body === undefined ? fixedHeaders : jsonHeaders,
        body: req.body === undefined ? undefined : JSON.stringify(req.body),
        timeoutMs: Math.max(1, expiresAt - started),
      });
      status = res.status;
      // Parsed here, not by the transport, so an invalid JSON answer is detected instead of passed on as a string.
      return interpret<T>(opts, res.status, res.text, normaliseHeaders(res.headers), isWrite);
    } catch (err) {
      const failure = toProviderError(provider, err, isWrite, clean);
      errorCode = failure.code;
      throw failure;
    } finally {
      finishSpan({ status, errorCode });
      opts.onCall?.({ provider, method: req.method, endpoint: req.endpoint, status, durationMs: performance.now() - started, errorCode });
    }
  };
}

/** A 2xx answer's JSON, or the typed error its status and body mean (the provider's own rules first). */
function interpret<T>(opts: HttpClientOptions, status: number, text: string, headers: Record<string, string>, isWrite: boolean): ProviderResponse<T> {
  const { provider } = opts;
  const parsed = parseJson(text);
  if (status >= 200 && status < 300) {
    if (parsed.ok) return { status, data: parsed.value as T, headers };
    throw isWrite
      ? unreadableWriteAnswer(provider, "valid JSON")
      : new ProviderUnavailableError(provider, `${PROVIDER_NAMES[provider]} answered with a body that is not valid JSON`, { status });
  }
  const body = parsed.ok ? parsed.value : text;
  throw opts.classify?.(status, body, headers) ?? genericError(provider, status, body, headers);
}

/** Takes a token, waiting up to `maxWait` ms for one; beyond that fails with `refuse(seconds until one frees up)`. */
async function acquire(limiter: RateLimiter, maxWait: number, refuse: (retryAfterSeconds: number) => Error): Promise<void> {
  let waited = 0;
  for (let wait = await limiter.take(); wait > 0; wait = await limiter.take()) {
    if (waited + wait > maxWait) throw refuse(Math.ceil(wait / 1000));
    await new Promise((r) => setTimeout(r, wait));
    waited += wait;
  }
}

/** The full URL of a request; a malformed base throws ERR_INVALID_URL, which counts as never sent. */
function target(base: string, req: ProviderRequest): URL {
  const url = new URL(base + req.path);
  for (const [key, value] of Object.entries(req.query ?? {})) if (value !== undefined) url.searchParams.append(key, String(value));
  return url;
}

function normaliseHeaders(h: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries((h ?? {}) as Record<string, unknown>)) {
    if (v !== undefined && v !== null) out[k.toLowerCase()] = Array.isArray(v) ? v.join(", ") : String(v);
  }
  return out;
}

function parseJson(text: string | undefined): { ok: true; value: unknown } | { ok: false } {
  if (text === undefined || text === "") return { ok: true, value: null };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** Pulls a human-readable reason out of the common error body shapes (`error`, `message`, `errors[]`). */
export function providerMessage(body: unknown): string | undefined {
  if (typeof body === "string") return body.trim().slice(0, 300) || undefined;
  if (!body || typeof body !== "object") return undefined;
  const b = body as Record<string, unknown>;
  const parts: string[] = [];
  if (typeof b.message === "string") parts.push(b.message);
  if (typeof b.error === "string" && !parts.includes(b.error)) parts.push(b.error);
  if (Array.isArray(b.errors)) parts.push(...b.errors.filter((e): e is string => typeof e === "string"));
  const text = parts.join("; ").trim();
  return text ? text.slice(0, 300) : undefined;
}

/** The status-code rules shared by every provider, used when no documented body matched. */
export function genericError(provider: Provider, status: number, body: unknown, headers: Record<string, string>): ProviderError {
  const reason = providerMessage(body);
  const said = reason ? `: ${reason}` : "";
  if (status === 401) return new ProviderAuthError(provider, `${PROVIDER_NAMES[provider]} rejected hiregraph's credentials${said}`, status);
  if (status === 403) return new ProviderAuthError(provider, `${PROVIDER_NAMES[provider]} refused access${said}`, status);
  if (status === 404) return new ProviderNotFoundError(provider, `${PROVIDER_NAMES[provider]} has no such object${said}`, status);
  if (status === 429) {
    return new ProviderRateLimitError(provider, `${PROVIDER_NAMES[provider]} is rate limiting requests${said}`, parseRetryAfter(headers["retry-after"]));
  }
  if (status >= 500 || status === 408) {
    return new ProviderUnavailableError(provider, `${PROVIDER_NAMES[provider]} failed with HTTP ${status}`, {
      status,
      retryAfterSeconds: parseRetryAfter(headers["retry-after"]),
    });
  }
  return new ProviderValidationError(provider, `${PROVIDER_NAMES[provider]} rejected the request (HTTP ${status})${said}`, status);
}

function toProviderError(provider: Provider, err: unknown, isWrite: boolean, clean: (s: string) => string): ProviderError {
  if (err instanceof ProviderError) {
    // Provider bodies can echo request data back; scrub our credentials out of anything we pass on.
    const message = clean(err.message);
    if (message !== err.message) Object.defineProperty(err, "message", { value: message });
    return err;
  }
  const raw = (err as { code?: unknown } | null)?.code;
  const code = typeof raw === "string" ? raw : undefined;
  const timedOut = code === "ETIMEDOUT";
  const what = timedOut ? "timed out" : "could not be reached";
  if (isWrite && !(code && NOT_SENT_CODES.has(code))) {
    return new ProviderOutcomeUnknownError(
      provider,
      `${PROVIDER_NAMES[provider]} ${what} after the request was sent; the write may or may not have been applied. Check the object before retrying.`,
    );
  }
  return new ProviderUnavailableError(provider, `${PROVIDER_NAMES[provider]} ${what}${code ? ` (${code})` : ""}`);
}
