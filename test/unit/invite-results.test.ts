import { toInvite as mapImochaReport } from "../../src/providers/imocha/mapper";
import type { ImochaReportDto } from "../../src/providers/imocha/types";
import { toInvite } from "../../src/providers/alfaone/mapper";
import { inviteResult, sectionScore } from "../../src/providers/result";
import { toAiInvite as mapAiReport, toAssessmentInvite as mapAssessmentReport } from "../../src/providers/xobin/mapper";
import type { XobinAiReport, XobinAssessmentReport } from "../../src/providers/xobin/types";
import type { InviteResult, SectionScore } from "../../src/domain/entities";
import getInvite from "../fixtures/alfaone/get-invite.json";
import reportComplete from "../fixtures/imocha/report-complete.json";
import aiReportCompleted from "../fixtures/xobin/ai-report.completed.json";
import assessmentReportCompleted from "../fixtures/xobin/assessment-report.completed.json";
import assessmentReportNotCompleted from "../fixtures/xobin/assessment-report.not-completed.json";

describe("inviteResult: the one place percent is derived", () => {
  it("computes percent from points where the scale is known, to two decimals", () => {
    expect(inviteResult({ score: 34, maxScore: 45 })).toMatchObject({ score: 34, maxScore: 45, percent: 75.56 });
  });

  it("prefers the provider's own percentage over a computed one", () => {
    expect(inviteResult({ score: 34, maxScore: 45, percent: 75.5 })?.percent).toBe(75.5);
  });

  it("leaves percent null where the scale is unknown or zero", () => {
    expect(inviteResult({ score: 82, maxScore: null })?.percent).toBeNull();
    expect(inviteResult({ score: 0, maxScore: 0 })?.percent).toBeNull();
  });

  it("is null when nothing is reported, and drops non-numbers and blank links", () => {
    expect(inviteResult({ score: null, sections: [], recommendation: " ", reportUrl: "" })).toBeNull();
    expect(inviteResult({ score: Number.NaN })).toBeNull();
    const onlyLink = inviteResult({ reportUrl: "https://example.com/r" });
    expect(Object.getPrototypeOf(onlyLink)).toBe(Object.prototype);
    expect(onlyLink).toMatchObject({ score: null, percent: null, sections: [], reportUrl: "https://example.com/r" });
  });

  it("builds section scores as SectionScore instances", () => {
    expect(sectionScore("SQL", 73, 100)).toEqual(({ name: "SQL", score: 73, maxScore: 100, group: null } satisfies SectionScore));
  });
});

describe("Xobin results (report fixtures after the documented field lists)", () => {
  it("reads an AI interview's score, skills and recommendation, with no scale and so no percent", () => {
    const { result, score, maxScore, reportUrl } = mapAiReport(aiReportCompleted as XobinAiReport);
    expect(result).toEqual(
      ({
        score: 82,
        maxScore: null,
        percent: null,
        recommendation: "Recommended",
        reportUrl: "https://yourdomain.xobin.com/app/copilot/report/7421",
        sections: [sectionScore("Data modelling", 8, null, "must_haves"), sectionScore("Terraform", 7, null, "nice_to_haves")],
      } satisfies InviteResult),
    );
    // The flat fields stay and agree with the result.
    expect({ score, maxScore, reportUrl }).toEqual({ score: result?.score, maxScore: result?.maxScore, reportUrl: result?.reportUrl });
  });

  it("reads an assessment's overall and section percentages on a scale of 100", () => {
    const { result } = mapAssessmentReport(assessmentReportCompleted as XobinAssessmentReport);
    expect(result).toMatchObject({ score: 76.5, maxScore: 100, percent: 76.5, recommendation: null, sections: [{ name: "Python", score: 80, maxScore: 100, group: null }] });
  });

  it("has no result for an assessment not yet completed", () => {
    expect(mapAssessmentReport(assessmentReportNotCompleted as XobinAssessmentReport).result).toBeNull();
  });

  it("has no result for an AI interview report with nothing in it yet", () => {
    const unfinished = { ...aiReportCompleted, score: null, recommendation: null, report_link: null, skill_wise_scores: null, invite_status: "Started" };
    expect(mapAiReport(unfinished as XobinAiReport).result).toBeNull();
  });
});

describe("iMocha result (report fixture after the documented field list)", () => {
  it("reads candidatePoints of totalTestPoints, iMocha's percentage and each section's points", () => {
    const { result } = mapImochaReport(reportComplete as ImochaReportDto);
    expect(result).toMatchObject({
      score: 34,
      maxScore: 45,
      percent: 75.56,
      recommendation: null,
      reportUrl: "https://reports.example.com/imocha/2932952.pdf",
      sections: [
        { name: "Language fundamentals", score: 17, maxScore: 20 },
        { name: "Async and the event loop", score: 11, maxScore: 15 },
        { name: "DOM and browser APIs", score: 6, maxScore: 10 },
      ],
    });
  });

  it("computes the percentage from points when iMocha leaves scorePercentage out", () => {
    const { result } = mapImochaReport({ ...(reportComplete as ImochaReportDto), scorePercentage: null, candidatePoints: 9, totalTestPoints: 40 });
    expect(result?.percent).toBe(22.5);
  });

  it("has no result before an attempt", () => {
    const pending = { testInvitationId: 2932950, testId: "1001", Status: "Pending", sections: [] } as ImochaReportDto;
    expect(mapImochaReport(pending).result).toBeNull();
  });
      });

      describe("AlfaOne result", () => {
  it("is always null: AlfaOne documents no results, scores or recordings", () => {
    expect(toInvite(getInvite).result).toBeNull();
  });
      });
