import { SignJWT } from "jose";
import { Provider } from "../../src/domain/enums";
import { alfaoneSimulator } from "../../src/providers/alfaone";
import { startApp, type TestApp } from "../helpers/app";
import { IDS } from "../helpers/seeds";
import { startSimulator } from "../helpers/sim-server";

const INVITE = `mutation($input: InviteCandidateInput!) { inviteCandidate(input: $input) {
  invite { id status providerStatus score maxScore inviteUrl } userErrors { code message field retryable } } }`;
const SCHEDULE = `mutation($input: ScheduleInterviewInput!) { scheduleInterview(input: $input) { interview { id } userErrors { code message retryable } } }`;
const UPDATE = `mutation($input: UpdateInterviewInput!) { updateInterview(input: $input) { interview { id } userErrors { code message retryable } } }`;
const NEW_INTERVIEW = { startAt: "2031-04-01T09:00:00Z", endAt: "2031-04-01T09:30:00Z", format: "IN_PERSON", location: "Depot 4", interviewerId: IDS.drvn.interviewer, candidateId: IDS.drvn.candidate };

describe("provider gaps found against the docs, over /graphql and the simulators", () => {
  let t: TestApp;
  beforeAll(async () => (t = await startApp()));
  afterAll(() => t.close());
  beforeEach(() => {
    t.resetCounters();
  });

  it("iMocha: refuses an invite without the candidate's name as INVALID_INPUT on candidate.name, before any call", async () => {
    for (const candidate of [{ email: "nameless@example.com" }, { name: " ", email: "nameless@example.com" }]) {
      const res = (await t.gql(INVITE, { input: { assessmentId: IDS.imocha.jsTest, candidate } })).data!.inviteCandidate;
      expect(res).toEqual({ invite: null, userErrors: [{ code: "INVALID_INPUT", message: expect.stringMatching(/iMocha requires the candidate's name|candidate.name must not be blank/), field: ["candidate", "name"], retryable: false }] });
    }
    expect(t.upstreamCalls().IMOCHA).toBe(0);
  });

  it("iMocha: a re-invite of a candidate who completed the test reports that invitation as COMPLETED, read back", async () => {
    const res = (await t.gql(INVITE, { input: { assessmentId: IDS.imocha.jsTest, candidate: { name: "Mei Chen", email: "mei.chen@example.com" } } })).data!.inviteCandidate;
    expect(res.userErrors).toEqual([]);
    expect(res.invite).toMatchObject({ id: IDS.imocha.completed, status: "COMPLETED", providerStatus: "Complete", score: 34, maxScore: 45 });
    expect(t.sim(Provider.IMOCHA).stats().byRoute).toEqual({ "POST /v3/tests/:testId/invite": 1, "GET /v3/reports/:testInvitationId": 1 });
  });

  it("DRVN: a 2xx create answer without `interview` is OUTCOME_UNKNOWN, not retryable, and a repeat with the key makes no second call", async () => {
    t.sim(Provider.DRVN).setFaults([{ match: "POST /api/v1/interviews", status: 200, body: { ok: true } }]);
    const input = { ...NEW_INTERVIEW, idempotencyKey: "drvn-unreadable-1" };
    const first = (await t.gql(SCHEDULE, { input })).data!.scheduleInterview;
    expect(first).toEqual({ interview: null, userErrors: [{ code: "OUTCOME_UNKNOWN", message: expect.stringContaining('"interview" object'), retryable: false }] });
    expect((await t.gql(SCHEDULE, { input })).data!.scheduleInterview).toEqual(first);
    expect(t.sim(Provider.DRVN).stats().total).toBe(1);
  });

  it("DRVN: the same holds for an update answered 2xx without `interview`", async () => {
    t.sim(Provider.DRVN).setFaults([{ match: "PATCH /api/v1/interviews", status: 200, body: { interview: null } }]);
    const res = (await t.gql(UPDATE, { input: { id: IDS.drvn.pending, location: "Depot 9" } })).data!.updateInterview;
    expect(res.userErrors).toEqual([expect.objectContaining({ code: "OUTCOME_UNKNOWN", retryable: false })]);
    expect(t.sim(Provider.DRVN).stats().total).toBe(1);
  });

  it("every provider's write path applies the same rule: Xobin and AlfaOne creates answered 2xx without the invite", async () => {
    t.sim(Provider.XOBIN).setFaults([{ match: "POST /ai-interviews/invite", status: 200, body: { status: "Invite Link created" } }]);
    t.sim(Provider.ALFAONE).setFaults([{ match: "POST /invites", status: 201, body: { created: true } }]);
    const x = (await t.gql(INVITE, { input: { assessmentId: IDS.xobin.aiInterview, candidate: { name: "Ana", email: "ana@example.com" } } })).data!.inviteCandidate;
    const a = (await t.gql(INVITE, { input: { assessmentId: IDS.alfa.salesAssessment, candidate: { email: "ana@example.com" } } })).data!.inviteCandidate;
    for (const res of [x, a]) expect(res.userErrors).toEqual([expect.objectContaining({ code: "OUTCOME_UNKNOWN", retryable: false })]);
  });
});

describe("AlfaOne keys: the documented prefix, any length after it", () => {
  it("starts live with a key shorter than 32 characters and sends it as x-api-key", async () => {
    const key = "ak_live_Sh0rt-key";
    const sim = await startSimulator(alfaoneSimulator, { prefix: "/sandbox/alfaone", secret: key });
    const secret = "test-only-hs256-secret-0123456789abcdef";
    const t = await startApp({ ALFAONE_BASE_URL: sim.baseUrl, ALFAONE_API_KEY: key, AUTH_JWT_SECRET: secret });
    try {
      const jwt = await new SignJWT({ scope: "hiregraph:read" }).setProtectedHeader({ alg: "HS256" }).setSubject("s").setExpirationTime("5m").sign(new TextEncoder().encode(secret));
      const res = await t.gql(`{ invite(id: "${IDS.alfa.completed}") { id status } }`, undefined, { authorization: `Bearer ${jwt}` });
      expect(res.errors).toBeUndefined();
      expect(res.data!.invite).toEqual({ id: IDS.alfa.completed, status: "COMPLETED" });
      expect(sim.control.stats().total).toBe(1);
    } finally {
      await t.close();
      await sim.close();
    }
  });
});
