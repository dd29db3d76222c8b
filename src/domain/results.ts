/** One section or skill of a result, on the provider's scale. */
export interface SectionScore {
  name: string;
  score?: number | null;
  maxScore?: number | null;
  group?: string | null;
}

/** How the candidate did, as far as the provider reports it. */
export interface InviteResult {
  score?: number | null;
  maxScore?: number | null;
  percent?: number | null;
  sections: SectionScore[];
  recommendation?: string | null;
  reportUrl?: string | null;
}
