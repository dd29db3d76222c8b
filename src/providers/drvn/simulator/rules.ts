import type { InterviewDraft, SimState } from "./seed";

/**
 * Parameter handling and validation for the DRVN simulator, modelled on Rails strong parameters and
 * ActiveRecord validations. DRVN documents only the accepted fields and which are required on create; the
 * failure answers below are NOT documented (every DOC example is a 200) and follow Rails conventions.
 */

/** Rails validation messages by attribute, as in `{"errors":{"end_at":["must be after start_at"]}}`. */
export type ValidationErrors = Record<string, string[]>;

/** Kinds seen in the docs. An unknown kind is a 422 here; real Rails enums may answer differently (NOT documented). */
const KINDS = new Set(["video_call", "in_person"]);

/** `params.require(:interview)`: the nested hash, or null when it is missing or empty (Rails: 400). */
export function requireInterview(body: unknown): Record<string, unknown> | null {
  const nested = body && typeof body === "object" ? (body as Record<string, unknown>).interview : undefined;
  if (!nested || typeof nested !== "object" || Array.isArray(nested) || Object.keys(nested).length === 0) return null;
  return nested as Record<string, unknown>;
}

/** Rails answers ActionController::ParameterMissing with 400; the body text is NOT documented. */
export const PARAM_MISSING = { error: "param is missing or the value is empty: interview" };

/** Casts a datetime the way ActiveRecord does: unparseable becomes nil. Stored with milliseconds (DOC). */
export function castTime(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

function castId(value: unknown): number | null {
  if (typeof value === "number" && Number.isSafeInteger(value)) return value;
  if (typeof value === "string" && /^[0-9]{1,15}$/.test(value)) return Number(value);
  return null;
}

/** Applies the permitted `interview[...]` attributes to a draft; unpermitted keys are ignored, as in Rails. */
export function assignAttributes(draft: InterviewDraft, params: Record<string, unknown>): InterviewDraft {
  const next = { ...draft };
  if ("kind" in params) next.kind = typeof params.kind === "string" ? params.kind : null;
  if ("start_at" in params) next.start_at = castTime(params.start_at);
  if ("end_at" in params) next.end_at = castTime(params.end_at);
  if ("interviewee_id" in params) next.interviewee_id = castId(params.interviewee_id);
  if ("interviewer_id" in params) next.interviewer_id = castId(params.interviewer_id);
  if ("location" in params) next.location = params.location == null ? null : String(params.location);
  return next;
}

/** Validates a whole record, after assignment, as ActiveRecord does on save. Empty when valid. */
export function validateInterview(state: SimState, d: InterviewDraft): ValidationErrors {
  const errors: ValidationErrors = {};
  const add = (field: string, message: string) => (errors[field] ??= []).push(message);
  if (!d.kind) add("kind", "can't be blank");
  else if (!KINDS.has(d.kind)) add("kind", "is not included in the list");
  if (!d.start_at) add("start_at", "can't be blank");
  if (!d.end_at) add("end_at", "can't be blank");
  if (d.start_at && d.end_at && Date.parse(d.end_at) <= Date.parse(d.start_at)) add("end_at", "must be after start_at");
  // Rails `belongs_to` reports a missing or unknown association under its name, not the `_id` column.
  if (d.interviewee_id === null || !state.interviewees.has(d.interviewee_id)) add("interviewee", "must exist");
  if (d.interviewer_id === null || !state.interviewers.has(d.interviewer_id)) add("interviewer", "must exist");
  return errors;
}

/** DOC: amend requires `interview[amend_start_at]` and `interview[amend_end_at]`. */
export function validateAmend(start: string | null, end: string | null): ValidationErrors {
  const errors: ValidationErrors = {};
  if (!start) errors.amend_start_at = ["can't be blank"];
  if (!end) errors.amend_end_at = ["can't be blank"];
  if (start && end && Date.parse(end) <= Date.parse(start)) errors.amend_end_at = ["must be after amend_start_at"];
  return errors;
}

export const EMPTY_DRAFT: InterviewDraft = {
  kind: null, start_at: null, end_at: null, interviewee_id: null, interviewer_id: null, location: null,
};
