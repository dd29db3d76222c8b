import { expectEntity } from "../helpers/entities";
import { AssessmentKind, InviteStatus, Provider } from "../../src/domain/enums";
import { InvalidIdError } from "../../src/domain/ids";
import { parseId } from "../../src/providers/ids";
import { parseXobinDate } from "../../src/providers/xobin/dates";
import { assessmentFromId, toCreatedAiInvite as mapAiInviteCreated, toAiInvite as mapAiReport, toCreatedAssessmentInvite as mapAssessmentInviteCreated, toAssessmentInvite as mapAssessmentReport, toListedInvite as mapInvitedItem, toInviteStatus as mapInviteStatus } from "../../src/providers/xobin/mapper";
import aiInviteResponse from "../fixtures/xobin/ai-invite.response.json";
import aiInvited from "../fixtures/xobin/ai-invited.json";
import aiReportCompleted from "../fixtures/xobin/ai-report.completed.json";
import assessmentInviteResponse from "../fixtures/xobin/assessment-invite.response.json";
import assessmentReportCompleted from "../fixtures/xobin/assessment-report.completed.json";
import assessmentReportNotCompleted from "../fixtures/xobin/assessment-report.not-completed.json";

describe("Xobin invite status table", () => {
  it.each([
    ["Pending", InviteStatus.PENDING],
    ["Started", InviteStatus.STARTED],
    ["Completed", InviteStatus.COMPLETED],
    ["Revoked", InviteStatus.REVOKED],
    ["Expired", InviteStatus.EXPIRED],
    ["Invite Link created", InviteStatus.PENDING],
    ["completed", InviteStatus.COMPLETED],
  ])("maps %s to %s and keeps the raw value", (raw, expected) => {
    expect(mapInviteStatus(raw)).toEqual({ status: expected, providerStatus: raw });
  });

  it("maps an unknown value to UNKNOWN, keeping it in providerStatus", () => {
    expect(mapInviteStatus("On Hold")).toEqual({ status: InviteStatus.UNKNOWN, providerStatus: "On Hold" });
  });

  it("maps a missing status to UNKNOWN without inventing a raw value", () => {
    expect(mapInviteStatus(undefined)).toEqual({ status: InviteStatus.UNKNOWN, providerStatus: null });
  });
});

describe("Xobin dates", () => {
  it.each([
    ["Jul 05, 2025, 4:42:45 AM", "2025-07-05T04:42:45.000Z"],
    ["Jul 05, 2025, 12:05:00 AM", "2025-07-05T00:05:00.000Z"],
    ["Jul 05, 2025, 12:05:00 PM", "2025-07-05T12:05:00.000Z"],
    ["Dec 31, 2025, 11:59:59 PM", "2025-12-31T23:59:59.000Z"],
    ["2025-01-15 10:32:45", "2025-01-15T10:32:45.000Z"],
    ["Thu, 10 Jul 2025 11:52:57 GMT", "2025-07-10T11:52:57.000Z"],
  ])("reads %s as UTC", (raw, iso) => {
    expect(parseXobinDate(raw)?.toISOString()).toBe(iso);
  });

  it("reads the webhook form as UTC even where the runtime's parser would use local time", () => {
    // Stands in for a server in UTC+05:30: V8 reads "Jul 05, 2025, 4:42:45 AM" in the local zone.
    const realParse = Date.parse;
    const spy = jest.spyOn(Date, "parse").mockImplementation((s: string) => realParse(s) - (/^[A-Z][a-z]{2} /.test(s) ? 19_800_000 : 0));
    try {
      expect(parseXobinDate("Jul 05, 2025, 4:42:45 AM")?.toISOString()).toBe("2025-07-05T04:42:45.000Z");
    } finally {
      spy.mockRestore();
    }
  });

  it.each([null, undefined, "", "not a date", "Feb 30, 2025, 1:00:00 AM", "Jul 05, 2025, 13:00:00 PM"])("reads %p as null", (raw) => {
    expect(parseXobinDate(raw)).toBeNull();
  });
});

