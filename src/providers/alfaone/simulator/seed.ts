/**
 * Demo data for the AlfaOne simulator: two video assessments and nine invites covering every documented status,
 * spread over both assessments, some with an assigned grader. Fixed ids and dates, so docs and tests can name
 * them. Dates use both documented forms (`…T05:31:56Z` and `…T12:00:00.000Z`).
 * Self-contained on purpose: the simulator shares nothing with the client it stands in for.
 */

/** The seeded ids and what each one is. */
export const ALFAONE_SEED = Object.freeze({
  /** "Customer Support Video Screen": video questions, English and Spanish. */
  customerSupportAssessment: "1d7c3a52-8f4e-4b6a-9c21-3e5f7a9b0c14",
  /** "Sales Pitch Recording": text questions answered on video. */
  salesPitchAssessment: "5b0f8d7e-2a41-4c3e-9d6b-1f7a8e2c4b90",
  /** Priya Raman, assigned to the accepted and completed support invites. */
  graderPriya: "mbr_41c2",
  /** Daniel Okafor, assigned to both started invites. */
  graderDaniel: "mbr_7a90",
  /** pending, support, no grader. */
  pendingInvite: "8e2f4a61-3b5c-4d7e-9f10-2a3b4c5d6e7f",
  /** pending, sales, recipientName null (as an API-created invite is). */
  pendingSalesInvite: "0c9d8e7f-6a5b-4c3d-8e2f-1a0b9c8d7e6f",
  /** accepted, support, grader Priya. */
  acceptedInvite: "3a4b5c6d-7e8f-4a0b-8c2d-3e4f5a6b7c8d",
  /** started, sales, grader Daniel. */
  startedInvite: "6f7e8d9c-0b1a-4f2e-9d3c-4b5a6f7e8d9c",
  /** started, support, grader Daniel. */
  startedSupportInvite: "9a8b7c6d-5e4f-4a3b-9c1d-0e9f8a7b6c5d",
  /** completed, support, grader Priya. */
  completedInvite: "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e",
  /** completed, sales, no grader yet. */
  completedSalesInvite: "7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f",
  /** expired, support, never accepted. */
  expiredInvite: "4d5e6f7a-8b9c-4d0e-8f1a-2b3c4d5e6f7a",
  /** revoked, sales. */
  revokedInvite: "5e6f7a8b-9c0d-4e1f-9a2b-3c4d5e6f7a8b",
});

export interface SimGrader {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
}

export interface SimAssessment {
  id: string;
  name: string;
  defaultQuestionFormat: "text" | "audio" | "video" | "mixed";
  defaultAnswerFormat: "text" | "audio" | "video" | "mixed";
  languages: string[];
  questionCount: number;
  createdAt: string;
  updatedAt: string;
  totalPoints: number;
}

/** The full get-invite object, as the simulator stores it. */
export interface SimInvite {
  id: string;
  assessmentId: string;
  assessmentName: string;
  recipientEmail: string;
  recipientName: string | null;
  status: "pending" | "accepted" | "started" | "completed" | "expired" | "revoked";
  questionReplayLimit: number;
  answerRecordLimit: number;
  sentAt: string;
  expiresAt: string;
  acceptedAt: string | null;
  startedAt: string | null;
  completedAt: string | null;
  assignedGrader: SimGrader | null;
  proctoringSettings: { screenRecording: boolean; webcamMonitoring: boolean; requireIdCapture: boolean };
  customMessage: string | null;
  revokedAt: string | null;
}

const S = ALFAONE_SEED;
const PRIYA: SimGrader = { id: S.graderPriya, firstName: "Priya", lastName: "Raman", email: "priya.raman@example.com" };
const DANIEL: SimGrader = { id: S.graderDaniel, firstName: "Daniel", lastName: "Okafor", email: "daniel.okafor@example.com" };

/** Fresh copies of the seeded assessments (the simulator mutates nothing in them, but callers may). */
export function seedAssessments(): SimAssessment[] {
  return [
    {
      id: S.customerSupportAssessment,
      name: "Customer Support Video Screen",
      defaultQuestionFormat: "video",
      defaultAnswerFormat: "video",
      languages: ["en", "es"],
      questionCount: 5,
      createdAt: "2026-09-01T09:00:00.000Z",
      updatedAt: "2026-10-12T14:30:00.000Z",
      totalPoints: 50,
    },
    {
      id: S.salesPitchAssessment,
      name: "Sales Pitch Recording",
      defaultQuestionFormat: "text",
      defaultAnswerFormat: "video",
      languages: ["en"],
      questionCount: 3,
      createdAt: "2026-09-15T10:00:00Z",
      updatedAt: "2026-09-15T10:00:00Z",
      totalPoints: 30,
    },
  ];
}

