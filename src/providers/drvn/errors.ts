import { Provider } from "../../domain/enums";
import { ProviderValidationError, type ProviderError } from "../errors";
import type { DrvnValidationErrorBody } from "./types";

/**
 * DRVN documents no failure body at all (every example is a 200). Rails answers invalid records with 422
 * `{"errors":{"field":["message", …]}}`, which the generic rules cannot read, so it is spelled out here as
 * "end_at must be after start_at". Everything else (401 devise `{"error":…}`, 404, 429, 5xx) is left to the
 * generic status rules, which already read an `error` string.
 * @example classifyDrvnError(422, { errors: { end_at: ["must be after start_at"] } }, {})?.message
 *   === "DRVN rejected the interview: end_at must be after start_at"
 */
export function classifyDrvnError(status: number, body: unknown): ProviderError | undefined {
  if (status !== 422 || !isValidationBody(body)) return undefined;
  const reasons = Object.entries(body.errors).flatMap(([field, messages]) =>
    (Array.isArray(messages) ? messages : [messages]).map((m) => `${field} ${String(m)}`),
  );
  if (reasons.length === 0) return undefined;
  return new ProviderValidationError(Provider.DRVN, `DRVN rejected the interview: ${reasons.join("; ")}`.slice(0, 500), status);
}

function isValidationBody(body: unknown): body is DrvnValidationErrorBody {
  if (!body || typeof body !== "object") return false;
  const errors = (body as Record<string, unknown>).errors;
  return !!errors && typeof errors === "object" && !Array.isArray(errors);
}
