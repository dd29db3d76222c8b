import { IDS } from "../helpers/seeds";
import { startApp, type TestApp } from "../helpers/app";

const INVITE = `mutation($input: InviteCandidateInput!) { inviteCandidate(input: $input) { invite { id status } userErrors { code message field } } }`;
const SCHEDULE = `mutation($input: ScheduleInterviewInput!) { scheduleInterview(input: $input) { interview { id } userErrors { code message } } }`;
const PROFILE = `query($email: String, $externalId: String, $maxAge: Int) {
  candidate(email: $email, externalId: $externalId, maxAge: $maxAge) {
    email name externalIds
    invites { id provider status source fetchedAt candidate { email } }
    interviews { id provider status externalId source candidate { email } }
  } }`;

const EMAIL = "Dana.Lee@Example.com";
const EXTERNAL_ID = "ATS-CAND-7";
const HOUR_MS = 3_600_000;

interface Profile {
  email: string;
  name: string | null;
  externalIds: string[];
  invites: Array<{ id: string; provider: string; status: string; source: string; fetchedAt: string }>;
  interviews: Array<{ id: string; provider: string; externalId: string | null; candidate: { email: string | null } }>;
}

describe("candidate(email | externalId): one candidate across every provider", () => {
  let t: TestApp;
  const created: string[] = [];
  let interviewId: string;

  beforeAll(async () => {
    t = await startApp();
    const candidate = { name: "Dana Lee", email: EMAIL };
    for (const assessmentId of [IDS.xobin.assessment, IDS.imocha.jsTest, IDS.alfa.supportAssessment]) {
      const res = await t.gql(INVITE, { input: { assessmentId, candidate, externalId: EXTERNAL_ID } });
      expect(res.data!.inviteCandidate.userErrors).toEqual([]);
      created.push(res.data!.inviteCandidate.invite.id);
    }
    const start = new Date(Date.now() + 24 * HOUR_MS);
    const res = await t.gql(SCHEDULE, {
      input: {
        startAt: start.toISOString(),
        endAt: new Date(start.getTime() + HOUR_MS).toISOString(),
        format: "VIDEO_CALL",
        interviewerId: IDS.drvn.interviewer,
        candidateId: IDS.drvn.candidate,
        externalId: EXTERNAL_ID,
        candidate: { email: EMAIL.toUpperCase() },
      },
    });
    expect(res.data!.scheduleInterview.userErrors).toEqual([]);
    interviewId = res.data!.scheduleInterview.interview.id;
  });
  afterAll(() => t.close());

  const profile = async (vars: Record<string, unknown>) => {
    const res = await t.gql<{ candidate: Profile | null }>(PROFILE, vars);
    expect(res.errors).toBeUndefined();
    return res.data!.candidate;
  };

  it("finds the invites at three providers and the DRVN interview by email, ignoring case, with one upstream call per invite", async () => {
    t.resetCounters();
    const p = (await profile({ email: "  DANA.LEE@example.COM " }))!;
    expect(p.email).toBe("dana.lee@example.com");
    expect(p.name).toBe("Dana Lee");
    expect(p.externalIds).toEqual([EXTERNAL_ID]);
    expect(p.invites.map((i) => i.id).sort()).toEqual([...created].sort());
    expect(new Set(p.invites.map((i) => i.provider))).toEqual(new Set(["XOBIN", "IMOCHA", "ALFAONE"]));
    expect(p.invites.every((i) => i.source === "PROVIDER" && i.status === "PENDING")).toBe(true);
    expect(p.interviews).toEqual([expect.objectContaining({ id: interviewId, provider: "DRVN", externalId: EXTERNAL_ID })]);
    expect(t.upstreamCalls()).toEqual({ XOBIN: 1, IMOCHA: 1, ALFAONE: 1, DRVN: 0 });
  });

  it("returns the same candidate by external id", async () => {
    const p = (await profile({ externalId: EXTERNAL_ID }))!;
    expect(p.email).toBe("dana.lee@example.com");
    expect(p.invites.map((i) => i.id).sort()).toEqual([...created].sort());
    expect(p.interviews.map((i) => i.id)).toEqual([interviewId]);
  });

  it("serves every invite from the record within maxAge, with no upstream call", async () => {
    t.resetCounters();
    const p = (await profile({ email: EMAIL, maxAge: 600 }))!;
    expect(p.invites).toHaveLength(3);
    expect(p.invites.every((i) => i.source === "RECORD" && Date.now() - Date.parse(i.fetchedAt) < 600_000)).toBe(true);
    expect(t.upstreamCalls()).toEqual({ XOBIN: 0, IMOCHA: 0, ALFAONE: 0, DRVN: 0 });
  });

  it("is null for a candidate hiregraph never saw", async () => {
    expect(await profile({ email: "nobody@example.com" })).toBeNull();
  });

  it.each([
    [{ email: EMAIL, externalId: EXTERNAL_ID }, "not both"],
    [{}, "email or externalId"],
    [{ email: "not-an-email" }, "email"],
  ])("refuses %p as INVALID_INPUT before any upstream call", async (vars, message) => {
    t.resetCounters();
    const res = await t.gql(PROFILE, vars);
    expect(res.data?.candidate).toBeNull();
    expect(res.errors![0]).toMatchObject({ message: expect.stringContaining(message), extensions: expect.objectContaining({ code: "INVALID_INPUT" }) });
    expect(Object.values(t.upstreamCalls()).every((n) => n === 0)).toBe(true);
  });

  it("filters invite events by candidate email, ignoring case, and by external id", async () => {
    const EVENTS = `query($filter: InviteEventFilter) { inviteEvents(filter: $filter, first: 50) { nodes { inviteId status } } }`;
    const byEmail = await t.gql(EVENTS, { filter: { candidateEmail: "dana.LEE@example.com" } });
    const ids = (byEmail.data!.inviteEvents.nodes as Array<{ inviteId: string }>).map((e) => e.inviteId);
    expect(new Set(ids)).toEqual(new Set(created));
    const byExternal = await t.gql(EVENTS, { filter: { externalId: EXTERNAL_ID } });
    expect(new Set((byExternal.data!.inviteEvents.nodes as Array<{ inviteId: string }>).map((e) => e.inviteId))).toEqual(new Set(created));
  });
});

