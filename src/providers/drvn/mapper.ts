import { InterviewFormat, InterviewStatus, Provider } from "../../domain/enums";
import { identity } from "../../domain/ids";
import type { Candidate, Grader, ProviderInterview } from "../../domain/entities";
import type { DrvnDriver, DrvnInterviewDetails } from "../../domain/details";
import { toCandidate } from "../candidate";
import { parseUtc } from "../dates";
import type { DrvnInterview, DrvnInterviewee, DrvnInterviewer } from "./types";

/**
 * `interview.status` → InterviewStatus. The docs show pending, scheduled, rejected and amended; `cancelled`
 * (and the US spelling) is INF — never seen, mapped in case DRVN has it. Anything else is UNKNOWN.
 */
const STATUS: Readonly<Record<string, InterviewStatus>> = {
  pending: InterviewStatus.PENDING,
  scheduled: InterviewStatus.SCHEDULED,
  rejected: InterviewStatus.DECLINED,
  amended: InterviewStatus.RESCHEDULE_REQUESTED,
  cancelled: InterviewStatus.CANCELLED,
  canceled: InterviewStatus.CANCELLED,
};

/** `interview.kind` → InterviewFormat. The two values seen in the docs. */
const FORMAT: Readonly<Record<string, InterviewFormat>> = {
  video_call: InterviewFormat.VIDEO_CALL,
  in_person: InterviewFormat.IN_PERSON,
};

/**
 * @example drvnInterviewStatus("amended") === InterviewStatus.RESCHEDULE_REQUESTED
 * @example drvnInterviewStatus("on_hold") === InterviewStatus.UNKNOWN
 */
export function drvnInterviewStatus(raw: string | null | undefined): InterviewStatus {
  return (raw && Object.hasOwn(STATUS, raw) && STATUS[raw]) || InterviewStatus.UNKNOWN;
}

/**
 * @example drvnInterviewFormat("in_person") === InterviewFormat.IN_PERSON
 * @example drvnInterviewFormat("phone") === InterviewFormat.UNKNOWN
 */
export function drvnInterviewFormat(raw: string | null | undefined): InterviewFormat {
  return (raw && Object.hasOwn(FORMAT, raw) && FORMAT[raw]) || InterviewFormat.UNKNOWN;
}

/**
 * @example toDrvnGrader({ id: 1040, contact_phone_number: null, image: null, title: "Patrick Waelchi" })
 *   // Grader { id: "drvn:grader:1040", providerId: "1040", name: "Patrick Waelchi", email: null, phone: null }
 */
export function toDrvnGrader(dto: DrvnInterviewer): Grader {
  return {
    ...identity(Provider.DRVN, "grader", dto.id),
    name: dto.title ?? null,
    // DRVN shares no interviewer email.
    email: null,
    phone: dto.contact_phone_number ?? null,
  } satisfies Grader;
}

/**
 * The candidate id is the interviewee's (the application), not the driver's: it is what `interviewee_id`
 * takes on create and update.
 * @example toDrvnCandidate({ id: 295, driver: { id: 1036, image: null, phone_number: "123", title: "Rodolfo Feil" }, kind: "verified", updated_at: "…" })
 *   // Candidate { id: "drvn:candidate:295", provider: "DRVN", providerId: "295", name: "Rodolfo Feil", email: null, phone: "123" }
 */
export function toDrvnCandidate(dto: DrvnInterviewee): Candidate {
  // DRVN shares no driver email.
  return toCandidate(Provider.DRVN, { name: dto.driver?.title, email: null, phone: dto.driver?.phone_number }, dto.id);
}

/**
 * The interview's documented fields with no common Interview field: who amended it, and the interviewee's
 * stage, currency and driver record.
 * @example toDrvnDetails({ amended_by: "interviewee", interviewee: { id: 295, currency: "GBP", kind: "verified", updated_at: "2025-11-20T08:13:06.209Z", driver: { id: 1036, image: null, phone_number: "123", title: "Rodolfo Feil" } }, … })
 *   // DrvnInterviewDetails { amendedBy: "interviewee", intervieweeStage: "verified", currency: "GBP", driver: { id: "1036", name: "Rodolfo Feil", phoneNumber: "123", imageUrl: null }, … }
 */
export function toDrvnDetails(dto: DrvnInterview): DrvnInterviewDetails {
  const interviewee = dto.interviewee ?? null;
  const driver = interviewee?.driver;
  return {
    __typename: "DrvnInterviewDetails",
    amendedBy: dto.amended_by ?? null,
    intervieweeStage: interviewee?.kind ?? null,
    currency: interviewee?.currency ?? null,
    intervieweeUpdatedAt: parseUtc(interviewee?.updated_at),
    driver:
      driver && driver.id !== undefined && driver.id !== null
        ? ({ id: String(driver.id), name: driver.title ?? null, phoneNumber: driver.phone_number ?? null, imageUrl: driver.image ?? null } satisfies DrvnDriver)
        : null,
  } satisfies DrvnInterviewDetails;
}

/**
 * Maps the interview object every DRVN endpoint answers with. `amend_*` is the interviewee's proposed new
 * time (DOC: the original `start_at`/`end_at` are kept while `amended`).
 * @example toInterview(fixture.interview)
 *   // Interview { id: "drvn:interview:27", status: PENDING, providerStatus: "pending", format: VIDEO_CALL,
 *   //   startAt: 2025-11-20T08:43:06.000Z, endAt: 2025-11-20T09:13:06.000Z, location: "https://google.meet", … }
 */
export function toInterview(dto: DrvnInterview): ProviderInterview {
  return {
    ...identity(Provider.DRVN, "interview", dto.id),
    status: drvnInterviewStatus(dto.status),
    providerStatus: dto.status ?? null,
    format: drvnInterviewFormat(dto.kind),
    startAt: parseUtc(dto.start_at),
    endAt: parseUtc(dto.end_at),
    location: dto.location ?? null,
    proposedStartAt: parseUtc(dto.amend_start_at),
    proposedEndAt: parseUtc(dto.amend_end_at),
    interviewer: dto.interviewer ? toDrvnGrader(dto.interviewer) : null,
    candidate: dto.interviewee ? toDrvnCandidate(dto.interviewee) : null,
    externalId: null,
    details: toDrvnDetails(dto),
  } satisfies ProviderInterview;
}
