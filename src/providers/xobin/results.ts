import type { InviteResult, SectionScore } from "../../domain/entities";
import type { XobinAiInterviewDetails, XobinAssessmentDetails, XobinRecording, XobinRegistrationField } from "../../domain/details";
import { finiteOrNull, intOrNull, inviteResult, sectionScore } from "../result";
import type { XobinAiReport, XobinAssessmentReport, XobinSkillScore } from "./types";

/** Xobin's AI interview skill groups, in the order the report gives them. */
const SKILL_GROUPS = ["must_haves", "nice_to_haves"] as const;

/**
 * An AI interview report's result. Neither `score` nor the skill scores have a documented scale, so every
 * `maxScore` is null and no percent is computed.
 * @example xobinAiResult({ score: 82, recommendation: "Recommended", report_link: "https://…", skill_wise_scores: { must_haves: [{ score: 8, skill_name: "Data modelling" }] }, … })
 *   // InviteResult { score: 82, maxScore: null, percent: null, recommendation: "Recommended", sections: [{ name: "Data modelling", score: 8, maxScore: null, group: "must_haves" }], … }
 */
export function xobinAiResult(dto: XobinAiReport): InviteResult | null {
  const skills = dto.skill_wise_scores ?? {};
  const sections = SKILL_GROUPS.flatMap((group) => listOf<XobinSkillScore>(skills[group]).map((s) => sectionScore(String(s.skill_name), s.score, null, group)));
  return inviteResult({ score: dto.score, maxScore: null, sections, recommendation: dto.recommendation, reportUrl: dto.report_link });
}

/**
 * The AI interview report's documented extras. `conversation` (the full transcript) is not exposed: it is
 * large, and nothing in hiregraph's schema needs it yet.
 * @example xobinAiDetails({ candidate_id: 88003, integrity_score: 9.1, interview_recording: { session1: "https://…/1" }, … })
 *   // XobinAiInterviewDetails { candidateId: "88003", integrityScore: 9.1, recordings: [{ session: "session1", url: "https://…/1" }], … }
 */
export function xobinAiDetails(dto: XobinAiReport): XobinAiInterviewDetails {
  return {
    __typename: "XobinAiInterviewDetails",
    candidateId: idOrNull(dto.candidate_id),
    integrityScore: finiteOrNull(dto.integrity_score),
    recommendation: dto.recommendation ?? null,
    summary: dto.candidate_summary ?? null,
    pdfUrl: dto.pdf_link ?? null,
    recordings: recordings(dto.interview_recording),
  } satisfies XobinAiInterviewDetails;
}

/**
 * An assessment report's result: `overall_percentage` and each section's `percentage`, all out of 100.
 * @example xobinAssessmentResult({ overall_percentage: 76.5, sections: [{ section: "SQL", percentage: 73, skill_wise_score: [] }], report_link: "https://…", … })
 *   // InviteResult { score: 76.5, maxScore: 100, percent: 76.5, sections: [{ name: "SQL", score: 73, maxScore: 100, group: null }], … }
 */
export function xobinAssessmentResult(dto: XobinAssessmentReport): InviteResult | null {
  const score = finiteOrNull(dto.overall_percentage);
  const sections = listOf<NonNullable<XobinAssessmentReport["sections"]>[number]>(dto.sections).map((s) => sectionScore(String(s.section), s.percentage, 100));
  return inviteResult({ score, maxScore: score === null ? null : 100, percent: score, sections, reportUrl: dto.report_link });
}

/**
 * @example xobinAssessmentDetails({ candidate_id: 99003, cut_off: 60, offtab_count: 1, sections: [{ section: "SQL", percentage: 73, skill_wise_score: [{ skill: "Joins", percentage: 73 }] }], … })
 *   // XobinAssessmentDetails { candidateId: "99003", cutOff: 60, offTabCount: 1, skills: [{ name: "Joins", score: 73, maxScore: 100, group: "SQL" }], … }
 */
export function xobinAssessmentDetails(dto: XobinAssessmentReport): XobinAssessmentDetails {
  const skills: SectionScore[] = listOf<NonNullable<XobinAssessmentReport["sections"]>[number]>(dto.sections).flatMap((s) =>
    listOf<{ skill: string; percentage: number }>(s.skill_wise_score).map((k) => sectionScore(String(k.skill), k.percentage, 100, String(s.section))),
  );
  return {
    __typename: "XobinAssessmentDetails",
    candidateId: idOrNull(dto.candidate_id),
    cutOff: intOrNull(dto.cut_off),
    offTabCount: intOrNull(dto.offtab_count),
    registrationFields: listOf<{ label: string; value: string }>(dto.registration_fields).map((f) =>
      ({ label: String(f.label), value: f.value ?? null } satisfies XobinRegistrationField),
    ),
    skills,
  } satisfies XobinAssessmentDetails;
}

/** `{session1, session2}` in reports; the submission webhook keys them by epoch-ms strings instead. Either works. */
function recordings(value: XobinAiReport["interview_recording"]): XobinRecording[] {
  if (!value || typeof value !== "object") return [];
  return Object.entries(value)
    .filter((entry): entry is [string, string] => typeof entry[1] === "string" && entry[1] !== "")
    .map(([session, url]) => ({ session, url } satisfies XobinRecording));
}

function listOf<T>(value: unknown): T[] {
  return Array.isArray(value) ? (value.filter((v) => v && typeof v === "object") as T[]) : [];
}

function idOrNull(value: unknown): string | null {
  return typeof value === "number" || (typeof value === "string" && value !== "") ? String(value) : null;
}
