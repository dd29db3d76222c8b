/**
 * The DRVN simulator's in-memory records, seed and JSON rendering. Shapes follow the documented interview
 * object (docs/providers/drvn.md); nothing here is imported from the client, mapper or wire types, so the simulator
 * stays an independent reading of the docs.
 */

export interface InterviewerRow {
  id: number;
  contact_phone_number: string | null;
  image: string | null;
  title: string;
}

export interface IntervieweeRow {
  id: number;
  currency: string;
  driver: { id: number; image: string | null; phone_number: string | null; title: string };
  kind: string;
  updated_at: string;
}

/** The attributes a create or update may set (the Rails permitted params), after casting. */
export interface InterviewDraft {
  kind: string | null;
  start_at: string | null;
  end_at: string | null;
  interviewee_id: number | null;
  interviewer_id: number | null;
  location: string | null;
}

export interface InterviewRow extends InterviewDraft {
  id: number;
  status: string;
  amend_start_at: string | null;
  amend_end_at: string | null;
  amended_by: string | null;
}

export interface SimState {
  interviewers: Map<number, InterviewerRow>;
  interviewees: Map<number, IntervieweeRow>;
  interviews: Map<number, InterviewRow>;
  nextId: number;
}

/**
 * Seeded ids (strings, like every native id in hiregraph), for README examples and tests. Every documented
 * interview status has one interview. The sandbox token is `sandboxSecret` in ../config.ts.
 */
export const DRVN_SEED = {
  /** `pending`, video call: the doc's own example (interviewee 295, interviewer 1040). */
  pendingInterview: "27",
  /** `scheduled`, in person (interviewee 295, interviewer 1041). */
  scheduledInterview: "28",
  /** `rejected` by the interviewee (interviewee 296, interviewer 1040). */
  rejectedInterview: "29",
  /** `amended`: the interviewee proposed another time (interviewee 295, interviewer 1041). */
  amendedInterview: "30",
  /** Interviewer "Patrick Waelchi" (no contact phone), from the doc. */
  interviewer: "1040",
  /** Interviewer "Amara Okafor", with a contact phone. */
  otherInterviewer: "1041",
  /** Interviewee (application) of driver "Rodolfo Feil", kind `verified`, from the doc. */
  interviewee: "295",
  /** Interviewee of driver "Siobhan Gallagher", kind `rejected`. */
  otherInterviewee: "296",
  /** Id of the first interview created after start-up or reset; later ones count up. */
  firstCreatedInterview: "100",
  /** No interview has this id. */
  unknownInterview: "9999",
} as const;

const FIRST_CREATED_ID = Number(DRVN_SEED.firstCreatedInterview);

const NO_AMEND = { amend_start_at: null, amend_end_at: null, amended_by: null } as const;

function seedInterviews(): InterviewRow[] {
  return [
    // Exactly the interview in the doc's PATCH example.
    { id: 27, ...NO_AMEND, status: "pending", kind: "video_call", location: "https://google.meet",
      start_at: "2025-11-20T08:43:06.000Z", end_at: "2025-11-20T09:13:06.000Z", interviewee_id: 295, interviewer_id: 1040 },
    { id: 28, ...NO_AMEND, status: "scheduled", kind: "in_person", location: "DRVN Depot, 12 Example Street, Leeds LS1 4AP",
      start_at: "2025-11-24T10:00:00.000Z", end_at: "2025-11-24T10:45:00.000Z", interviewee_id: 295, interviewer_id: 1041 },
    { id: 29, ...NO_AMEND, status: "rejected", kind: "video_call", location: "https://meet.example.com/drvn-29",
      start_at: "2025-11-21T15:00:00.000Z", end_at: "2025-11-21T15:30:00.000Z", interviewee_id: 296, interviewer_id: 1040 },
    { id: 30, status: "amended", kind: "video_call", location: "https://meet.example.com/drvn-30",
      start_at: "2025-11-25T09:00:00.000Z", end_at: "2025-11-25T09:30:00.000Z", interviewee_id: 295, interviewer_id: 1041,
      amend_start_at: "2025-11-26T13:00:00.000Z", amend_end_at: "2025-11-26T13:30:00.000Z", amended_by: "interviewee" },
  ];
}

/** A fresh copy of the seeded state (nothing is shared between resets). */
export function seedState(): SimState {
  const interviewers: InterviewerRow[] = [
    { id: 1040, contact_phone_number: null, image: null, title: "Patrick Waelchi" },
    { id: 1041, contact_phone_number: "+44 7700 900461", image: null, title: "Amara Okafor" },
  ];
  const interviewees: IntervieweeRow[] = [
    { id: 295, currency: "GBP", kind: "verified", updated_at: "2025-11-20T08:13:06.209Z",
      driver: { id: 1036, image: null, phone_number: "123", title: "Rodolfo Feil" } },
    { id: 296, currency: "GBP", kind: "rejected", updated_at: "2025-11-18T14:02:51.417Z",
      driver: { id: 1037, image: null, phone_number: "+44 7700 900318", title: "Siobhan Gallagher" } },
  ];
  return {
    interviewers: new Map(interviewers.map((r) => [r.id, r])),
    interviewees: new Map(interviewees.map((r) => [r.id, r])),
    interviews: new Map(seedInterviews().map((r) => [r.id, r])),
    nextId: FIRST_CREATED_ID,
  };
}

/** The documented 200 body `{"interview":{…}}`, keys in the doc's order. */
export function renderInterview(state: SimState, row: InterviewRow): { interview: Record<string, unknown> } {
  return {
    interview: {
      id: row.id,
      amend_end_at: row.amend_end_at,
      amend_start_at: row.amend_start_at,
      amended_by: row.amended_by,
      end_at: row.end_at,
      interviewee: state.interviewees.get(row.interviewee_id ?? 0) ?? null,
      interviewee_id: row.interviewee_id,
      interviewer: state.interviewers.get(row.interviewer_id ?? 0) ?? null,
      interviewer_id: row.interviewer_id,
      kind: row.kind,
      location: row.location,
      start_at: row.start_at,
      status: row.status,
    },
  };
}
