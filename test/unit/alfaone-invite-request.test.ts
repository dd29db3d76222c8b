import { ErrorCode, InviteStatus } from "../../src/domain/enums";
import { thrown } from "../helpers/caught";
import { InputError } from "../../src/domain/errors";
import { parseId } from "../../src/providers/ids";
import type { CreateInviteRequest } from "../../src/providers/adapter";
import { toCreateInviteBody, toExpiresInDays, toListInvitesQuery, toStatusFilter } from "../../src/providers/alfaone/requests";

const ASSESSMENT = "5b0f8d7e-2a41-4c3e-9d6b-1f7a8e2c4b90";
const NOW = new Date("2026-11-25T12:00:00.000Z");
const HOUR = 3_600_000;
const base: CreateInviteRequest = {
  assessment: parseId(`alfaone:assessment:${ASSESSMENT}`),
  candidate: { name: "Ana Silva", email: "ana.silva@example.com" },
};

/** The body as it goes on the wire (undefined members are not sent). */
const wire = (req: CreateInviteRequest) => JSON.parse(JSON.stringify(toCreateInviteBody(req, NOW)));

const inputError = (fn: () => unknown) => thrown(fn, InputError);

describe("AlfaOne create-invite body", () => {
  it("sends only the assessment and email by default, never the candidate's name (AlfaOne has no field for it)", () => {
    expect(wire(base)).toEqual({ assessmentId: ASSESSMENT, recipientEmail: "ana.silva@example.com" });
    expect(wire({ ...base, sendEmail: true })).toEqual({ assessmentId: ASSESSMENT, recipientEmail: "ana.silva@example.com" });
  });

  it("never sends externalId, which AlfaOne cannot store (hiregraph's record keeps it)", () => {
    expect(wire({ ...base, externalId: "req-42" })).toEqual({ assessmentId: ASSESSMENT, recipientEmail: "ana.silva@example.com" });
  });

  it("passes the AlfaOne options and completes partial proctoring settings with the documented default true", () => {
    const body = wire({ ...base, alfaone: { questionReplayLimit: 2, answerRecordLimit: 3, webcamMonitoring: false } });
    expect(body).toMatchObject({
      questionReplayLimit: 2,
      answerRecordLimit: 3,
      proctoringSettings: { screenRecording: true, webcamMonitoring: false, requireIdCapture: true },
    });
  });

  it.each([
    [{ sendEmail: false }, ["sendEmail"], /always emails/],
    [{ startsAt: new Date("2026-12-01T00:00:00Z") }, ["startsAt"], /no start time/],
    [{ expiresAt: new Date(NOW.getTime() - 1) }, ["expiresAt"], /future/],
    [{ alfaone: { questionReplayLimit: 0 } }, ["alfaone", "questionReplayLimit"], /at least 1/],
    [{ alfaone: { answerRecordLimit: 1.5 } }, ["alfaone", "answerRecordLimit"], /at least 1/],
    [{ assessment: parseId(`alfaone:invite:${ASSESSMENT}`) }, ["assessmentId"], /alfaone:assessment/],
    [{ assessment: parseId("imocha:test:1234") }, ["assessmentId"], /alfaone:assessment/],
  ] as Array<[Partial<CreateInviteRequest>, string[], RegExp]>)("refuses %p on field %p", (extra, field, message) => {
    const err = inputError(() => toCreateInviteBody({ ...base, ...extra }, NOW));
    expect(err.code).toBe(ErrorCode.INVALID_INPUT);
    expect(err.field).toEqual(field);
    expect(err.message).toMatch(message);
  });
});

describe("AlfaOne expiresInDays", () => {
  it.each([
    [1 / 60, 1],
    [24, 1],
    [24.001, 2],
    [36, 2],
    [24 * 30, 30],
  ])("rounds %p hours from now up to %p whole days", (hours, days) => {
    expect(toExpiresInDays(new Date(NOW.getTime() + hours * HOUR), NOW)).toBe(days);
  });

  it("refuses now, the past and invalid dates", () => {
    expect(inputError(() => toExpiresInDays(NOW, NOW)).field).toEqual(["expiresAt"]);
    expect(inputError(() => toExpiresInDays(new Date("2020-01-01T00:00:00Z"), NOW)).field).toEqual(["expiresAt"]);
    expect(inputError(() => toExpiresInDays(new Date("nope"), NOW)).field).toEqual(["expiresAt"]);
  });

  it("puts the rounded days in the body", () => {
    expect(wire({ ...base, expiresAt: new Date(NOW.getTime() + 36 * HOUR) }).expiresInDays).toBe(2);
  });
});

describe("AlfaOne list-invites query", () => {
  it.each([
    [InviteStatus.PENDING, "pending"],
    [InviteStatus.ACCEPTED, "accepted"],
    [InviteStatus.STARTED, "started"],
    [InviteStatus.COMPLETED, "completed"],
    [InviteStatus.EXPIRED, "expired"],
    [InviteStatus.REVOKED, "revoked"],
  ])("filters %s as %s", (status, word) => {
    expect(toStatusFilter(status)).toBe(word);
  });

  it.each([InviteStatus.CANCELLED, InviteStatus.ABANDONED, InviteStatus.TERMINATED, InviteStatus.UNKNOWN])(
    "refuses %s, which AlfaOne lacks, listing the allowed statuses",
    (status) => {
      const err = inputError(() => toStatusFilter(status));
      expect(err.field).toEqual(["status"]);
      expect(err.message).toContain("PENDING, ACCEPTED, STARTED, COMPLETED, EXPIRED, REVOKED");
    },
  );

  it("maps the assessment id and status to AlfaOne's own filters and passes page and limit through", () => {
    const query = toListInvitesQuery({ page: 2, limit: 3, assessment: base.assessment, status: InviteStatus.REVOKED });
    expect(query).toEqual({ page: 2, limit: 3, assessmentId: ASSESSMENT, status: "revoked" });
    expect(JSON.parse(JSON.stringify(toListInvitesQuery({ page: 1, limit: 20 })))).toEqual({ page: 1, limit: 20 });
  });

  it("refuses an assessment filter that is not an alfaone:assessment id", () => {
    const err = inputError(() => toListInvitesQuery({ page: 1, limit: 3, assessment: parseId(`alfaone:invite:${ASSESSMENT}`) }));
    expect(err.field).toEqual(["assessmentId"]);
  });
});