type Who = [email: string, name: string | null];
type Times = Partial<Pick<SimInvite, "acceptedAt" | "startedAt" | "completedAt" | "revokedAt">>;

function invite(id: string, sales: boolean, who: Who, status: SimInvite["status"], sent: [string, string], times: Times = {}, grader: SimGrader | null = null): SimInvite {
  return {
    id,
    assessmentId: sales ? S.salesPitchAssessment : S.customerSupportAssessment,
    assessmentName: sales ? "Sales Pitch Recording" : "Customer Support Video Screen",
    recipientEmail: who[0],
    recipientName: who[1],
    status,
    questionReplayLimit: sales ? 2 : 1,
    answerRecordLimit: sales ? 3 : 1,
    sentAt: sent[0],
    expiresAt: sent[1],
    acceptedAt: times.acceptedAt ?? null,
    startedAt: times.startedAt ?? null,
    completedAt: times.completedAt ?? null,
    assignedGrader: grader ? { ...grader } : null,
    proctoringSettings: { screenRecording: true, webcamMonitoring: true, requireIdCapture: !sales },
    customMessage: sales ? null : "Thanks for applying to our support team. Please record your answers in a quiet place.",
    revokedAt: times.revokedAt ?? null,
  };
}

/** Fresh copies of the seeded invites, newest first. */
export function seedInvites(): SimInvite[] {
  return [
    invite(S.pendingSalesInvite, true, ["leo.martin@example.com", null], "pending", ["2026-11-22T16:40:00.000Z", "2026-12-22T16:40:00.000Z"]),
    invite(S.pendingInvite, false, ["maya.thompson@example.com", "Maya Thompson"], "pending", ["2026-11-20T09:15:00Z", "2026-12-20T09:15:00Z"]),
    invite(S.startedSupportInvite, false, ["hannah.schmidt@example.com", "Hannah Schmidt"], "started", ["2026-11-18T13:00:00Z", "2026-12-18T13:00:00Z"],
      { acceptedAt: "2026-11-19T08:30:00Z", startedAt: "2026-11-19T08:32:10Z" }, DANIEL),
    invite(S.acceptedInvite, false, ["sofia.alvarez@example.com", "Sofia Alvarez"], "accepted", ["2026-11-12T08:00:00.000Z", "2026-12-12T08:00:00.000Z"],
      { acceptedAt: "2026-11-13T10:05:00.000Z" }, PRIYA),
    invite(S.startedInvite, true, ["noah.williams@example.com", "Noah Williams"], "started", ["2026-11-10T11:00:00Z", "2026-12-10T11:00:00Z"],
      { acceptedAt: "2026-11-11T10:15:00Z", startedAt: "2026-11-11T10:20:00Z" }, DANIEL),
    invite(S.completedInvite, false, ["aisha.khan@example.com", "Aisha Khan"], "completed", ["2026-10-28T07:45:00.000Z", "2026-11-27T07:45:00.000Z"],
      { acceptedAt: "2026-10-29T14:02:00.000Z", startedAt: "2026-10-29T14:05:30.000Z", completedAt: "2026-10-29T15:12:45.000Z" }, PRIYA),
    invite(S.completedSalesInvite, true, ["ethan.brooks@example.com", "Ethan Brooks"], "completed", ["2026-10-20T12:00:00Z", "2026-11-19T12:00:00Z"],
      { acceptedAt: "2026-10-21T09:00:00Z", startedAt: "2026-10-22T16:00:00Z", completedAt: "2026-10-22T16:41:09Z" }),
    invite(S.revokedInvite, true, ["grace.lee@example.com", "Grace Lee"], "revoked", ["2026-10-01T10:30:00Z", "2026-10-31T10:30:00Z"],
      { revokedAt: "2026-10-03T11:00:00Z" }),
    invite(S.expiredInvite, false, ["lucas.moreau@example.com", "Lucas Moreau"], "expired", ["2026-09-10T15:20:00.000Z", "2026-10-10T15:20:00.000Z"]),
  ];
}
