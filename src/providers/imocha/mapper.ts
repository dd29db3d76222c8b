import { AssessmentKind, InviteStatus, Provider } from "../../domain/enums";
import { identity } from "../../domain/ids";
import type { Assessment, ProviderInvite, InviteResult } from "../../domain/entities";
import type { ImochaInviteDetails, ImochaSection } from "../../domain/details";
import type { CreateInviteRequest } from "../adapter";
import { toCandidate } from "../candidate";
import { intOrNull, inviteResult, sectionScore } from "../result";
import { parseUtc } from "../dates";
import type { ImochaInviteResponseDto, ImochaReportDto, ImochaReportSectionDto, ImochaTestDto } from "./types";

/**
 * iMocha `Status` words, keyed after lower-casing and dropping spaces, `_` and `-`: the docs spell the same
 * state several ways ("In Progress" in callbacks, "Inprogress" on the cancel page, "TestLeft" in 3P code,
 * "Complete" in callbacks vs "Completed" in Retrieve Invites, "Canceled" vs "cancelled"). The full enum is
 * NOT documented; anything else is UNKNOWN with the raw word kept.
 */
const STATUS: Readonly<Record<string, InviteStatus>> = {
  pending: InviteStatus.PENDING,
  inprogress: InviteStatus.STARTED,
  complete: InviteStatus.COMPLETED,
  completed: InviteStatus.COMPLETED,
  testleft: InviteStatus.ABANDONED,
  terminated: InviteStatus.TERMINATED,
  expired: InviteStatus.EXPIRED,
  cancelled: InviteStatus.CANCELLED,
  canceled: InviteStatus.CANCELLED,
};

/** States in which the attempt is over, so `attemptedOn` is the only time iMocha gives for the end too. */
const ATTEMPT_ENDED: ReadonlySet<InviteStatus> = new Set([InviteStatus.COMPLETED, InviteStatus.ABANDONED, InviteStatus.TERMINATED]);

/**
 * @example toInviteStatus("Test Left") === InviteStatus.ABANDONED
 * @example toInviteStatus("Inprogress") === InviteStatus.STARTED
 * @example toInviteStatus("Paused") === InviteStatus.UNKNOWN
 */
export function toInviteStatus(raw: string | null | undefined): InviteStatus {
  if (typeof raw !== "string") return InviteStatus.UNKNOWN;
  return STATUS[raw.toLowerCase().replace(/[\s_-]+/g, "")] ?? InviteStatus.UNKNOWN;
}

/** Accepts numbers and numeric strings (iMocha documents `testId` as a string in reports). */
function toNumber(v: unknown): number | null {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v))) return Number(v);
  return null;
}

/**
 * `attemptedOn` is documented as "ISO 8601 UTC". Anything else (e.g. the callbacks' local `09-Oct-2020 06:51 PM`,
 * whose zone is the invite's, not ours) would be read in the server's zone by Date.parse, so it becomes null.
 */
function isoUtc(value: string | null | undefined): Date | null {
  return typeof value === "string" && /^\d{4}-\d{2}-\d{2}T/.test(value.trim()) ? parseUtc(value) : null;
}

function testAssessment(testId: string | number, name: string | null | undefined): Assessment {
  return {
    ...identity(Provider.IMOCHA, "test", testId),
    name: name ?? null,
    kind: AssessmentKind.SKILLS_TEST,
  } satisfies Assessment;
}

/**
 * @example toAssessment({ testId: 1001, testName: "JavaScript (Intermediate)" }).id === "imocha:test:1001"
 */
export function toAssessment(dto: ImochaTestDto): Assessment {
  return testAssessment(dto.testId, dto.testName);
}

/**
 * Points when iMocha reports them; otherwise the percentage on a scale of 100. The deprecated `score`
 * field is ignored: its scale is not documented.
 * @example imochaScore({ candidatePoints: 34, totalTestPoints: 45 }) → { score: 34, maxScore: 45 }
 * @example imochaScore({ scorePercentage: 75.5 }) → { score: 75.5, maxScore: 100 }
 */
export function imochaScore(dto: Pick<ImochaReportDto, "candidatePoints" | "totalTestPoints" | "scorePercentage">): {
  score: number | null;
  maxScore: number | null;
} {
  const points = toNumber(dto.candidatePoints);
  if (points !== null) return { score: points, maxScore: toNumber(dto.totalTestPoints) };
  const percentage = toNumber(dto.scorePercentage);
  return percentage !== null ? { score: percentage, maxScore: 100 } : { score: null, maxScore: null };
}

/**
 * A report (`GET /v3/reports/{id}`) as an Invite. The report names no candidate, only `candidateEmail`.
 * INF: iMocha gives one timestamp, `attemptedOn`; it is used as `startedAt`, and also as `completedAt` once
 * the attempt is over (Complete, Test Left, Terminated), because no end time is documented.
 * @example toInvite({ testInvitationId: 2932950, testId: "1001", Status: "Pending" }).status === InviteStatus.PENDING
 * @example toInvite({ testInvitationId: 1, testId: "1001", Status: "Complete", attemptedOn: "2025-06-02T10:15:00Z" }).completedAt?.toISOString() === "2025-06-02T10:15:00.000Z"
 */
