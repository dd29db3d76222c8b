import { AssessmentKind, InviteStatus, Provider } from "../../domain/enums";
import { identity, InvalidIdError, type GlobalId } from "../../domain/ids";
import type { Assessment, Candidate, ProviderInvite } from "../../domain/entities";
import { toCandidate } from "../candidate";
import { xobinAiDetails, xobinAiResult, xobinAssessmentDetails, xobinAssessmentResult } from "./results";
import { parseXobinDate } from "./dates";
import type {
  XobinAiInviteResponse,
  XobinAiReport,
  XobinAssessmentInviteResponse,
  XobinAssessmentReport,
  XobinInvitedItem,
} from "./types";

const XOBIN = Provider.XOBIN;

/**
 * `invite_status` → InviteStatus, matched case-insensitively. Pending/Started/Completed are DOC;
 * Revoked and Expired are INF (revoke exists, and invites carry an expiry date, but no report page shows
 * these words); "Invite Link created" is the create answer's status.
 */
const INVITE_STATUS: Readonly<Record<string, InviteStatus>> = {
  pending: InviteStatus.PENDING,
  "invite link created": InviteStatus.PENDING,
  started: InviteStatus.STARTED,
  completed: InviteStatus.COMPLETED,
  revoked: InviteStatus.REVOKED,
  expired: InviteStatus.EXPIRED,
};

/**
 * @example toInviteStatus("Completed") // { status: "COMPLETED", providerStatus: "Completed" }
 * @example toInviteStatus("On Hold") // { status: "UNKNOWN", providerStatus: "On Hold" }
 */
export function toInviteStatus(raw: unknown): { status: InviteStatus; providerStatus: string | null } {
  if (typeof raw !== "string") return { status: InviteStatus.UNKNOWN, providerStatus: null };
  return { status: INVITE_STATUS[raw.trim().toLowerCase()] ?? InviteStatus.UNKNOWN, providerStatus: raw };
}

/**
 * The assessment an id names. Xobin v2 has no endpoint that reads an AI interview or an assessment, so
 * the id alone is all there is: the name is null (invites may carry it) and existence is not checked.
 * @example assessmentFromId(parseId("xobin:ai-interview:305")) // Assessment { id: "xobin:ai-interview:305", kind: "AI_INTERVIEW", name: null }
 */
export function assessmentFromId(id: GlobalId): Assessment {
  if (id.type === "ai-interview") return assessment(AssessmentKind.AI_INTERVIEW, id.nativeId, null);
  if (id.type === "assessment") return assessment(AssessmentKind.SKILLS_TEST, id.nativeId, null);
  throw new InvalidIdError(id.id, "expected an id of type ai-interview or assessment");
}

/**
 * Reads an AI interview report (completed, or the same fields with nulls before completion).
 * `score` is an integer on a scale that is NOT documented, so `maxScore` (and the result's percent) stays null.
 * @example toAiInvite({ response_id: 7403, ai_interview_id: 305, ai_interview_name: "Senior Data Engineer", invite_status: "Completed", score: 82, completed_date: "Jul 05, 2025, 4:42:45 AM", … })
 *   // Invite { id: "xobin:ai-invite:7403", status: "COMPLETED", score: 82, maxScore: null, completedAt: 2025-07-05T04:42:45.000Z, … }
 */
export function toAiInvite(dto: XobinAiReport): ProviderInvite {
  return invite("ai-invite", dto.response_id, dto.invite_status, {
    candidate: candidate(dto.candidate_name, dto.candidate_email),
    assessment: assessment(AssessmentKind.AI_INTERVIEW, dto.ai_interview_id, dto.ai_interview_name),
    score: numberOrNull(dto.score),
    maxScore: null,
    reportUrl: dto.report_link ?? null,
    completedAt: parseXobinDate(dto.completed_date),
    externalId: dto.custom_field_id ?? null,
    result: xobinAiResult(dto),
    details: xobinAiDetails(dto),
  });
}

/**
 * Reads an assessment report, completed or not. `overall_percentage` is a percentage, hence maxScore 100.
 * Assessment reports carry no assessment name.
 * @example toAssessmentInvite({ report_id: 2196821, assessment_id: 53280, invite_status: "Pending", name: "Priya Raman", email: "priya.raman@example.com", candidate_id: 88101 })
 *   // Invite { id: "xobin:assessment-invite:2196821", status: "PENDING", score: null, maxScore: null, … }
 */