describe("freshness: maxAge and final states on invite(id) and invites(ids)", () => {
  let t: TestApp;
  const READ = `query($id: ID!, $maxAge: Int) { invite(id: $id, maxAge: $maxAge) { id status source fetchedAt } }`;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  it("reads a pending invite from the provider every time unless maxAge allows the record", async () => {
    await t.gql(READ, { id: IDS.imocha.pending });
    t.resetCounters();
    const again = await t.gql(READ, { id: IDS.imocha.pending });
    expect(again.data!.invite.source).toBe("PROVIDER");
    expect(t.upstreamCalls().IMOCHA).toBe(1);
    t.resetCounters();
    const cached = await t.gql(READ, { id: IDS.imocha.pending, maxAge: 60 });
    expect(cached.data!.invite).toMatchObject({ id: IDS.imocha.pending, status: "PENDING", source: "RECORD" });
    expect(t.upstreamCalls().IMOCHA).toBe(0);
  });

  it("serves a state final at its provider from the record without maxAge, and from the provider with maxAge 0", async () => {
    await t.gql(READ, { id: IDS.xobin.completedAssessment });
    t.resetCounters();
    const final = await t.gql(READ, { id: IDS.xobin.completedAssessment });
    expect(final.data!.invite).toMatchObject({ status: "COMPLETED", source: "RECORD" });
    expect(t.upstreamCalls().XOBIN).toBe(0);
    const forced = await t.gql(READ, { id: IDS.xobin.completedAssessment, maxAge: 0 });
    expect(forced.data!.invite.source).toBe("PROVIDER");
    expect(t.upstreamCalls().XOBIN).toBe(1);
  });

  it("keeps reading an iMocha cancelled invitation from iMocha (a re-invite can reset it to Pending)", async () => {
    await t.gql(READ, { id: IDS.imocha.cancelled });
    t.resetCounters();
    const res = await t.gql(READ, { id: IDS.imocha.cancelled });
    expect(res.data!.invite).toMatchObject({ status: "CANCELLED", source: "PROVIDER" });
    expect(t.upstreamCalls().IMOCHA).toBe(1);
  });

  it("answers 50 copies and repeats of recorded invites within maxAge with no upstream call", async () => {
    const ids = [IDS.imocha.pending, IDS.imocha.completed, IDS.alfa.pending, IDS.xobin.pendingAi];
    await t.gql(`query($ids: [ID!]!) { invites(ids: $ids) { id } }`, { ids });
    t.resetCounters();
    const res = await t.gql(`query($ids: [ID!]!) { invites(ids: $ids, maxAge: 60) { id source } }`, { ids: Array.from({ length: 50 }, (_, i) => ids[i % ids.length]) });
    expect((res.data!.invites as Array<{ source: string }>).every((i) => i.source === "RECORD")).toBe(true);
    expect(Object.values(t.upstreamCalls()).reduce((a, b) => a + b, 0)).toBe(0);
  });

  it("refuses a negative maxAge as INVALID_INPUT naming the argument", async () => {
    const res = await t.gql(READ, { id: IDS.imocha.pending, maxAge: -1 });
    expect(res.errors![0].extensions).toMatchObject({ code: "INVALID_INPUT", field: ["maxAge"] });
  });
});
