/**
 * The Xobin simulator's in-memory state and its deterministic seed. Imports nothing from the client,
 * mapper or wire types on purpose: the simulator is written from the docs, so it can catch a client that
 * misreads them.
 */

/** Seeded ids (as strings, the form global ids carry) and what each one is, for READMEs and tests. */
export const XOBIN_SEED = {
  /** AI interview "Senior Data Engineer", with the invites below. */
  aiInterview: "305",
  /** AI interview whose plan has no invites left: inviting answers 403 `limit_exceed`. */
  exhaustedAiInterview: "306",
  pendingAiInvite: "7401",
  startedAiInvite: "7402",
  /** Completed, with a full report (score 82, custom_field_id CAND-2025-103). */
  completedAiInvite: "7403",
  completedAiInviteExternalId: "CAND-2025-103",
  revokedAiInvite: "7404",
  /** Pending; revoke answers NOT_ALLOWED (sent before the latest plan change) with `notAllowedTimestamp`. */
  notAllowedAiInvite: "7405",
  /** Pending; revoke always answers FAILED. */
  failingRevokeAiInvite: "7406",
  /** Assessment with the invites below. */
  assessment: "53280",
  pendingAssessmentInvite: "2196821",
  startedAssessmentInvite: "2196822",
  /** Completed, 76.5 %. */
  completedAssessmentInvite: "2196823",
  /** Pending; revoke answers NOT_ALLOWED with `notAllowedTimestamp`. */
  notAllowedAssessmentInvite: "2196824",
  /** Pending; revoke always answers ERROR_REVOKING. */
  errorRevokingAssessmentInvite: "2196825",
  notAllowedTimestamp: "2025-01-15 10:32:45",
  /** The response_id the first AI invite created after start-up or reset gets (the doc example's). */
  nextAiInvite: "7421",
  /** The report_id the first assessment invite created after start-up or reset gets. */
  nextAssessmentInvite: "2196900",
} as const;

export type RevokeQuirk = "NOT_ALLOWED" | "FAILED" | "ERROR_REVOKING";

export interface SimCandidate {
  id: number;
  name: string;
  email: string;
}

export interface SimAiInvite {
  responseId: number;
  aiInterviewId: number;
  candidate: SimCandidate;
  status: string;
  customFieldId: string | null;
  revokeQuirk?: RevokeQuirk;
  updatedAt: Date;
  /** Set once completed. */
  result?: { score: number; integrityScore: number; recommendation: string; summary: string; completedAt: Date };
}

export interface SimAssessmentInvite {
  reportId: number;
  assessmentId: number;
  candidate: SimCandidate;
  status: string;
  revokeQuirk?: RevokeQuirk;
  /** Set once completed. */
  result?: { percentage: number; cutOff: number; completedAt: Date };
}

export interface XobinSimState {
  aiInterviews: Map<number, { name: string; invitesExhausted: boolean }>;
  assessments: Map<number, { name: string }>;
  aiInvites: Map<number, SimAiInvite>;
  assessmentInvites: Map<number, SimAssessmentInvite>;
  nextResponseId: number;
  nextReportId: number;
  nextCandidateId: number;
}

const person = (id: number, name: string): SimCandidate => ({ id, name, email: `${name.toLowerCase().replace(" ", ".")}@example.com` });
const at = (iso: string) => new Date(iso);

function seedAiInvites(): SimAiInvite[] {
  const base = { aiInterviewId: 305, updatedAt: at("2025-07-10T11:52:57Z") };
  return [
    { ...base, responseId: 7401, candidate: person(88001, "Maya Chen"), status: "Pending", customFieldId: "CAND-2025-101" },
    { ...base, responseId: 7402, candidate: person(88002, "Daniel Okafor"), status: "Started", customFieldId: "CAND-2025-102" },
    {
      ...base,
      responseId: 7403,
      candidate: person(88003, "Sofia Alvarez"),
      status: "Completed",
      customFieldId: XOBIN_SEED.completedAiInviteExternalId,
      updatedAt: at("2025-07-05T04:42:45Z"),
      result: {
        score: 82,
        integrityScore: 9.1,
        recommendation: "Recommended",
        summary: "Designed a clear streaming pipeline and reasoned well about partitioning and late data.",
        completedAt: at("2025-07-05T04:42:45Z"),
      },
    },
    { ...base, responseId: 7404, candidate: person(88004, "Liam Novak"), status: "Revoked", customFieldId: null },
    { ...base, responseId: 7405, candidate: person(88005, "Aisha Karim"), status: "Pending", customFieldId: null, revokeQuirk: "NOT_ALLOWED" },
    { ...base, responseId: 7406, candidate: person(88006, "Tomas Berg"), status: "Pending", customFieldId: null, revokeQuirk: "FAILED" },
  ];
}

function seedAssessmentInvites(): SimAssessmentInvite[] {
  const base = { assessmentId: 53280 };
  return [
    { ...base, reportId: 2196821, candidate: person(99001, "Priya Raman"), status: "Pending" },
    { ...base, reportId: 2196822, candidate: person(99002, "Jonas Weber"), status: "Started" },
    {
      ...base,
      reportId: 2196823,
      candidate: person(99003, "Emily Carter"),
      status: "Completed",
      result: { percentage: 76.5, cutOff: 60, completedAt: at("2025-01-22T05:17:46Z") },
    },
    { ...base, reportId: 2196824, candidate: person(99004, "Omar Haddad"), status: "Pending", revokeQuirk: "NOT_ALLOWED" },
    { ...base, reportId: 2196825, candidate: person(99005, "Grace Liu"), status: "Pending", revokeQuirk: "ERROR_REVOKING" },
  ];
}

/** A fresh copy of the seeded state (each call returns new objects, so a reset undoes every change). */
export function seedState(): XobinSimState {
  return {
    aiInterviews: new Map([
      [305, { name: "Senior Data Engineer", invitesExhausted: false }],
      [306, { name: "Customer Support Specialist", invitesExhausted: true }],
    ]),
    assessments: new Map([[53280, { name: "Python Developer Test" }]]),
    aiInvites: new Map(seedAiInvites().map((i) => [i.responseId, i])),
    assessmentInvites: new Map(seedAssessmentInvites().map((i) => [i.reportId, i])),
    nextResponseId: Number(XOBIN_SEED.nextAiInvite),
    nextReportId: Number(XOBIN_SEED.nextAssessmentInvite),
    nextCandidateId: 90001,
  };
}
