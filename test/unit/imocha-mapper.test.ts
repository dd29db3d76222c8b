import { expectEntity } from "../helpers/entities";
import { AssessmentKind, InviteStatus, Provider } from "../../src/domain/enums";
import { parseId } from "../../src/providers/ids";
import type { CreateInviteRequest } from "../../src/providers/adapter";
import { imochaScore, toCreatedInvite as mapImochaCreatedInvite, toInvite as mapImochaReport, toInviteStatus as mapImochaStatus, toAssessment as mapImochaTest } from "../../src/providers/imocha/mapper";
import { toImochaInviteBody } from "../../src/providers/imocha/requests";
import type { ImochaReportDto } from "../../src/providers/imocha/types";
import inviteCreated from "../fixtures/imocha/invite-created.json";
import reportComplete from "../fixtures/imocha/report-complete.json";
import testsList from "../fixtures/imocha/tests-list.json";

const report = (over: Partial<ImochaReportDto>): ImochaReportDto => ({ ...(reportComplete as ImochaReportDto), ...over });

const request = (over: Partial<CreateInviteRequest> = {}): CreateInviteRequest => ({
  assessment: parseId("imocha:test:1001"),
  candidate: { name: "Ada Lovelace", email: "ada@example.com" },
  ...over,
});

describe("mapImochaReport (doc field list fixture)", () => {
  it("maps a completed report to an Invite instance with score, report link and both times", () => {
    const invite = mapImochaReport(reportComplete as ImochaReportDto);
    expectEntity(invite, "Invite");
    expectEntity(invite.assessment, "Assessment");
    expect(invite).toMatchObject({
      id: "imocha:invite:2932952",
      provider: Provider.IMOCHA,
      providerId: "2932952",
      status: InviteStatus.COMPLETED,
      providerStatus: "Complete",
      candidate: { id: "hiregraph:candidate:6559eecb044892b52c8b61651e304b44", provider: Provider.IMOCHA, providerId: null, name: null, email: "mei.chen@example.com" },
      assessment: { id: "imocha:test:1001", providerId: "1001", name: "JavaScript (Intermediate)", kind: AssessmentKind.SKILLS_TEST },
      score: 34,
      maxScore: 45,
      reportUrl: "https://reports.example.com/imocha/2932952.pdf",
    });
    expect(invite.startedAt?.toISOString()).toBe("2025-06-02T10:15:00.000Z");
    expect(invite.completedAt?.toISOString()).toBe("2025-06-02T10:15:00.000Z");
  });

  it("keeps an unknown status word and maps it to UNKNOWN", () => {
    const invite = mapImochaReport(report({ Status: "Under Review" }));
    expect(invite.status).toBe(InviteStatus.UNKNOWN);
    expect(invite.providerStatus).toBe("Under Review");
    expect(invite.completedAt).toBeNull();
  });

  it("maps a missing status to UNKNOWN without failing", () => {
    const invite = mapImochaReport(report({ Status: null }));
    expect(invite.status).toBe(InviteStatus.UNKNOWN);
    expect(invite.providerStatus).toBeNull();
  });

  it("gives no completion time while the attempt is in progress", () => {
    const invite = mapImochaReport(report({ Status: "In Progress", attemptedOn: "2025-06-03T14:05:00Z" }));
    expect(invite.startedAt?.toISOString()).toBe("2025-06-03T14:05:00.000Z");
    expect(invite.completedAt).toBeNull();
  });

  it.each([
    ["2025-06-02T10:15:00Z", "2025-06-02T10:15:00.000Z"],
    ["2020-10-09T13:21:53", "2020-10-09T13:21:53.000Z"],
    ["2025-06-02T15:45:00+05:30", "2025-06-02T10:15:00.000Z"],
  ])("reads attemptedOn %s as UTC %s", (attemptedOn, iso) => {
    expect(mapImochaReport(report({ attemptedOn })).startedAt?.toISOString()).toBe(iso);
  });

  it("turns an unparseable or absent attemptedOn into null rather than an invalid date", () => {
    expect(mapImochaReport(report({ attemptedOn: "09-Oct-2020 06:51 PM" })).startedAt).toBeNull();
    expect(mapImochaReport(report({ attemptedOn: null })).startedAt).toBeNull();
  });

  it("has no assessment when the report names no test", () => {
    expect(mapImochaReport(report({ testId: null })).assessment).toBeNull();
  });
});

describe("mapImochaStatus", () => {
  it.each([
    ["Pending", InviteStatus.PENDING],
    ["In Progress", InviteStatus.STARTED],
    ["Inprogress", InviteStatus.STARTED],
    ["Complete", InviteStatus.COMPLETED],
    ["Completed", InviteStatus.COMPLETED],
    ["Test Left", InviteStatus.ABANDONED],
    ["TestLeft", InviteStatus.ABANDONED],
    ["Testleft", InviteStatus.ABANDONED],
    ["Terminated", InviteStatus.TERMINATED],
    ["Expired", InviteStatus.EXPIRED],
    ["Cancelled", InviteStatus.CANCELLED],
    ["Canceled", InviteStatus.CANCELLED],
    ["cancelled", InviteStatus.CANCELLED],
    ["Paused", InviteStatus.UNKNOWN],
    ["", InviteStatus.UNKNOWN],
  ])("%j → %s", (raw, status) => {
    expect(mapImochaStatus(raw)).toBe(status);
  });
});

