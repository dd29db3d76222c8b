import { InputError } from "../../domain/errors";
import type { CreateInviteRequest } from "../adapter";
import { toXobinDateTime } from "./dates";
import type { XobinAiInviteRequest, XobinAssessmentInviteRequest, XobinInviteFormat } from "./types";

/**
 * Domain → wire request builders. They validate what Xobin's documented bodies require or cannot carry,
 * and throw InputError (never an upstream call) when a request does not fit.
 */

/**
 * Xobin ids are integers in JSON; ids beyond 2^53 would be silently altered by JSON numbers.
 * @example wireInteger("305", ["assessmentId"]) === 305
 */
export function wireInteger(nativeId: string, field: string[]): number {
  const n = Number(nativeId);
  if (!Number.isSafeInteger(n) || n <= 0) throw new InputError(field, `"${nativeId}" is too large for a Xobin id`);
  return n;
}

/**
 * Builds POST /ai-interviews/invite. `externalId` becomes `custom_field_id`; dates become GMT minutes.
 * @example buildAiInviteRequest({ assessment: parseId("xobin:ai-interview:305"), candidate: { name: "alex tanaka", email: "alex.tnk@example.com" }, sendEmail: false, startsAt: new Date("2025-07-18T10:00:00Z"), expiresAt: new Date("2025-07-20T20:30:00Z"), externalId: "CAND-2025-001" })
 *   // { candidate_name: "alex tanaka", candidate_email: "alex.tnk@example.com", ai_interview_id: 305, invite_format: "getlink", start_date: "2025-07-18 10:00", expiry_date: "2025-07-20 20:30", custom_field_id: "CAND-2025-001" }
 */
export function buildAiInviteRequest(req: CreateInviteRequest): XobinAiInviteRequest {
  return {
    ...candidateFields(req),
    ai_interview_id: wireInteger(req.assessment.nativeId, ["assessmentId"]),
    invite_format: inviteFormat(req.sendEmail),
    ...(req.startsAt && { start_date: toXobinDateTime(req.startsAt) }),
    ...(req.expiresAt && { expiry_date: toXobinDateTime(req.expiresAt) }),
    ...(req.externalId !== undefined && { custom_field_id: req.externalId }),
  };
}

/**
 * Builds POST /assessments/invite, whose documented body has an expiry date only: a start date would be
 * silently lost, so it is refused. An external id is not sent (there is no field for it); hiregraph's record
 * keeps it instead.
 * @example buildAssessmentInviteRequest({ assessment: parseId("xobin:assessment:53280"), candidate: { name: "Priya Raman", email: "priya.raman@example.com" }, sendEmail: true })
 *   // { candidate_name: "Priya Raman", candidate_email: "priya.raman@example.com", assessment_id: 53280, invite_format: "sendlink" }
 */
export function buildAssessmentInviteRequest(req: CreateInviteRequest): XobinAssessmentInviteRequest {
  if (req.startsAt) throw new InputError(["startsAt"], "Xobin assessment invites don't take a start date; only AI interview invites do");
  return {
    ...candidateFields(req),
    assessment_id: wireInteger(req.assessment.nativeId, ["assessmentId"]),
    invite_format: inviteFormat(req.sendEmail),
    ...(req.expiresAt && { expiry_date: toXobinDateTime(req.expiresAt) }),
  };
}

function candidateFields(req: CreateInviteRequest): { candidate_name: string; candidate_email: string } {
  const name = req.candidate.name?.trim();
  if (!name) throw new InputError(["candidate", "name"], "Xobin requires the candidate's name");
  return { candidate_name: name, candidate_email: req.candidate.email };
}

/** Only an explicit sendEmail: true emails the candidate; otherwise Xobin just returns the link. */
function inviteFormat(sendEmail: boolean | undefined): XobinInviteFormat {
  return sendEmail === true ? "sendlink" : "getlink";
}
