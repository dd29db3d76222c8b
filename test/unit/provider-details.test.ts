import { decode, encode } from "../../src/shared-state/codec";
import { toInvite } from "../../src/providers/alfaone/mapper";
import { toInterview as toDrvnInterview } from "../../src/providers/drvn/mapper";
import type { DrvnInterview } from "../../src/providers/drvn/types";
import { toInvite as mapImochaReport } from "../../src/providers/imocha/mapper";
import type { ImochaReportDto } from "../../src/providers/imocha/types";
import { toCreatedAiInvite as mapAiInviteCreated, toAiInvite as mapAiReport, toAssessmentInvite as mapAssessmentReport } from "../../src/providers/xobin/mapper";
import type { XobinAiInviteResponse, XobinAiReport, XobinAssessmentReport } from "../../src/providers/xobin/types";
import type { AlfaOneInviteDetails, ImochaInviteDetails, InviteDetails, XobinAiInterviewDetails } from "../../src/domain/details";
import getInvite from "../fixtures/alfaone/get-invite.json";
import listInvites from "../fixtures/alfaone/list-invites.json";
import docResponse from "../fixtures/drvn/update-interview-response.json";
import reportComplete from "../fixtures/imocha/report-complete.json";
import aiInviteResponse from "../fixtures/xobin/ai-invite.response.json";
import aiReportCompleted from "../fixtures/xobin/ai-report.completed.json";
import assessmentReportCompleted from "../fixtures/xobin/assessment-report.completed.json";

describe("AlfaOne invite details (get-invite doc example)", () => {
  it("keeps the replay and recording limits, proctoring, custom message and acceptedAt", () => {
    const details = toInvite(getInvite).details;
    expect(details?.__typename).toBe("AlfaOneInviteDetails");
    expect(details).toMatchObject({
      questionReplayLimit: 123,
      answerRecordLimit: 123,
      proctoringSettings: { screenRecording: true, webcamMonitoring: true, requireIdCapture: true },
      customMessage: "<string>",
    });
    expect((details as AlfaOneInviteDetails).acceptedAt?.toISOString()).toBe("2023-11-07T05:31:56.000Z");
  });

  it("leaves what a list item omits null instead of inventing it", () => {
    const details = toInvite(listInvites.invites[0]).details as AlfaOneInviteDetails;
    expect(details.proctoringSettings).toBeNull();
    expect(details.customMessage).toBeNull();
    expect(details.questionReplayLimit).toBe(listInvites.invites[0].questionReplayLimit);
  });
});

describe("Xobin details (report fixtures after the documented field lists)", () => {
  it("reads an AI interview's candidate id, integrity score, recommendation, summary, PDF and recordings", () => {
    const details = mapAiReport(aiReportCompleted as XobinAiReport).details;
    expect(details?.__typename).toBe("XobinAiInterviewDetails");
    expect(details).toMatchObject({
      candidateId: "88003",
      integrityScore: 9.1,
      recommendation: "Recommended",
      summary: "Explained partitioning and late-arriving data clearly.",
      pdfUrl: "https://yourdomain.xobin.com/app/copilot/report/7421.pdf",
      recordings: [
        { session: "session1", url: "https://yourdomain.xobin.com/app/copilot/report/7421/recording/1" },
        { session: "session2", url: "https://yourdomain.xobin.com/app/copilot/report/7421/recording/2" },
      ],
    });
  });

  it("accepts recordings keyed the submission webhook's way and skips empty ones", () => {
    const dto = { ...aiReportCompleted, interview_recording: { "1755695988585": "https://x.example/r1", "1755695999999": null } };
    expect((mapAiReport(dto as unknown as XobinAiReport).details as XobinAiInterviewDetails).recordings).toEqual([
      { session: "1755695988585", url: "https://x.example/r1" },
    ]);
  });

  it("reads an assessment's cut-off, off-tab count, registration answers and skill percentages", () => {
    const details = mapAssessmentReport(assessmentReportCompleted as XobinAssessmentReport).details;
    expect(details?.__typename).toBe("XobinAssessmentDetails");
    expect(details).toMatchObject({
      candidateId: "99003",
      cutOff: 60,
      offTabCount: 1,
      registrationFields: [{ label: "Years of experience", value: "4" }],
      skills: [{ name: "Data structures", score: 80, maxScore: 100, group: "Python" }],
    });
  });

  it("has no details on a create answer, which carries none of these fields", () => {
    expect(mapAiInviteCreated(aiInviteResponse as XobinAiInviteResponse).details).toBeNull();
  });
});

describe("iMocha details (report fixture)", () => {
  it("reads PerformanceCategory and every section with scores, question count and timing", () => {
    const details = mapImochaReport(reportComplete as ImochaReportDto).details as ImochaInviteDetails;
    expect(details?.__typename).toBe("ImochaInviteDetails");
    expect(details.performanceCategory).toBe("Intermediate");
    expect(details.sections).toHaveLength(3);
    expect(details.sections[0]).toEqual(
      expect.objectContaining({ sectionId: "501", name: "Language fundamentals", score: 17, maxScore: 20, questionCount: 10, minutesAllowed: 15, secondsTaken: 742 }),
    );
  });

  it("turns a fractional count into null rather than failing the Int field", () => {
    const sections = [{ ...reportComplete.sections[0], sectionTimeTaken: 741.5 }];
    const details = mapImochaReport({ ...(reportComplete as ImochaReportDto), sections }).details as ImochaInviteDetails;
    expect(details.sections[0].secondsTaken).toBeNull();
  });
});

describe("DRVN interview details (doc example of PATCH /api/v1/interviews/27)", () => {
  const doc = docResponse.interview as DrvnInterview;

  it("reads the interviewee's stage, currency, update time and driver record", () => {
    const details = toDrvnInterview(doc).details;
    expect(details?.__typename).toBe("DrvnInterviewDetails");
    expect(details).toMatchObject({
      amendedBy: null,
      intervieweeStage: "verified",
      currency: "GBP",
      driver: { id: "1036", name: "Rodolfo Feil", phoneNumber: "123", imageUrl: null },
    });
    expect(details?.intervieweeUpdatedAt?.toISOString()).toBe("2025-11-20T08:13:06.209Z");
  });

  it("reads amended_by once the interviewee amends, and tolerates snapshots without currency", () => {
    const { currency: _dropped, ...olderInterviewee } = doc.interviewee;
    const details = toDrvnInterview({ ...doc, status: "amended", amended_by: "interviewee", interviewee: olderInterviewee }).details;
    expect(details).toMatchObject({ amendedBy: "interviewee", currency: null });
  });
});

describe("details survive a JSON round trip (idempotent replays from Redis)", () => {
  it("keeps the member type name, which is what the union resolves by", () => {
    const members: InviteDetails[] = [
      toInvite(getInvite).details!,
      mapAiReport(aiReportCompleted as XobinAiReport).details!,
      mapAssessmentReport(assessmentReportCompleted as XobinAssessmentReport).details!,
      mapImochaReport(reportComplete as ImochaReportDto).details!,
    ];
    const names = members.map((m) => decode<{ __typename: string }>(encode(m)).__typename);
    expect(names).toEqual(["AlfaOneInviteDetails", "XobinAiInterviewDetails", "XobinAssessmentDetails", "ImochaInviteDetails"]);
  });
});
