import { InterviewFormat } from "../../domain/enums";
import { InputError } from "../../domain/errors";
import type { InterviewFields } from "../adapter";
import { toIsoSeconds } from "../dates";
import type { DrvnInterviewKind, DrvnInterviewParams } from "./types";

/** Domain → DRVN request params: what createInterview and updateInterview send. */

/** The fields DRVN requires on create (DOC), by their hiregraph input names. `location` is optional. */
const CREATE_REQUIRED = ["format", "startAt", "endAt", "interviewerId", "candidateId"] as const;

/**
 * Builds the `interview` body of an update from only the fields given: absent (or null) fields are not
 * sent, so DRVN keeps its current values. Dates go out as ISO 8601 UTC without a fraction (DOC).
 * @example toDrvnParams({ location: "https://google.meet", startAt: new Date("2025-11-20T08:43:06.000Z") })
 *   // { location: "https://google.meet", start_at: "2025-11-20T08:43:06Z" }
 */
export function toDrvnParams(fields: InterviewFields): DrvnInterviewParams {
  const params: DrvnInterviewParams = {};
  if (fields.format != null) params.kind = toDrvnKind(fields.format);
  if (fields.startAt != null) params.start_at = toDrvnTime(fields.startAt, "startAt");
  if (fields.endAt != null) params.end_at = toDrvnTime(fields.endAt, "endAt");
  if (fields.candidateId != null) params.interviewee_id = toDrvnNumber(fields.candidateId, "candidateId");
  if (fields.interviewerId != null) params.interviewer_id = toDrvnNumber(fields.interviewerId, "interviewerId");
  if (fields.location != null) params.location = fields.location;
  return params;
}

/**
 * Like toDrvnParams, but first checks that every field DRVN requires on create is present.
 * @example toDrvnCreateParams({ format: InterviewFormat.IN_PERSON, startAt, endAt, interviewerId: "1040", candidateId: "295" })
 *   // { kind: "in_person", start_at: "…Z", end_at: "…Z", interviewee_id: 295, interviewer_id: 1040 }
 */
export function toDrvnCreateParams(fields: InterviewFields): DrvnInterviewParams {
  const missing = CREATE_REQUIRED.find((name) => fields[name] == null);
  if (missing) throw new InputError([missing], `${missing} is required to create a DRVN interview`);
  return toDrvnParams(fields);
}

/**
 * @example toDrvnKind(InterviewFormat.VIDEO_CALL) === "video_call"
 */
export function toDrvnKind(format: InterviewFormat): DrvnInterviewKind {
  if (format === InterviewFormat.VIDEO_CALL) return "video_call";
  if (format === InterviewFormat.IN_PERSON) return "in_person";
  throw new InputError(["format"], "format must be VIDEO_CALL or IN_PERSON for a DRVN interview");
}

function toDrvnTime(date: Date, field: string): string {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) throw new InputError([field], `${field} is not a valid date-time`);
  return toIsoSeconds(date);
}

/** DRVN ids are JSON integers in requests (DOC: `"interviewer_id": 1040`). */
function toDrvnNumber(id: string, field: string): number {
  const n = Number(id);
  if (!/^[1-9][0-9]*$/.test(id) || !Number.isSafeInteger(n)) throw new InputError([field], `${field} is not a valid DRVN id`);
  return n;
}
