import { ErrorCode, Provider } from "../../domain/enums";
import { ProviderAuthError, ProviderBusinessError, ProviderValidationError } from "../errors";
import type { ErrorClassifier } from "../http";

const REJECTED = "iMocha rejected the request: ";

/**
 * iMocha's own words from its documented failure bodies, which are not uniform across endpoints
 * (docs/providers/imocha.md): `{"errors":[...]}` (invite 400, callbacks 401) and `{"statusCode":400,"message":"..."}`
 * (cancel 400). Numeric entries such as `"94761"` in `errors` are iMocha's internal codes and are kept.
 * @example imochaReason({ errors: ["'Email' must not be empty."] }) === "'Email' must not be empty."
 * @example imochaReason({ statusCode: 400, message: "Testinvitation state … can not be cancelled." }) === "Testinvitation state … can not be cancelled."
 * @example imochaReason("<html>") === undefined
 */
export function imochaReason(body: unknown): string | undefined {
  if (!body || typeof body !== "object") return undefined;
  const b = body as Record<string, unknown>;
  if (Array.isArray(b.errors)) {
    const parts = b.errors.filter((e): e is string | number => typeof e === "string" || typeof e === "number");
    return parts.length > 0 ? parts.join("; ").slice(0, 300) : undefined;
  }
  return typeof b.message === "string" && b.message.trim() !== "" ? b.message.slice(0, 300) : undefined;
}

/**
 * The `classify` hook for iMocha's documented failure bodies; anything else (403, 404, 429, 5xx, bodies of
 * other shapes) falls through to the generic status rules. iMocha's 429 also means "quota exhausted"
 * (/api/errors), which cannot be told apart from a burst limit, so it stays RATE_LIMITED.
 * @example classifyImochaError(400, { errors: ["'Name' must not be empty."] }, {})?.code === "PROVIDER_REJECTED"
 * @example classifyImochaError(401, { result: null, errors: ["Invalid API key."] }, {})?.code === "PROVIDER_AUTH_FAILED"
 * @example classifyImochaError(500, { errors: ["boom"] }, {}) === undefined
 */
export const classifyImochaError: ErrorClassifier = (status, body) => {
  const reason = imochaReason(body);
  if (reason === undefined) return undefined;
  if (status === 400) return new ProviderValidationError(Provider.IMOCHA, `${REJECTED}${reason}`, status);
  // The 401 body for these endpoints is NOT documented; the callbacks API sends `{"result":null,"errors":[...]}`.
  if (status === 401) return new ProviderAuthError(Provider.IMOCHA, `iMocha rejected hiregraph's API key: ${reason}`, status);
  return undefined;
};

/**
 * Re-types a cancel failure. The cancel page documents exactly one 400, the refusal for any state but
 * Pending, so a 400 from that endpoint means NOT_CANCELLABLE (the message keeps iMocha's wording).
 * Other errors are returned unchanged.
 * @example asNotCancellable(new ProviderValidationError(Provider.IMOCHA, "iMocha rejected the request: … can not be cancelled.")).code === "NOT_CANCELLABLE"
 */
export function asNotCancellable(err: unknown): unknown {
  if (!(err instanceof ProviderValidationError) || err.status !== 400) return err;
  const reason = err.message.startsWith(REJECTED) ? err.message.slice(REJECTED.length) : err.message;
  return new ProviderBusinessError(
    Provider.IMOCHA,
    ErrorCode.NOT_CANCELLABLE,
    `iMocha can only cancel pending invitations: ${reason}`,
    err.status,
  );
}
