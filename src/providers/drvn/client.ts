import { Provider } from "../../domain/enums";
import { transportOptions, type AdapterDeps } from "../deps";
import { createHttpClient } from "../http";
import { confirmWrite, type WriteAnswerCheck } from "../write-answer";
import { classifyDrvnError } from "./errors";
import type { DrvnInterview, DrvnInterviewParams, DrvnInterviewResponse } from "./types";

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
