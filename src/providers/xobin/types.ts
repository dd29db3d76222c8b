/**
 * Xobin API v2 wire shapes, as documented (docs/providers/xobin.md).
 * Integers are JSON numbers on the wire; fields the docs mark optional are optional here. Where the docs give
 * a field list but no example, the JSON types follow the field table.
 */

/** How Xobin delivers the invite: `getlink` returns a link only, `sendlink` also emails the candidate. */
export type XobinInviteFormat = "getlink" | "sendlink";

/** POST /ai-interviews/invite body. Dates are `YYYY-MM-DD HH:MM` in GMT. */
export interface XobinAiInviteRequest {
  candidate_name: string;
  candidate_email: string;
  ai_interview_id: number;
  invite_format: XobinInviteFormat;
  start_date?: string;
  expiry_date?: string;
  custom_field_id?: string;
}

/** POST /ai-interviews/invite success body (the example's `status` is "Invite Link created"). */
export interface XobinAiInviteResponse {
  email: string;
  ai_interview_id: number;
  ai_interview_name: string;
  response_id: number;
  invite_link: string;
  name: string;
  status: string;
  custom_field_id?: string | null;
}

/** POST /assessments/invite body. Only an expiry date is documented (no start date, no custom field). */
export interface XobinAssessmentInviteRequest {
  candidate_name: string;
  candidate_email: string;
  assessment_id: number;
  invite_format: XobinInviteFormat;
  expiry_date?: string;
}

/** POST /assessments/invite success body. */
export interface XobinAssessmentInviteResponse {
  email: string;
  report_id: number;
  candidate_id: number;
  assessment_id: number;
  invite_link: string;
  name: string;
  status: string;
}

/** PATCH /ai-interviews/invite/revoke body. */
export interface XobinAiRevokeRequest {
  response_id: number;
  notify_candidate?: boolean;
}

/** POST /assessments/invite/revoke body. */
export interface XobinAssessmentRevokeRequest {
  report_id: number;
  notify_candidate?: boolean;
}

/** Revoke outcomes. AI interviews answer `FAILED` where assessments answer `ERROR_REVOKING`. */
export type XobinRevokeStatus = "REVOKED" | "NOT_ALLOWED" | "ALREADY_REVOKED" | "FAILED" | "ERROR_REVOKING";

/** Both revoke endpoints' body; `timestamp` (`YYYY-MM-DD HH:MM:SS`) comes with NOT_ALLOWED only. */
export interface XobinRevokeResponse {
  status: XobinRevokeStatus | string;
  message?: string;
  timestamp?: string;
}

/**
 * GET /ai-interviews/report/<response_id> and GET /ai-interviews/report?custom_field_id=<id>.
 * Documented "given that the interview is completed"; the fields we do not map are typed loosely.
 */
export interface XobinAiReport {
  ai_interview_id: number;
  ai_interview_name?: string | null;
  candidate_email?: string | null;
  candidate_id?: number | null;
  candidate_name?: string | null;
  candidate_summary?: string | null;
  /** Format NOT documented for the report; the submission webhook shows `Jul 05, 2025, 4:42:45 AM`. */
  completed_date?: string | null;
  /** 0–10. */
  integrity_score?: number | null;
  invite_status: string;
  pdf_link?: string | null;
  recommendation?: string | null;
  response_id: number;
  custom_field_id?: string | null;
  /** An integer whose scale is NOT documented. */
  score?: number | null;
  report_link?: string | null;
  interview_recording?: { session1?: string | null; session2?: string | null } | null;
  skill_wise_scores?: { must_haves?: XobinSkillScore[]; nice_to_haves?: XobinSkillScore[] } | null;
  conversation?: Array<{ content: string; mode: string; role: string; timestamp: number }> | null;
}

export interface XobinSkillScore {
  score: number;
  skill_name: string;
}

/** One item of GET /ai-interviews/invited/<ai_interview_id> (a bare array, no paging). */
export interface XobinInvitedItem {
  ai_interview_id: number;
  candidate_id: number;
  invite_status: string;
  /** HTTP-date, e.g. `Thu, 10 Jul 2025 11:52:57 GMT`. */
  last_updated_at: string;
  response_id: number;
}

/**
 * GET /assessments/report/<report_id>. Two documented shapes: the not-completed one carries only the
 * identity fields and `invite_status` (`Pending` or `Started`); the completed one adds the rest.
 */
export interface XobinAssessmentReport {
  assessment_id: number;
  candidate_id: number;
  email: string;
  invite_status: string;
  name: string;
  report_id: number;
  completed_date?: string | null;
  cut_off?: number | null;
  offtab_count?: number | null;
  overall_percentage?: number | null;
  registration_fields?: Array<{ label: string; value: string }> | null;
  /** Signed; valid for 7 days after completion. */
  report_link?: string | null;
  sections?: Array<{ percentage: number; section: string; skill_wise_score: Array<{ skill: string; percentage: number }> }> | null;
}

/** Failure bodies: `{"error":"Invalid API key"}`, and 403 `{"message":…,"error":"limit_exceed"}`. */
export interface XobinErrorBody {
  error?: string;
  message?: string;
}
