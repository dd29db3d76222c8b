import { Provider } from "../../domain/enums";
import { transportOptions, type AdapterDeps } from "../deps";
import { ProviderValidationError, type ProviderError } from "../errors";
import { createHttpClient } from "../http";
import { confirmWrite, type WriteAnswerCheck } from "../write-answer";
import type { DrvnInterview, DrvnInterviewParams, DrvnInterviewResponse, DrvnValidationErrorBody } from "./drvn.types";

/**
 * HTTP access to the two DRVN endpoints hiregraph uses (docs/providers/drvn.md). DRVN documents no read, list, cancel or
 * delete endpoint, so there is deliberately no method for them.
 */
export interface DrvnClient {
  /** POST /api/v1/interviews. DRVN answers 200 (not 201) with the new interview. */
  createInterview(params: DrvnInterviewParams): Promise<DrvnInterview>;
  /** PATCH /api/v1/interviews/:id with only the given fields; DRVN answers 200 with the whole interview. */
  updateInterview(id: string, params: DrvnInterviewParams): Promise<DrvnInterview>;
}

export function createDrvnClient(deps: AdapterDeps): DrvnClient {
  const http = createHttpClient({
    ...transportOptions(deps),
    provider: Provider.DRVN,
    // DOC: every example sends both headers; the token is a devise-jwt bearer token.
    headers: { Authorization: `Bearer ${deps.secret}`, Accept: "application/json" },
    classify: classifyDrvnError,
  });

  return {
    async createInterview(params) {
      const res = await http.write<DrvnInterviewResponse>({
        method: "POST",
        path: "/api/v1/interviews",
        endpoint: "/api/v1/interviews",
        body: { interview: params },
      });
      return confirmWrite(Provider.DRVN, res.data, INTERVIEW_ANSWER).interview;
    },
    async updateInterview(id, params) {
      const res = await http.write<DrvnInterviewResponse>({
        method: "PATCH",
        path: `/api/v1/interviews/${encodeURIComponent(id)}`,
        endpoint: "/api/v1/interviews/:id",
        body: { interview: params },
      });
      return confirmWrite(Provider.DRVN, res.data, INTERVIEW_ANSWER).interview;
    },
  };
}

/** DOC: both writes answer 200 `{"interview":{id, …}}`; without it, hiregraph cannot say which interview exists. */
const INTERVIEW_ANSWER: WriteAnswerCheck<DrvnInterviewResponse> = {
  what: 'an "interview" object with an id',
  accept: (data): data is DrvnInterviewResponse => {
    const interview = (data as { interview?: unknown } | null)?.interview as { id?: unknown } | undefined;
    return typeof interview === "object" && interview !== null && (typeof interview.id === "number" || typeof interview.id === "string");
  },
  advice: "Check DRVN for the interview before scheduling or changing it again.",
};

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