describe("mapAiReport (completed report fixture)", () => {
  const invite = mapAiReport(aiReportCompleted);

  it("builds a class instance with a global id and the raw status", () => {
    expectEntity(invite, "Invite");
    expect(invite).toMatchObject({
      id: "xobin:ai-invite:7421",
      provider: Provider.XOBIN,
      providerId: "7421",
      status: InviteStatus.COMPLETED,
      providerStatus: "Completed",
      externalId: "CAND-2025-001",
      reportUrl: "https://yourdomain.xobin.com/app/copilot/report/7421",
    });
  });

  it("keeps the score but no maxScore, the scale being undocumented", () => {
    expect(invite.score).toBe(82);
    expect(invite.maxScore).toBeNull();
  });

  it("converts completed_date to a UTC date", () => {
    expect(invite.completedAt?.toISOString()).toBe("2025-07-05T04:42:45.000Z");
  });

  it("carries the candidate and the AI interview with its name", () => {
    expectEntity(invite.candidate, "Candidate");
    expect(invite.candidate).toEqual({
      id: "hiregraph:candidate:d46c1ca4189726b8368a240a0ec5c132",
      provider: Provider.XOBIN,
      providerId: null,
      name: "alex tanaka",
      email: "alex.tnk@example.com",
      phone: null,
    });
    expectEntity(invite.assessment, "Assessment");
    expect(invite.assessment).toMatchObject({ id: "xobin:ai-interview:305", providerId: "305", name: "Senior Data Engineer", kind: AssessmentKind.AI_INTERVIEW });
  });

  it("maps an incomplete report's nulls to nulls", () => {
    const pending = mapAiReport({ ...aiReportCompleted, invite_status: "Started", score: null, completed_date: null, report_link: null });
    expect(pending).toMatchObject({ status: InviteStatus.STARTED, score: null, completedAt: null, reportUrl: null });
  });
});

describe("mapAssessmentReport", () => {
  it("reads the completed shape, with overall_percentage out of 100", () => {
    const invite = mapAssessmentReport(assessmentReportCompleted);
    expectEntity(invite, "Invite");
    expect(invite).toMatchObject({
      id: "xobin:assessment-invite:2196823",
      providerId: "2196823",
      status: InviteStatus.COMPLETED,
      score: 76.5,
      maxScore: 100,
      reportUrl: assessmentReportCompleted.report_link,
      candidate: { name: "Emily Carter", email: "emily.carter@example.com" },
      assessment: { id: "xobin:assessment:53280", name: null, kind: AssessmentKind.SKILLS_TEST },
    });
    expect(invite.completedAt?.toISOString()).toBe("2025-01-22T05:17:46.000Z");
  });

  it("reads the not-completed shape with no score, report or date", () => {
    const invite = mapAssessmentReport(assessmentReportNotCompleted);
    expect(invite).toMatchObject({ status: InviteStatus.PENDING, providerStatus: "Pending", score: null, maxScore: null, reportUrl: null, completedAt: null });
  });
});

describe("mapInvitedItem", () => {
  it("reads list items, which name no candidate", () => {
    const [pending, completed] = aiInvited.map(mapInvitedItem);
    expectEntity(pending, "Invite");
    expect(pending).toMatchObject({ id: "xobin:ai-invite:7401", status: InviteStatus.PENDING, candidate: { name: null, email: null } });
    expect(completed).toMatchObject({ id: "xobin:ai-invite:7403", status: InviteStatus.COMPLETED, assessment: { id: "xobin:ai-interview:305" } });
  });

  it("gives the nameless candidate Xobin's candidate_id as its id, so caches can still normalise it", () => {
    const [pending] = aiInvited.map(mapInvitedItem);
    expect(pending.candidate).toMatchObject({ id: "xobin:candidate:88001", provider: Provider.XOBIN, providerId: "88001" });
  });
});

describe("create answers", () => {
  it("reads the AI invite example answer as a PENDING invite with its link", () => {
    const invite = mapAiInviteCreated(aiInviteResponse);
    expectEntity(invite, "Invite");
    expect(invite).toMatchObject({
      id: "xobin:ai-invite:7421",
      status: InviteStatus.PENDING,
      providerStatus: "Invite Link created",
      inviteUrl: aiInviteResponse.invite_link,
      externalId: "CAND-2025-001",
      candidate: { name: "alex tanaka", email: "alex.tnk@example.com" },
      assessment: { id: "xobin:ai-interview:305", name: "Senior Data Engineer", kind: AssessmentKind.AI_INTERVIEW },
    });
  });

  it("reads the assessment invite answer", () => {
    const invite = mapAssessmentInviteCreated(assessmentInviteResponse);
    expect(invite).toMatchObject({
      id: "xobin:assessment-invite:2196900",
      status: InviteStatus.PENDING,
      inviteUrl: assessmentInviteResponse.invite_link,
      assessment: { id: "xobin:assessment:53280", name: null, kind: AssessmentKind.SKILLS_TEST },
    });
  });
});

describe("assessmentFromId", () => {
  it.each([
    ["xobin:ai-interview:305", AssessmentKind.AI_INTERVIEW],
    ["xobin:assessment:53280", AssessmentKind.SKILLS_TEST],
  ])("builds %s from the id alone", (id, kind) => {
    const assessment = assessmentFromId(parseId(id));
    expectEntity(assessment, "Assessment");
    expect(assessment).toMatchObject({ id, provider: Provider.XOBIN, name: null, kind });
  });

  it("refuses an invite id", () => {
    expect(() => assessmentFromId(parseId("xobin:ai-invite:7401"))).toThrow(InvalidIdError);
  });
});