export function toInvite(dto: ImochaReportDto): ProviderInvite {
  const status = toInviteStatus(dto.Status);
  const attemptedOn = isoUtc(dto.attemptedOn);
  const testId = dto.testId === null || dto.testId === undefined || dto.testId === "" ? null : dto.testId;
  return {
    ...identity(Provider.IMOCHA, "invite", dto.testInvitationId),
    status,
    providerStatus: dto.Status ?? null,
    candidate: toCandidate(Provider.IMOCHA, { email: dto.candidateEmail }),
    assessment: testId === null ? null : testAssessment(testId, dto.testName),
    startedAt: attemptedOn,
    completedAt: ATTEMPT_ENDED.has(status) ? attemptedOn : null,
    ...imochaScore(dto),
    reportUrl: dto.pdfReportUrl ?? null,
    result: imochaResult(dto),
    details: imochaDetails(dto),
  } satisfies ProviderInvite;
}

function sectionsOf(dto: Pick<ImochaReportDto, "sections">): ImochaReportSectionDto[] {
  return Array.isArray(dto.sections) ? dto.sections.filter((s) => s && typeof s === "object") : [];
}

/**
 * The report's result: the same overall score as `imochaScore`, iMocha's own `scorePercentage` as percent
 * (computed from the points when it is missing), and each section's `candidateScore` of `sectionScore`.
 * @example imochaResult({ candidatePoints: 34, totalTestPoints: 45, scorePercentage: 75.56, pdfReportUrl: "https://…", sections: [{ sectionName: "Async", candidateScore: 11, sectionScore: 15, … }], … })
 *   // InviteResult { score: 34, maxScore: 45, percent: 75.56, sections: [{ name: "Async", score: 11, maxScore: 15 }], recommendation: null, reportUrl: "https://…" }
 */
export function imochaResult(dto: ImochaReportDto): InviteResult | null {
  const sections = sectionsOf(dto).map((s) => sectionScore(String(s.sectionName), toNumber(s.candidateScore), toNumber(s.sectionScore)));
  return inviteResult({ ...imochaScore(dto), percent: toNumber(dto.scorePercentage), sections, reportUrl: dto.pdfReportUrl });
}

/**
 * @example imochaDetails({ PerformanceCategory: "Intermediate", sections: [{ sectionId: 501, sectionName: "Language fundamentals", noOfQue: 10, sectionTime: 15, sectionTimeTaken: 742, … }], … })
 *   // ImochaInviteDetails { performanceCategory: "Intermediate", sections: [{ sectionId: "501", questionCount: 10, minutesAllowed: 15, secondsTaken: 742, … }] }
 */
export function imochaDetails(dto: ImochaReportDto): ImochaInviteDetails {
  return {
    __typename: "ImochaInviteDetails",
    performanceCategory: dto.PerformanceCategory ?? null,
    sections: sectionsOf(dto).map((s) =>
      ({
        sectionId: s.sectionId === null || s.sectionId === undefined ? null : String(s.sectionId),
        name: String(s.sectionName),
        score: toNumber(s.candidateScore),
        maxScore: toNumber(s.sectionScore),
        questionCount: intOrNull(toNumber(s.noOfQue)),
        minutesAllowed: intOrNull(toNumber(s.sectionTime)),
        secondsTaken: intOrNull(toNumber(s.sectionTimeTaken)),
      } satisfies ImochaSection),
    ),
  } satisfies ImochaInviteDetails;
}

/**
 * The 201 of an invite as an Invite, completed from the request (the answer carries only the id and URL).
 * The status is not in that answer: a new invitation is Pending, but a re-invite returns the existing
 * invitation in whatever state it is (docs/providers/imocha.md), so the status stays UNKNOWN here until
 * `mergeInvite` adds the invitation's report. A `status` in the answer (documented only for the
 * invite-by-link sibling) is used when present.
 * @example toCreatedInvite({ testInvitationId: 2807324, testUrl: "https://test.imocha.io/IMInstructions?..." }, req).id === "imocha:invite:2807324"
 */
export function toCreatedInvite(dto: ImochaInviteResponseDto, req: CreateInviteRequest): ProviderInvite {
  return {
    ...identity(Provider.IMOCHA, "invite", dto.testInvitationId),
    status: dto.status === undefined ? InviteStatus.UNKNOWN : toInviteStatus(dto.status),
    providerStatus: dto.status ?? null,
    candidate: toCandidate(Provider.IMOCHA, { name: req.candidate.name, email: req.candidate.email }),
    assessment: testAssessment(req.assessment.nativeId, null),
    inviteUrl: dto.testUrl ?? null,
    expiresAt: req.expiresAt ?? null,
  } satisfies ProviderInvite;
}

/**
 * A created invitation completed by its report, read right after the invite: the report says where the
 * invitation stands (status, attempt, score); the invite answer and the request give what the report lacks
 * (link, candidate name, expiry). Without a report (its read failed), the created invite is returned as is.
 * @example mergeInvite(created, report).status === report.status
 */
export function mergeInvite(created: ProviderInvite, report: ProviderInvite | undefined): ProviderInvite {
  if (!report) return created;
  return {
    ...report,
    candidate: { ...report.candidate, name: created.candidate.name, email: report.candidate.email ?? created.candidate.email },
    assessment: report.assessment ?? created.assessment,
    inviteUrl: created.inviteUrl,
    expiresAt: created.expiresAt,
  } satisfies ProviderInvite;
}
