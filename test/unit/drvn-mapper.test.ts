import { expectEntity } from "../helpers/entities";
import { ErrorCode, InterviewFormat, InterviewStatus, Provider } from "../../src/domain/enums";
import { InputError } from "../../src/domain/errors";
import { thrown } from "../helpers/caught";
import { classifyDrvnError } from "../../src/providers/drvn/errors";
import { drvnInterviewFormat, drvnInterviewStatus, toInterview as toDrvnInterview } from "../../src/providers/drvn/mapper";
import { toDrvnCreateParams, toDrvnKind, toDrvnParams } from "../../src/providers/drvn/requests";
import type { DrvnInterview } from "../../src/providers/drvn/types";
import type { Candidate, Grader } from "../../src/domain/entities";
import docRequest from "../fixtures/drvn/update-interview-request.json";
import docResponse from "../fixtures/drvn/update-interview-response.json";

const docInterview = docResponse.interview as DrvnInterview;
const withChanges = (changes: Partial<DrvnInterview>): DrvnInterview => ({ ...docInterview, ...changes });

describe("DRVN interview mapping (doc example of PATCH /api/v1/interviews/27)", () => {
  it("maps the documented answer to an Interview with global ids and UTC dates", () => {
    const interview = toDrvnInterview(docInterview);
    expectEntity(interview, "Interview");
    expect(interview).toMatchObject({
      id: "drvn:interview:27",
      provider: Provider.DRVN,
      providerId: "27",
      status: InterviewStatus.PENDING,
      providerStatus: "pending",
      format: InterviewFormat.VIDEO_CALL,
      location: "https://google.meet",
      proposedStartAt: null,
      proposedEndAt: null,
    });
    expect(interview.startAt?.toISOString()).toBe("2025-11-20T08:43:06.000Z");
    expect(interview.endAt?.toISOString()).toBe("2025-11-20T09:13:06.000Z");
  });

  it("maps the interviewer to a Grader and the interviewee's driver to a Candidate", () => {
    const { interviewer, candidate } = toDrvnInterview(docInterview);
    expectEntity(interviewer, "Grader");
    expect(interviewer).toEqual(
      ({ id: "drvn:grader:1040", provider: Provider.DRVN, providerId: "1040", name: "Patrick Waelchi", email: null, phone: null } satisfies Grader),
    );
    expectEntity(candidate, "Candidate");
    // The candidate id is the interviewee's (295), not the driver's (1036): it is what interviewee_id takes.
    expect(candidate).toEqual(
      ({ id: "drvn:candidate:295", provider: Provider.DRVN, providerId: "295", name: "Rodolfo Feil", email: null, phone: "123" } satisfies Candidate),
    );
  });

  it("keeps the interviewer's contact phone when DRVN has one", () => {
    const interview = toDrvnInterview(withChanges({ interviewer: { ...docInterview.interviewer, contact_phone_number: "+44 7700 900461" } }));
    expect(interview.interviewer?.phone).toBe("+44 7700 900461");
  });

  it("maps amend_start_at/amend_end_at to the proposed time, keeping the original start and end", () => {
    const interview = toDrvnInterview(
      withChanges({ status: "amended", amended_by: "interviewee", amend_start_at: "2025-11-26T13:00:00.000Z", amend_end_at: "2025-11-26T13:30:00.000Z" }),
    );
    expect(interview.status).toBe(InterviewStatus.RESCHEDULE_REQUESTED);
    expect(interview.proposedStartAt?.toISOString()).toBe("2025-11-26T13:00:00.000Z");
    expect(interview.proposedEndAt?.toISOString()).toBe("2025-11-26T13:30:00.000Z");
    expect(interview.startAt?.toISOString()).toBe("2025-11-20T08:43:06.000Z");
  });

  it("converts dates with an offset to UTC", () => {
    const interview = toDrvnInterview(withChanges({ start_at: "2025-11-20T09:43:06+01:00" }));
    expect(interview.startAt?.toISOString()).toBe("2025-11-20T08:43:06.000Z");
  });
});

