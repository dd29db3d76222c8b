import { ErrorCode, Provider } from "../domain/enums";
import { HiregraphError } from "../domain/errors";

/**
 * An error at a provider boundary. Every client turns HTTP failures into one of these (via
 * `fromHttpResponse`/`fromTransportError`), so nothing above the clients sees axios or provider JSON.
 * Messages are safe to show callers: they never carry keys, tokens or stack traces.
 */
export class ProviderError extends HiregraphError {
  /** Upstream HTTP status, when a response arrived. */
  readonly status?: number;
  /** The provider's request id header, when it sent one (useful for support tickets). */
  readonly requestId?: string;
  declare readonly provider: Provider;

  constructor(
    provider: Provider,
    code: ErrorCode,
    message: string,
    opts: { status?: number; requestId?: string; retryable?: boolean; retryAfterSeconds?: number; cause?: unknown } = {},
  ) {
    super(code, message, { ...opts, provider });
    this.status = opts.status;
    this.requestId = opts.requestId;
  }
}

/** The provider rejected our credentials (401, or 403 without a more specific meaning). */
export class ProviderAuthError extends ProviderError {
  constructor(provider: Provider, message: string, status?: number) {
    super(provider, ErrorCode.PROVIDER_AUTH_FAILED, message, { status });
  }
}

/** The provider has no such object. */
export class ProviderNotFoundError extends ProviderError {
  constructor(provider: Provider, message: string, status = 404) {
    super(provider, ErrorCode.NOT_FOUND, message, { status });
  }
}

/** 429 from the provider, or our own outbound limiter refusing to send. */
export class ProviderRateLimitError extends ProviderError {
  constructor(provider: Provider, message: string, retryAfterSeconds?: number, status = 429) {
    super(provider, ErrorCode.RATE_LIMITED, message, { status, retryable: true, retryAfterSeconds });
  }
}

/** Timeouts, connection failures, 5xx, bodies that are not JSON, open circuit breakers. Safe to retry. */
export class ProviderUnavailableError extends ProviderError {
  constructor(provider: Provider, message: string, opts: { status?: number; cause?: unknown; retryAfterSeconds?: number } = {}) {
    super(provider, ErrorCode.PROVIDER_UNAVAILABLE, message, { ...opts, retryable: true });
  }
}

/** The provider refused the request as invalid (400/422), with its own reason in the message. */
export class ProviderValidationError extends ProviderError {
  constructor(provider: Provider, message: string, status = 400) {
    super(provider, ErrorCode.PROVIDER_REJECTED, message, { status });
  }
}

/** A documented business refusal: QUOTA_EXCEEDED, NOT_ALLOWED, ALREADY_REVOKED, NOT_CANCELLABLE. */
export class ProviderBusinessError extends ProviderError {
  constructor(provider: Provider, code: ErrorCode, message: string, status?: number) {
    super(provider, code, message, { status });
  }
}

/**
 * A write that may have reached the provider but whose answer was lost (timeout or connection reset after
 * the request was sent) or unreadable (see write-answer.ts). Never retried automatically: doing so could
 * create a duplicate. `retryable` tells the caller whether retrying by hand is sensible. @default true
 */
export class ProviderOutcomeUnknownError extends ProviderError {
  constructor(provider: Provider, message: string, options: { retryable?: boolean; cause?: unknown } = {}) {
    super(provider, ErrorCode.OUTCOME_UNKNOWN, message, { retryable: options.retryable ?? true, cause: options.cause });
  }
}
