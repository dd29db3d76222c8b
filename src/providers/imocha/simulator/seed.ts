/**
 * Seed data for the iMocha simulator: two tests and one invitation in each status the docs name.
 * Deterministic, so README and tests can refer to these ids. Names and emails are fictional (example.com).
 */

/** Status words as iMocha writes them in reports: "In Progress"/"Complete" as in callbacks, "TestLeft" as in 3P code. */
export type SimStatus = "Pending" | "In Progress" | "Complete" | "TestLeft" | "Terminated" | "Expired" | "Cancelled";

export interface SimSection {
  sectionId: number;
  sectionName: string;
  noOfQue: number;
  sectionScore: number;
  candidateScore: number;
  /** Minutes allowed. */
  sectionTime: number;
  /** Seconds taken. */
  sectionTimeTaken: number;
}

/** What an attempt leaves behind; absent for invitations never opened. */
export interface SimAttempt {
  attemptedOn: string;
  /** Null while the attempt is in progress. */
  candidatePoints: number | null;
  totalTestPoints: number | null;
  scorePercentage: number | null;
  performanceCategory: string | null;
  pdfReportUrl: string | null;
  sections: SimSection[];
}

export interface SimInvitation {
  testInvitationId: number;
  testId: number;
  email: string;
  name: string;
  status: SimStatus;
  startDateTime?: string;
  endDateTime?: string;
  timeZoneId?: number;
  attempt?: SimAttempt;
  /** Registered with the invite (`callbackUrl`); iMocha posts the attempt's callbacks there. */
  callbackUrl?: string;
}

export interface SimTest {
  testId: number;
  testName: string;
}

export const IMOCHA_SEED = {
  javascriptTest: "1001",
  sqlTest: "1002",
  /** The cancel page's example id. */
  pendingInvite: "2932950",
  inProgressInvite: "2932951",
  completedInvite: "2932952",
  testLeftInvite: "2932953",
  terminatedInvite: "2932954",
  expiredInvite: "2932955",
  cancelledInvite: "2932956",
  /** Mei Chen again (as `completedInvite`), on the SQL test: one candidate with two iMocha results. */
  secondTestCompletedInvite: "2932957",
} as const;

/** First id handed to invitations created at run time. */
export const FIRST_NEW_INVITATION_ID = 2950001;

const TESTS: SimTest[] = [
  { testId: 1001, testName: "JavaScript (Intermediate)" },
  { testId: 1002, testName: "SQL Fundamentals" },
];

const reportUrl = (id: number) => `https://reports.example.com/imocha/${id}.pdf`;

const JS_SECTIONS = (taken: [number, number, number], scores: [number, number, number]): SimSection[] => [
  { sectionId: 501, sectionName: "Language fundamentals", noOfQue: 10, sectionScore: 20, candidateScore: scores[0], sectionTime: 15, sectionTimeTaken: taken[0] },
  { sectionId: 502, sectionName: "Async and the event loop", noOfQue: 8, sectionScore: 15, candidateScore: scores[1], sectionTime: 15, sectionTimeTaken: taken[1] },
  { sectionId: 503, sectionName: "DOM and browser APIs", noOfQue: 5, sectionScore: 10, candidateScore: scores[2], sectionTime: 10, sectionTimeTaken: taken[2] },
];

const SQL_SECTIONS = (taken: [number, number], scores: [number, number]): SimSection[] => [
  { sectionId: 601, sectionName: "Joins and subqueries", noOfQue: 10, sectionScore: 20, candidateScore: scores[0], sectionTime: 20, sectionTimeTaken: taken[0] },
  { sectionId: 602, sectionName: "Aggregation", noOfQue: 10, sectionScore: 20, candidateScore: scores[1], sectionTime: 20, sectionTimeTaken: taken[1] },
];

function seedInvitations(): SimInvitation[] {
  const window = { startDateTime: "2025-06-01T09:00:00Z", endDateTime: "2025-06-30T18:00:00Z" };
  return [
    { testInvitationId: 2932950, testId: 1001, email: "priya.sharma@example.com", name: "Priya Sharma", status: "Pending", ...window },
    {
      testInvitationId: 2932951, testId: 1002, email: "daniel.okafor@example.com", name: "Daniel Okafor", status: "In Progress", ...window,
      attempt: { attemptedOn: "2025-06-03T14:05:00Z", candidatePoints: null, totalTestPoints: null, scorePercentage: null, performanceCategory: null, pdfReportUrl: null, sections: [] },
    },
    {
      testInvitationId: 2932952, testId: 1001, email: "mei.chen@example.com", name: "Mei Chen", status: "Complete", ...window,
      attempt: {
        attemptedOn: "2025-06-02T10:15:00Z", candidatePoints: 34, totalTestPoints: 45, scorePercentage: 75.56,
        performanceCategory: "Intermediate", pdfReportUrl: reportUrl(2932952), sections: JS_SECTIONS([742, 866, 511], [17, 11, 6]),
      },
    },
    {
      testInvitationId: 2932953, testId: 1002, email: "lucas.martin@example.com", name: "Lucas Martin", status: "TestLeft", ...window,
      attempt: {
        attemptedOn: "2025-06-04T08:30:00Z", candidatePoints: 9, totalTestPoints: 40, scorePercentage: 22.5, performanceCategory: "Beginner",
        pdfReportUrl: reportUrl(2932953), sections: SQL_SECTIONS([600, 0], [9, 0]),
      },
    },
    {
      testInvitationId: 2932954, testId: 1001, email: "aisha.bello@example.com", name: "Aisha Bello", status: "Terminated", ...window,
      attempt: {
        attemptedOn: "2025-06-05T16:45:00Z", candidatePoints: 5, totalTestPoints: 45, scorePercentage: 11.11, performanceCategory: "Beginner",
        pdfReportUrl: reportUrl(2932954), sections: JS_SECTIONS([300, 0, 0], [5, 0, 0]),
      },
    },
    { testInvitationId: 2932955, testId: 1002, email: "tom.nguyen@example.com", name: "Tom Nguyen", status: "Expired", startDateTime: "2025-05-01T09:00:00Z", endDateTime: "2025-05-08T18:00:00Z" },
    { testInvitationId: 2932956, testId: 1001, email: "sofia.rossi@example.com", name: "Sofia Rossi", status: "Cancelled", ...window },
    {
      testInvitationId: 2932957, testId: 1002, email: "mei.chen@example.com", name: "Mei Chen", status: "Complete", ...window,
      attempt: {
        attemptedOn: "2025-06-06T09:40:00Z", candidatePoints: 28, totalTestPoints: 40, scorePercentage: 70, performanceCategory: "Intermediate",
        pdfReportUrl: reportUrl(2932957), sections: SQL_SECTIONS([1012, 1105], [15, 13]),
      },
    },
  ];
}

export interface SimState {
  tests: Map<number, SimTest>;
  invitations: Map<number, SimInvitation>;
  nextInvitationId: number;
}

/** A fresh copy of the seeded state (callers mutate it freely). */
export function seedState(): SimState {
  return {
    tests: new Map(TESTS.map((t) => [t.testId, { ...t }])),
    invitations: new Map(seedInvitations().map((i) => [i.testInvitationId, i])),
    nextInvitationId: FIRST_NEW_INVITATION_ID,
  };
}