describe("DRVN status and kind tables", () => {
  it.each([
    ["pending", InterviewStatus.PENDING],
    ["scheduled", InterviewStatus.SCHEDULED],
    ["rejected", InterviewStatus.DECLINED],
    ["amended", InterviewStatus.RESCHEDULE_REQUESTED],
    ["cancelled", InterviewStatus.CANCELLED],
    ["canceled", InterviewStatus.CANCELLED],
    ["on_hold", InterviewStatus.UNKNOWN],
    ["toString", InterviewStatus.UNKNOWN],
  ])("status %s → %s", (raw, expected) => {
    expect(drvnInterviewStatus(raw)).toBe(expected);
  });

  it("maps an unknown status to UNKNOWN and keeps the raw value", () => {
    const interview = toDrvnInterview(withChanges({ status: "no_show" }));
    expect(interview.status).toBe(InterviewStatus.UNKNOWN);
    expect(interview.providerStatus).toBe("no_show");
  });

  it.each([
    ["video_call", InterviewFormat.VIDEO_CALL],
    ["in_person", InterviewFormat.IN_PERSON],
    ["phone_call", InterviewFormat.UNKNOWN],
  ])("kind %s → %s", (raw, expected) => {
    expect(drvnInterviewFormat(raw)).toBe(expected);
  });
});

describe("DRVN request builders", () => {
  const docFields = {
    location: "https://google.meet",
    startAt: new Date("2025-11-20T08:43:06.000Z"),
    endAt: new Date("2025-11-20T09:13:06.000Z"),
    interviewerId: "1040",
    candidateId: "295",
  };

  it("builds exactly the doc's request body: integer ids, ISO UTC dates without a fraction", () => {
    expect({ interview: toDrvnParams(docFields) }).toEqual(docRequest);
  });

  it("sends only the fields given", () => {
    expect(toDrvnParams({ location: "https://meet.example.com/x" })).toEqual({ location: "https://meet.example.com/x" });
    expect(toDrvnParams({ endAt: new Date("2025-11-20T09:13:06.999Z") })).toEqual({ end_at: "2025-11-20T09:13:06Z" });
    expect(toDrvnParams({})).toEqual({});
  });

  it("maps formats to DRVN kinds and refuses UNKNOWN as an input error on `format`", () => {
    expect(toDrvnKind(InterviewFormat.VIDEO_CALL)).toBe("video_call");
    expect(toDrvnKind(InterviewFormat.IN_PERSON)).toBe("in_person");
    expect(() => toDrvnParams({ format: InterviewFormat.UNKNOWN })).toThrow(expect.objectContaining({ code: ErrorCode.INVALID_INPUT, field: ["format"] }));
  });

  it("refuses invalid dates and ids with the input field named", () => {
    expect(() => toDrvnParams({ startAt: new Date("nope") })).toThrow(expect.objectContaining({ field: ["startAt"] }));
    expect(() => toDrvnParams({ interviewerId: "99999999999999999999" })).toThrow(expect.objectContaining({ field: ["interviewerId"] }));
    expect(() => toDrvnParams({ candidateId: "abc" })).toThrow(expect.objectContaining({ field: ["candidateId"] }));
  });

  it("requires every documented create field except location", () => {
    const complete = { ...docFields, format: InterviewFormat.IN_PERSON };
    expect(toDrvnCreateParams(complete)).toEqual({ ...docRequest.interview, kind: "in_person" });
    for (const field of ["format", "startAt", "endAt", "interviewerId", "candidateId"] as const) {
      const error = captureError(() => toDrvnCreateParams({ ...complete, [field]: undefined }));
      expect(error).toBeInstanceOf(InputError);
      expect(error).toMatchObject({ field: [field] });
    }
    expect(toDrvnCreateParams({ ...complete, location: undefined })).not.toHaveProperty("location");
  });
});

describe("DRVN failure bodies (NOT documented; Rails conventions)", () => {
  it("turns a 422 errors object into a readable PROVIDER_REJECTED message", () => {
    const error = classifyDrvnError(422, { errors: { end_at: ["must be after start_at"], interviewer: ["must exist"] } });
    expect(error).toMatchObject({ code: ErrorCode.PROVIDER_REJECTED, status: 422, retryable: false });
    expect(error?.message).toBe("DRVN rejected the interview: end_at must be after start_at; interviewer must exist");
  });

  it("leaves other bodies to the generic rules", () => {
    expect(classifyDrvnError(401, { error: "You need to sign in or sign up before continuing." })).toBeUndefined();
    expect(classifyDrvnError(422, { errors: ["Kind can't be blank"] })).toBeUndefined();
    expect(classifyDrvnError(422, "Unprocessable")).toBeUndefined();
  });
});

const captureError = (fn: () => unknown) => thrown(fn, Error);
