import { Provider } from "../../domain/enums";
import { ProviderAuthError, ProviderNotFoundError, ProviderValidationError, type ProviderError } from "../errors";

const P = Provider.ALFAONE;

/**
 * Turns AlfaOne's documented failure body `{"error":"<message>"}` into a typed error. 429 and 5xx are left to
 * the generic rules (Retry-After, retryable), as are bodies of any other shape.
 */
export function classifyAlfaoneError(status: number, body: unknown): ProviderError | undefined {
  const reason = isRecord(body) && typeof body.error === "string" ? body.error.slice(0, 300) : undefined;
  if (reason === undefined) return undefined;
  switch (status) {
    case 401:
      // DOC bodies: "API key is required", "Invalid API key", "API key has expired", "API key has been revoked".
      return new ProviderAuthError(P, `AlfaOne rejected hiregraph's API key (${reason}); the ALFAONE_API_KEY setting needs fixing`, status);
    case 404:
      return new ProviderNotFoundError(P, `AlfaOne: ${reason}`, status);
    case 400:
    case 409: // DOC: 409 Conflict, "resource already exists"; which requests can trigger it is NOT documented.
      return new ProviderValidationError(P, `AlfaOne rejected the request: ${reason}`, status);
    default:
      return undefined;
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
