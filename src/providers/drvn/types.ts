/**
 * DRVN wire shapes, as documented on the rspec_api_documentation page "PATCH updates an interview"
 * (docs/providers/drvn.md). Only 200 answers are documented.
 */

/** `interview.kind`. Values seen in the docs; the list is not documented as complete. */
export type DrvnInterviewKind = "video_call" | "in_person";

/**
 * Fields accepted under the Rails `interview[...]` root on create (POST /api/v1/interviews) and update
 * (PATCH /api/v1/interviews/:id). Create requires all but `location`; update takes any subset.
 * Times are ISO 8601 UTC without a fraction (`2025-11-20T08:43:06Z`).
 */
export interface DrvnInterviewParams {
  kind?: DrvnInterviewKind;
  start_at?: string;
  end_at?: string;
  interviewee_id?: number;
  interviewer_id?: number;
  location?: string;
}

/** Request body of both writes: the fields nested under `interview`. */
export interface DrvnInterviewRequest {
  interview: DrvnInterviewParams;
}

/** The person conducting the interview. */
export interface DrvnInterviewer {
  id: number;
  contact_phone_number: string | null;
  image: string | null;
  /** Display name. */
  title: string;
}

/** The driver's profile inside an interviewee. */
export interface DrvnDriver {
  id: number;
  image: string | null;
  phone_number: string | null;
  /** Display name. */
  title: string;
}

/** The interviewee: a driver's application (its `kind` looks like an application stage, INF). */
export interface DrvnInterviewee {
  id: number;
  /** Present only in doc snapshots from about October 2025 on. */
  currency?: string;
  driver: DrvnDriver;
  /** Seen: `interview`, `verified`, `rejected`. */
  kind: string;
  updated_at: string;
}

/** The interview object every documented endpoint answers with. Times carry milliseconds. */
export interface DrvnInterview {
  id: number;
  amend_end_at: string | null;
  amend_start_at: string | null;
  /** Seen: `interviewee` or null; other values are not documented. */
  amended_by: string | null;
  end_at: string;
  interviewee: DrvnInterviewee;
  interviewee_id: number;
  interviewer: DrvnInterviewer;
  interviewer_id: number;
  /** Seen: `video_call`, `in_person`; kept as string because the list is not documented as complete. */
  kind: string;
  location: string | null;
  start_at: string;
  /** Seen: `pending`, `scheduled`, `rejected`, `amended`. */
  status: string;
}

/** The 200 answer of every documented endpoint. */
export interface DrvnInterviewResponse {
  interview: DrvnInterview;
}

/**
 * A Rails validation failure, `{"errors":{"end_at":["must be after start_at"]}}`. NOT documented (every DOC
 * example is a 200); assumed from the Rails/devise conventions the API otherwise follows.
 */
export interface DrvnValidationErrorBody {
  errors: Record<string, string[]>;
}
