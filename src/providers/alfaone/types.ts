/**
 * AlfaOne v4 wire shapes (https://v4-docs.alfaone.app/api-reference). JSON is camelCase, dates are
 * ISO 8601 strings (`2025-01-15T12:00:00.000Z` or `2023-11-07T05:31:56Z`), ids are UUIDs except graders'.
 * Fields are optional where a documented example leaves them out.
 */

/** DOC enum of `status` (get-invite page). Other values are mapped to UNKNOWN, never rejected. */
export type AlfaoneInviteStatus = "pending" | "accepted" | "started" | "completed" | "expired" | "revoked";

export interface AlfaoneGraderDto {
  /** A free-form string in the docs (`"<string>"`), not a UUID. */
  id: string;
  firstName?: string | null;
  lastName?: string | null;
  email?: string | null;
}

export interface AlfaoneProctoringSettings {
  screenRecording: boolean;
  webcamMonitoring: boolean;
  requireIdCapture: boolean;
}

/** GET /invites/{inviteId}, and each item of GET /invites (where the documented example shows fewer fields). */
export interface AlfaoneInviteDto {
  id: string;
  assessmentId?: string;
  assessmentName?: string | null;
  recipientEmail?: string | null;
  recipientName?: string | null;
  /** Missing from the list-invites example; kept as a string so unknown values survive. */
  status?: string | null;
  questionReplayLimit?: number;
  answerRecordLimit?: number;
  sentAt?: string | null;
  expiresAt?: string | null;
  acceptedAt?: string | null;
  startedAt?: string | null;
  completedAt?: string | null;
  assignedGrader?: AlfaoneGraderDto | null;
  proctoringSettings?: AlfaoneProctoringSettings | null;
  customMessage?: string | null;
  revokedAt?: string | null;
}

/** Beside every list's resource array (newer docs). The older snapshot documents no paging at all. */
export interface AlfaonePagination {
  page: number;
  limit: number;
  total: number;
  totalPages: number;
}

export interface AlfaoneInviteListDto {
  invites: AlfaoneInviteDto[];
  pagination?: AlfaonePagination;
}

/** Query of GET /invites (a type, not an interface, so it fits the http client's query record). `page` is 1-based (default 1), `limit` 1–100 (default 20). */
export type AlfaoneListInvitesQuery = {
  page?: number;
  limit?: number;
  assessmentId?: string;
  status?: AlfaoneInviteStatus;
  /** @default "sent_at" */
  sort?: "sent_at" | "status" | "expires_at";
  /** @default "desc" */
  order?: "asc" | "desc";
};

/** Body of POST /invites. There is no field for the recipient's name, a custom message or a grader. */
export interface AlfaoneCreateInviteBody {
  assessmentId: string;
  recipientEmail: string;
  /** ≥ 1. @default 1 */
  questionReplayLimit?: number;
  /** ≥ 1. @default 1 */
  answerRecordLimit?: number;
  /** ≥ 1. @default 30 */
  expiresInDays?: number;
  /** @default all true */
  proctoringSettings?: AlfaoneProctoringSettings;
}

/** POST /invites answer ("Invite created successfully"). */
export interface AlfaoneCreateInviteResponse {
  invite: AlfaoneInviteDto;
}

/** GET /assessments items; GET /assessments/{id} adds `totalPoints`. */
export interface AlfaoneAssessmentDto {
  id: string;
  name?: string | null;
  /** `text|audio|video|mixed` */
  defaultQuestionFormat?: string;
  /** `text|audio|video|mixed` */
  defaultAnswerFormat?: string;
  languages?: string[] | null;
  questionCount?: number | null;
  inviteCount?: number;
  createdAt?: string | null;
  updatedAt?: string | null;
  totalPoints?: number;
}

export interface AlfaoneAssessmentListDto {
  assessments: AlfaoneAssessmentDto[];
  pagination?: AlfaonePagination;
}

/** Query of GET /assessments. Its `sort` values are NOT documented, so none is sent. */
export type AlfaoneListAssessmentsQuery = {
  page?: number;
  limit?: number;
};

/** The generic failure body for 400/401/404/409/429 (`/api-reference/introduction`). */
export interface AlfaoneErrorBody {
  error: string;
}