describe("imochaScore", () => {
  it("prefers points", () => {
    expect(imochaScore({ candidatePoints: 9, totalTestPoints: 40, scorePercentage: 22.5 })).toEqual({ score: 9, maxScore: 40 });
  });
  it("falls back to the percentage out of 100 when points are absent", () => {
    expect(imochaScore({ candidatePoints: null, totalTestPoints: null, scorePercentage: 22.5 })).toEqual({ score: 22.5, maxScore: 100 });
  });
  it("is null when iMocha reports no score", () => {
    expect(imochaScore({})).toEqual({ score: null, maxScore: null });
  });
});

describe("mapImochaTest (3P list shape fixture)", () => {
  it("maps each test to a SKILLS_TEST Assessment", () => {
    const [js, sql] = testsList.tests.map(mapImochaTest);
    expectEntity(js, "Assessment");
    expect(js).toMatchObject({ id: "imocha:test:1001", provider: Provider.IMOCHA, providerId: "1001", name: "JavaScript (Intermediate)", kind: AssessmentKind.SKILLS_TEST });
    expect(sql.id).toBe("imocha:test:1002");
  });
});

describe("mapImochaCreatedInvite (doc 201 fixture)", () => {
  it("builds an Invite from the answer and the request, status UNKNOWN until its report is merged", () => {
    const expiresAt = new Date("2025-07-01T09:00:00.000Z");
    const invite = mapImochaCreatedInvite(inviteCreated, request({ expiresAt }));
    expectEntity(invite, "Invite");
    expect(invite).toMatchObject({
      id: "imocha:invite:2807324",
      providerId: "2807324",
      status: InviteStatus.UNKNOWN,
      providerStatus: null,
      inviteUrl: "https://test.imocha.io/IMInstructions?...",
      candidate: { name: "Ada Lovelace", email: "ada@example.com" },
      assessment: { id: "imocha:test:1001", kind: AssessmentKind.SKILLS_TEST },
      expiresAt,
    });
  });

  it("uses a status the answer carries (a re-invite of an attempted invitation)", () => {
    const invite = mapImochaCreatedInvite({ ...inviteCreated, status: "Complete" }, request());
    expect(invite.status).toBe(InviteStatus.COMPLETED);
    expect(invite.providerStatus).toBe("Complete");
  });
});

describe("toImochaInviteBody", () => {
  it("sends camelCase fields, 'yes'/'no', 0/1 and UTC dates without milliseconds", () => {
    const body = toImochaInviteBody(
      request({
        sendEmail: true,
        startsAt: new Date("2025-07-01T09:00:00.123Z"),
        expiresAt: new Date("2025-07-08T18:30:00.000Z"),
        imocha: { callbackUrl: "https://hooks.example.com/imocha", redirectUrl: "https://careers.example.com/done", timeZoneId: 1720, hideInstruction: true, proctoringMode: "image" },
      }),
    );
    expect(body).toEqual({
      email: "ada@example.com",
      name: "Ada Lovelace",
      sendEmail: "yes",
      startDateTime: "2025-07-01T09:00:00Z",
      endDateTime: "2025-07-08T18:30:00Z",
      callbackUrl: "https://hooks.example.com/imocha",
      redirectUrl: "https://careers.example.com/done",
      timeZoneId: 1720,
      hideInstruction: 1,
      ProctoringMode: "image",
    });
  });

  it.each([
    [undefined, "no"],
    [false, "no"],
    [true, "yes"],
  ])("sendEmail %s → %j (iMocha's default is no)", (sendEmail, wire) => {
    expect(toImochaInviteBody(request({ sendEmail })).sendEmail).toBe(wire);
  });

  it("sends hideInstruction false as 0 and leaves absent options out", () => {
    const body = toImochaInviteBody(request({ imocha: { hideInstruction: false } }));
    expect(body).toEqual({ email: "ada@example.com", name: "Ada Lovelace", sendEmail: "no", hideInstruction: 0 });
  });

  it("treats explicit nulls from GraphQL inputs as absent", () => {
    const nulls = { callbackUrl: null, redirectUrl: null, timeZoneId: null, hideInstruction: null, proctoringMode: null } as unknown as CreateInviteRequest["imocha"];
    const body = toImochaInviteBody(request({ externalId: null as unknown as undefined, imocha: nulls }));
    expect(body).toEqual({ email: "ada@example.com", name: "Ada Lovelace", sendEmail: "no" });
  });

  it("never sends externalId, which iMocha cannot store (hiregraph's record keeps it)", () => {
    const body = toImochaInviteBody(request({ externalId: "req-42" }));
    expect(body).toEqual({ email: "ada@example.com", name: "Ada Lovelace", sendEmail: "no" });
  });

  it("refuses an undocumented proctoring mode", () => {
    expect(() => toImochaInviteBody(request({ imocha: { proctoringMode: "audio" } }))).toThrow(
      expect.objectContaining({ code: "INVALID_INPUT", field: ["imocha", "proctoringMode"] }),
    );
  });
});
