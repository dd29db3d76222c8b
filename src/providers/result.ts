import type { InviteResult, SectionScore } from "../domain/entities";

/** What a mapper (a report read or a callback) knows about a result, before `percent` is derived. */
export interface ResultParts {
  score?: number | null;
  /** Null or absent where the provider does not document the scale. */
  maxScore?: number | null;
  /** A percentage the provider reports itself (iMocha `scorePercentage`); wins over one computed here. */
  percent?: number | null;
  sections?: SectionScore[];
  recommendation?: string | null;
  reportUrl?: string | null;
}

/**
 * The one place a result is assembled, so every source (report reads, provider callbacks) derives
 * `percent` the same way: the provider's own percentage, else score ÷ maxScore where maxScore is known, else
 * null. Null when the parts hold nothing at all, so an unfinished attempt has no result.
 * @example inviteResult({ score: 34, maxScore: 45 }) // InviteResult { score: 34, maxScore: 45, percent: 75.56, sections: [], … }
 * @example inviteResult({ score: 82, maxScore: null }) // InviteResult { score: 82, maxScore: null, percent: null, … }
 * @example inviteResult({ score: null, sections: [] }) // null
 * @example // an iMocha callback (TotalScore read as the maximum):
 *   inviteResult({ score: body.CandidateScore, maxScore: body.TotalScore, reportUrl: body.ReportPDFUrl })
 */
export function inviteResult(parts: ResultParts): InviteResult | null {
  const score = finiteOrNull(parts.score);
  const maxScore = finiteOrNull(parts.maxScore);
  const sections = parts.sections ?? [];
  const recommendation = textOrNull(parts.recommendation);
  const reportUrl = textOrNull(parts.reportUrl);
  if (score === null && sections.length === 0 && recommendation === null && reportUrl === null) return null;
  return {
    score,
    maxScore,
    percent: finiteOrNull(parts.percent) ?? percentOf(score, maxScore),
    sections,
    recommendation,
    reportUrl,
  } satisfies InviteResult;
}

/**
 * @example sectionScore("SQL", 73, 100) // SectionScore { name: "SQL", score: 73, maxScore: 100, group: null }
 */
export function sectionScore(name: string, score: unknown, maxScore: unknown, group: string | null = null): SectionScore {
  return { name, score: finiteOrNull(score), maxScore: finiteOrNull(maxScore), group } satisfies SectionScore;
}

/** Two decimals, as iMocha writes its own `scorePercentage` (34 of 45 → 75.56). */
function percentOf(score: number | null, maxScore: number | null): number | null {
  if (score === null || maxScore === null || maxScore <= 0) return null;
  return Math.round((score / maxScore) * 10_000) / 100;
}

export function finiteOrNull(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

/** For Int fields: a fraction would fail GraphQL serialisation of the whole field, so it becomes null instead. */
export function intOrNull(value: unknown): number | null {
  return typeof value === "number" && Number.isSafeInteger(value) ? value : null;
}

function textOrNull(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value : null;
}