export function toAssessmentInvite(dto: XobinAssessmentReport): ProviderInvite {
  const score = numberOrNull(dto.overall_percentage);
  return invite("assessment-invite", dto.report_id, dto.invite_status, {
    candidate: candidate(dto.name, dto.email),
    assessment: assessment(AssessmentKind.SKILLS_TEST, dto.assessment_id, null),
    score,
    maxScore: score === null ? null : 100,
    reportUrl: dto.report_link ?? null,
    completedAt: parseXobinDate(dto.completed_date),
    result: xobinAssessmentResult(dto),
    details: xobinAssessmentDetails(dto),
  });
}

/**
 * Reads one item of an AI interview's invited list, which names no candidate. `last_updated_at` is not
 * mapped: no Invite field means "last changed", and guessing which event it was would mislead.
 * With no email to derive an id from, the candidate's id is Xobin's `candidate_id` (`xobin:candidate:<id>`):
 * a client cache then holds it as its own object instead of an id-less one nested in the invite, which it
 * could not merge with the candidate of the invite's report.
 * @example toListedInvite({ ai_interview_id: 305, candidate_id: 88001, invite_status: "Pending", last_updated_at: "Thu, 10 Jul 2025 11:52:57 GMT", response_id: 7401 })
 *   // Invite { id: "xobin:ai-invite:7401", status: "PENDING", candidate: { id: "xobin:candidate:88001", name: null, email: null }, … }
 */
export function toListedInvite(dto: XobinInvitedItem): ProviderInvite {
  return invite("ai-invite", dto.response_id, dto.invite_status, {
    candidate: toCandidate(XOBIN, {}, dto.candidate_id),
    assessment: assessment(AssessmentKind.AI_INTERVIEW, dto.ai_interview_id, null),
  });
}

/**
 * Reads the AI interview invite create answer. It echoes no dates, so none are set.
 * @example toCreatedAiInvite({ response_id: 7421, status: "Invite Link created", invite_link: "https://…", ai_interview_id: 305, ai_interview_name: "Senior Data Engineer", … })
 *   // Invite { id: "xobin:ai-invite:7421", status: "PENDING", providerStatus: "Invite Link created", inviteUrl: "https://…", … }
 */
export function toCreatedAiInvite(dto: XobinAiInviteResponse): ProviderInvite {
  return invite("ai-invite", dto.response_id, dto.status, {
    candidate: candidate(dto.name, dto.email),
    assessment: assessment(AssessmentKind.AI_INTERVIEW, dto.ai_interview_id, dto.ai_interview_name),
    inviteUrl: dto.invite_link ?? null,
    externalId: dto.custom_field_id ?? null,
  });
}

/**
 * Reads the assessment invite create answer (no assessment name, no dates).
 * @example toCreatedAssessmentInvite({ report_id: 2196900, assessment_id: 53280, status: "Invite Link created", invite_link: "https://…", … })
 *   // Invite { id: "xobin:assessment-invite:2196900", status: "PENDING", … }
 */
export function toCreatedAssessmentInvite(dto: XobinAssessmentInviteResponse): ProviderInvite {
  return invite("assessment-invite", dto.report_id, dto.status, {
    candidate: candidate(dto.name, dto.email),
    assessment: assessment(AssessmentKind.SKILLS_TEST, dto.assessment_id, null),
    inviteUrl: dto.invite_link ?? null,
  });
}

function invite(
  type: "ai-invite" | "assessment-invite",
  nativeId: number | string,
  rawStatus: unknown,
  fields: Partial<ProviderInvite> & Pick<ProviderInvite, "candidate">,
): ProviderInvite {
  return {
    ...identity(XOBIN, type, nativeId),
    ...toInviteStatus(rawStatus),
    grader: null,
    result: null,
    details: null,
    ...fields,
  } satisfies ProviderInvite;
}

function assessment(kind: AssessmentKind, nativeId: number | string, name: string | null | undefined): Assessment {
  const type = kind === AssessmentKind.AI_INTERVIEW ? "ai-interview" : "assessment";
  return { ...identity(XOBIN, type, nativeId), name: name ?? null, kind } satisfies Assessment;
}

/**
 * Where Xobin names the email, Xobin's `candidate_id` is not the Candidate id: the AI interview create answer
 * does not carry it, so the same candidate would change id between create and read, and the docs do not say
 * whether it names a person or one invite. The id is derived from the email instead, and `candidate_id` is
 * kept in the invite's details.
 */
function candidate(name: string | null | undefined, email: string | null | undefined): Candidate {
  return toCandidate(XOBIN, { name, email });
}

function numberOrNull(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}
