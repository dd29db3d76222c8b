import { ErrorCode, Provider } from "./enums";

/**
 * Every error hiregraph reports on purpose. Carries the contract's code and retry hints; translated to a
 * mutation `UserError` or a query `GraphQLError` in one place (src/schema/errors.ts). Anything that is not a
 * HiregraphError is an internal fault and is masked.
 */
export class HiregraphError extends Error {
  /** Contract error code. */
  readonly code: ErrorCode;
  /** Whether the same request may succeed if sent again later. */
  readonly retryable: boolean;
  /** Seconds to wait before retrying, when known (from `Retry-After`). */
  readonly retryAfterSeconds?: number;
  /** Path of the input field at fault, for INVALID_INPUT. */
  readonly field?: string[];
  /** The provider involved, when there is one. */
  readonly provider?: Provider;

  constructor(
    code: ErrorCode,
    message: string,
    opts: { retryable?: boolean; retryAfterSeconds?: number; field?: string[]; provider?: Provider; cause?: unknown } = {},
  ) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    Object.setPrototypeOf(this, new.target.prototype);
    this.name = new.target.name;
    this.code = code;
    this.retryable = opts.retryable ?? false;
    this.retryAfterSeconds = opts.retryAfterSeconds;
    this.field = opts.field;
    this.provider = opts.provider;
  }
}

/** Bad caller input; `field` names the offending input path. */
export class InputError extends HiregraphError {
  constructor(field: string[], message: string) {
    super(ErrorCode.INVALID_INPUT, message, { field });
  }
}

/** The provider's API has no endpoint for this operation; nothing was sent upstream. */
export class UnsupportedOperationError extends HiregraphError {
  constructor(provider: Provider, message: string) {
    super(ErrorCode.UNSUPPORTED_OPERATION, message, { provider });
  }
}

/** An error in the form callers see it: a mutation's `userErrors` entry, a query error's `extensions`. */
export interface ErrorReport {
  code: ErrorCode;
  message: string;
  field: string[] | null;
  retryable: boolean;
  retryAfterSeconds: number | null;
  provider: Provider | null;
}

/**
 * The one translation of errors into what callers see. A HiregraphError keeps its code, message and hints; anything
 * else is a fault of hiregraph's own, reported as INTERNAL_SERVER_ERROR with a fixed message (no stack, no upstream
 * detail) and never retryable, since sending the same request again would meet the same fault.
 */
export function reportError(err: unknown): ErrorReport {
  if (err instanceof HiregraphError) {
    return {
      code: err.code,
      message: err.message,
      field: err.field ?? null,
      retryable: err.retryable,
      retryAfterSeconds: err.retryAfterSeconds ?? null,
      provider: err.provider ?? null,
    };
  }
  return { code: ErrorCode.INTERNAL_SERVER_ERROR, message: "Internal server error", field: null, retryable: false, retryAfterSeconds: null, provider: null };
}
