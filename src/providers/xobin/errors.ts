import { ErrorCode, Provider } from "../../domain/enums";
import { parseUtc } from "../dates";
import { ProviderAuthError, ProviderBusinessError, ProviderError, ProviderUnavailableError } from "../errors";
import type { XobinErrorBody, XobinRevokeResponse } from "./types";

const XOBIN = Provider.XOBIN;

/**
 * A REVOKED body that arrived with a non-2xx HTTP code. Xobin documents no HTTP codes for revoke, only the
 * body `status`, so the revoke is confirmed whatever the code. The http client turns every non-2xx answer
 * into an error, so the classifier returns this marker and the client's revoke call swallows it. Should it
 * ever escape (a REVOKED body on another endpoint), it reads as the rejection it would otherwise be.
 */
export class XobinRevokeConfirmed extends ProviderError {
  constructor(status: number) {
    super(XOBIN, ErrorCode.PROVIDER_REJECTED, `Xobin confirmed a revoke (status REVOKED) but answered HTTP ${status}`, { status });
  }
}

const asObject = (body: unknown): Record<string, unknown> | undefined =>
  body && typeof body === "object" && !Array.isArray(body) ? (body as Record<string, unknown>) : undefined;

/**
 * The http client's `classify` hook: Xobin's documented failure bodies, whatever HTTP code they come with.
 * Returns undefined for anything else, so the generic status rules apply (404 → NOT_FOUND, 5xx → …).
 * @example classifyXobinFailure(403, { message: "Invites Exhausted. Please contact support.", error: "limit_exceed" })?.code === "QUOTA_EXCEEDED"
 * @example classifyXobinFailure(400, { error: "Invalid API key" })?.code === "PROVIDER_AUTH_FAILED"
 */
export function classifyXobinFailure(status: number, body: unknown): ProviderError | undefined {
  const b = asObject(body);
  if (!b) return undefined;
  const { error, message } = b as XobinErrorBody;
  // Documented as 403; a 403 is otherwise read as an auth failure, which this is not.
  if (error === "limit_exceed") {
    return new ProviderBusinessError(XOBIN, ErrorCode.QUOTA_EXCEEDED, `Xobin refused the invite: ${message ?? "invites exhausted"}`, status);
  }
  // The auth failure body's HTTP code is NOT documented (one page shows only the body).
  if (error === "Invalid API key") return new ProviderAuthError(XOBIN, "Xobin rejected hiregraph's API key (Invalid API key)", status);
  if (typeof b.status === "string" && KNOWN_REVOKE_STATUSES.has(b.status)) {
    return b.status === "REVOKED" ? new XobinRevokeConfirmed(status) : revokeFailure(b as unknown as XobinRevokeResponse, status);
  }
  return undefined;
}

const KNOWN_REVOKE_STATUSES = new Set(["REVOKED", "NOT_ALLOWED", "ALREADY_REVOKED", "FAILED", "ERROR_REVOKING"]);

/**
 * Reads a revoke answer's `status` (the only documented outcome signal): undefined when the invite was
 * revoked, otherwise the typed error to throw. Unknown statuses are treated as a failed, retryable revoke.
 * @example revokeFailure({ status: "REVOKED" }) === undefined
 * @example revokeFailure({ status: "ALREADY_REVOKED" })?.code === "ALREADY_REVOKED"
 * @example revokeFailure({ status: "NOT_ALLOWED", message: "Invite was sent before the latest plan change", timestamp: "2025-01-15 10:32:45" })?.message
 *   // "Xobin does not allow revoking this invite: Invite was sent before the latest plan change (Xobin timestamp 2025-01-15T10:32:45.000Z)"
 */
export function revokeFailure(body: XobinRevokeResponse | null | undefined, httpStatus?: number): ProviderError | undefined {
  const status = asObject(body) && typeof body?.status === "string" ? body.status : undefined;
  const said = body?.message ? `: ${body.message}` : "";
  switch (status) {
    case "REVOKED":
      return undefined;
    case "NOT_ALLOWED":
      return new ProviderBusinessError(XOBIN, ErrorCode.NOT_ALLOWED, `Xobin does not allow revoking this invite${said}${timestampNote(body?.timestamp)}`, httpStatus);
    case "ALREADY_REVOKED":
      return new ProviderBusinessError(XOBIN, ErrorCode.ALREADY_REVOKED, `The invite was already revoked${said}`, httpStatus);
    case "FAILED":
    case "ERROR_REVOKING":
      return new ProviderUnavailableError(XOBIN, `Xobin could not revoke the invite now (${status})${said}; retry later`, { status: httpStatus });
    default:
      return new ProviderUnavailableError(
        XOBIN,
        status === undefined
          ? "Xobin answered the revoke without a status; whether it was applied is unclear. Read the invite before retrying."
          : `Xobin answered the revoke with an unrecognised status "${status.slice(0, 40)}"; read the invite before retrying.`,
        { status: httpStatus },
      );
  }
}

/** The revoke `timestamp` is documented as `YYYY-MM-DD HH:MM:SS` with no zone; Xobin's other dates are GMT. */
function timestampNote(timestamp: string | undefined): string {
  const at = parseUtc(timestamp);
  return at ? ` (Xobin timestamp ${at.toISOString()})` : "";
}
