import { Provider } from "../../src/domain/enums";
import { startApp, type TestApp } from "../helpers/app";
import { IDS } from "../helpers/seeds";

const MIXED = `query($ids: [ID!]!) { invites(ids: $ids) { id status } }`;
const INVITE = `mutation($input: InviteCandidateInput!) { inviteCandidate(input: $input) { invite { id status externalId } userErrors { code message retryable retryAfterSeconds } } }`;

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await fn();
  return [result, performance.now() - started];
}

describe("provider faults, end to end", () => {
  let t: TestApp;
  // Short timeouts and a low breaker threshold keep the suite fast; the behaviour is the same at the defaults.
  beforeAll(async () => (t = await startApp({ UPSTREAM_TIMEOUT_MS: "400", UPSTREAM_RETRIES: "2", BREAKER_THRESHOLD: "4", BREAKER_COOLDOWN_MS: "1500" })));
  afterAll(() => t.close());
  beforeEach(() => t.resetCounters());

  it("a 5xx burst is retried away: the query succeeds", async () => {
    t.sim(Provider.IMOCHA).setFaults([{ status: 503, times: 2 }]);
    const res = await t.gql(MIXED, { ids: [IDS.imocha.pending] });
    expect(res.errors).toBeUndefined();
    expect(res.data!.invites[0].status).toBe("PENDING");
    expect(t.upstreamCalls().IMOCHA).toBe(3);
  });

  it("a provider that keeps failing yields null + retryable PROVIDER_UNAVAILABLE for its ids only (partial data)", async () => {
    t.sim(Provider.ALFAONE).setFaults([{ status: 500 }]);
    const res = await t.gql(MIXED, { ids: [IDS.alfa.pending, IDS.imocha.completed, IDS.xobin.completedAi] });
    expect(res.data!.invites[0]).toBeNull();
    expect(res.data!.invites[1]).toMatchObject({ status: "COMPLETED" });
    expect(res.data!.invites[2]).toMatchObject({ status: "COMPLETED" });
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]).toMatchObject({ path: ["invites", 0], extensions: { code: "PROVIDER_UNAVAILABLE", provider: "ALFAONE", retryable: true } });
    expect(JSON.stringify(res.errors)).not.toMatch(/stack|at .*\.ts/);
  });

  it("429 with a long Retry-After is RATE_LIMITED with retryAfterSeconds and is not retried", async () => {
    t.sim(Provider.IMOCHA).setFaults([{ status: 429, retryAfter: "120", body: { statusCode: 429, message: "Too many requests" } }]);
    const res = await t.gql(MIXED, { ids: [IDS.imocha.pending] });
    expect(res.errors![0].extensions).toMatchObject({ code: "RATE_LIMITED", retryable: true, retryAfterSeconds: 120 });
    expect(t.upstreamCalls().IMOCHA).toBe(1);
  });

  it("429 with an HTTP-date Retry-After is understood", async () => {
    const at = new Date(Date.now() + 90_000).toUTCString();
    t.sim(Provider.XOBIN).setFaults([{ status: 429, retryAfter: at }]);
    const res = await t.gql(MIXED, { ids: [IDS.xobin.pendingAi] });
    expect(res.errors![0].extensions!.retryAfterSeconds).toBeGreaterThanOrEqual(85);
    expect(res.errors![0].extensions!.retryAfterSeconds).toBeLessThanOrEqual(91);
  });

  it("malformed JSON is PROVIDER_UNAVAILABLE", async () => {
    t.sim(Provider.XOBIN).setFaults([{ malformed: true }]);
    const res = await t.gql(MIXED, { ids: [IDS.xobin.pendingAi, IDS.imocha.pending] });
    expect(res.errors![0].extensions).toMatchObject({ code: "PROVIDER_UNAVAILABLE", provider: "XOBIN" });
    expect(res.data!.invites[1]).toMatchObject({ status: "PENDING" });
  });

  it("a hanging provider costs at most the timeout per attempt; others still answer", async () => {
    t.sim(Provider.ALFAONE).setFaults([{ hang: true }]);
    const [res, ms] = await timed(() => t.gql(MIXED, { ids: [IDS.alfa.pending, IDS.imocha.pending] }));
    expect(res.data!.invites[1]).toMatchObject({ status: "PENDING" });
    expect(res.errors![0].extensions).toMatchObject({ code: "PROVIDER_UNAVAILABLE", retryable: true });
    // 3 attempts × 400 ms timeout + backoff, well under a client's patience.
    expect(ms).toBeLessThan(2500);
  });

  it("slow but healthy responses still succeed", async () => {
    t.sim(Provider.IMOCHA).setFaults([{ latencyMs: 150 }]);
    const res = await t.gql(MIXED, { ids: [IDS.imocha.pending, IDS.imocha.completed] });
    expect(res.errors).toBeUndefined();
  });

  it("an open breaker fails fast without calling the provider, then recovers", async () => {
    t.sim(Provider.DRVN).setFaults([{ status: 502 }]);
    const UPDATE = `mutation($id: ID!) { updateInterview(input: { id: $id, location: "Depot 9" }) { userErrors { code message retryable } } }`;
    for (let i = 0; i < 4; i++) await t.gql(UPDATE, { id: IDS.drvn.scheduled });
    const before = t.upstreamCalls().DRVN;
    const [res, ms] = await timed(() => t.gql(UPDATE, { id: IDS.drvn.scheduled }));
    expect(res.data!.updateInterview.userErrors[0]).toMatchObject({ code: "PROVIDER_UNAVAILABLE", retryable: true });
    expect(res.data!.updateInterview.userErrors[0].message).toContain("circuit open");
    expect(t.upstreamCalls().DRVN).toBe(before);
    expect(ms).toBeLessThan(100);
    t.sim(Provider.DRVN).clear();
    await new Promise((r) => setTimeout(r, 1600));
    const healed = await t.gql(UPDATE, { id: IDS.drvn.scheduled });
    expect(healed.data!.updateInterview.userErrors).toEqual([]);
  });

  it("a write whose answer is lost is OUTCOME_UNKNOWN, never retried", async () => {
    t.sim(Provider.IMOCHA).setFaults([{ match: "POST /v3/tests", dropAfterHandling: true, times: 1 }]);
    const res = await t.gql(INVITE, { input: { assessmentId: IDS.imocha.jsTest, candidate: { name: "Lost Answer", email: "lost@example.com" } } });
    expect(res.data!.inviteCandidate).toMatchObject({ invite: null, userErrors: [{ code: "OUTCOME_UNKNOWN", retryable: true }] });
    expect(t.sim(Provider.IMOCHA).stats().byRoute["POST /v3/tests/:testId/invite"]).toBe(1);
  });

  it("reconciles a lost Xobin create by its externalId instead of reporting it unknown", async () => {
    // A fresh server: earlier tests pushed Xobin's breaker close to open, which would (rightly) refuse the lookup.
    const fresh = await startApp();
    fresh.sim(Provider.XOBIN).setFaults([{ match: "POST /ai-interviews/invite", dropAfterHandling: true, times: 1 }]);
    const res = await fresh.gql(INVITE, { input: { assessmentId: IDS.xobin.aiInterview, candidate: { name: "Re Concile", email: "reconcile@example.com" }, externalId: "ATS-RECONCILE-1" } });
    expect(res.data!.inviteCandidate.userErrors).toEqual([]);
    expect(res.data!.inviteCandidate.invite).toMatchObject({ status: "PENDING", externalId: "ATS-RECONCILE-1" });
    expect(fresh.sim(Provider.XOBIN).stats().byRoute["POST /ai-interviews/invite"]).toBe(1);
    await fresh.close();
  });

  it("concurrent and repeated requests with one idempotency key make exactly one upstream write, even under latency", async () => {
    t.sim(Provider.ALFAONE).setFaults([{ match: "POST /invites", latencyMs: 100 }]);
    const input = { assessmentId: IDS.alfa.supportAssessment, candidate: { email: "once@example.com" }, idempotencyKey: "fault-suite-once" };
    const results = await Promise.all(Array.from({ length: 8 }, () => t.gql(INVITE, { input })));
    const again = await t.gql(INVITE, { input });
    const ids = new Set([...results, again].map((r) => r.data!.inviteCandidate.invite.id));
    expect(ids.size).toBe(1);
    expect(t.sim(Provider.ALFAONE).stats().byRoute["POST /invites"]).toBe(1);
  });

  it("a transient failure is not remembered under the idempotency key, so the retry goes through once", async () => {
    t.sim(Provider.IMOCHA).setFaults([{ match: "POST /v3/tests", status: 503, times: 1 }]);
    const input = { assessmentId: IDS.imocha.sqlTest, candidate: { name: "Retry Me", email: "retry.me@example.com" }, idempotencyKey: "fault-suite-retry" };
    const first = await t.gql(INVITE, { input });
    expect(first.data!.inviteCandidate.userErrors[0]).toMatchObject({ code: "PROVIDER_UNAVAILABLE", retryable: true });
    const second = await t.gql(INVITE, { input });
    expect(second.data!.inviteCandidate.userErrors).toEqual([]);
    const third = await t.gql(INVITE, { input });
    expect(third.data).toEqual(second.data);
    expect(t.sim(Provider.IMOCHA).stats().byRoute["POST /v3/tests/:testId/invite"]).toBe(2);
  });

  it("keeps serving after all of the above (no crash)", async () => {
    const health = await fetch(`${t.url}/health`);
    expect(health.status).toBe(200);
  });
});
