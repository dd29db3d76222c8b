import { startApp, type TestApp } from "../helpers/app";
import { IDS } from "../helpers/seeds";

/** Tells a simulator, over its HTTP control route, to never answer matching requests. */
async function hang(t: TestApp, provider: string, match?: string): Promise<void> {
  const res = await fetch(`${t.url}/sandbox/${provider}/__control/faults`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ hang: true, ...(match ? { match } : {}) }),
  });
  expect(res.status).toBe(204);
}

const TWO_PROVIDERS = `query Mixed($stuck: ID!, $fine: ID!) { stuck: invite(id: $stuck) { id status } fine: invite(id: $fine) { id status } }`;

describe("a hanging provider, default settings", () => {
  let t: TestApp;
  beforeAll(async () => (t = await startApp()));
  afterAll(() => t.close());

  it("answers within 15 s: its field null with PROVIDER_UNAVAILABLE, the other provider's field resolved, no retry past the budget", async () => {
    await hang(t, "alfaone");
    const started = performance.now();
    const res = await t.gql(TWO_PROVIDERS, { stuck: IDS.alfa.pending, fine: IDS.imocha.pending });
    const elapsed = performance.now() - started;
    expect(elapsed).toBeLessThan(15_000);
    expect(res.data).toEqual({ stuck: null, fine: { id: IDS.imocha.pending, status: "PENDING" } });
    expect(res.errors).toEqual([expect.objectContaining({ path: ["stuck"], extensions: expect.objectContaining({ code: "PROVIDER_UNAVAILABLE", provider: "ALFAONE", retryable: true }) })]);
    // UPSTREAM_TIMEOUT_MS covers the retries too: the one attempt used the whole budget, so none followed.
    expect(t.upstreamCalls().ALFAONE).toBe(1);
  }, 20_000);
});

describe("calls queued behind a hanging provider", () => {
  let t: TestApp;
  beforeAll(async () => (t = await startApp({ UPSTREAM_CONCURRENCY: "2", UPSTREAM_TIMEOUT_MS: "1500", BREAKER_THRESHOLD: "1", BREAKER_COOLDOWN_MS: "60000" })));
  afterAll(() => t.close());

  it("are refused without being sent once the breaker opens, and a queued write fails within its own timeout as not sent", async () => {
    await hang(t, "xobin");
    const one = (id: string) => t.gql(`query One($id: ID!) { invite(id: $id) { id } }`, { id });
    // Two reads take both connection slots and hang.
    const inFlight = [one(IDS.xobin.pendingAi), one(IDS.xobin.startedAi)];
    await new Promise((r) => setTimeout(r, 300));
    // Six more reads and a revoke queue behind them.
    const queued = [IDS.xobin.completedAi, IDS.xobin.revokedAi, IDS.xobin.notAllowedAi, IDS.xobin.failingRevokeAi, IDS.xobin.pendingAi, IDS.xobin.startedAi].map(one);
    const revokeStarted = performance.now();
    const revoke = t
      .gql(`mutation { revokeInvite(input: { id: "${IDS.xobin.completedAi}" }) { invite { id } userErrors { code retryable message } } }`)
      .then((r) => ({ r, elapsed: performance.now() - revokeStarted }));

    for (const res of await Promise.all([...inFlight, ...queued])) {
      expect(res.data!.invite).toBeNull();
      expect(res.errors![0].extensions!.code).toBe("PROVIDER_UNAVAILABLE");
    }
    const { r, elapsed } = await revoke;
    expect(r.data!.revokeInvite.userErrors).toEqual([expect.objectContaining({ code: "PROVIDER_UNAVAILABLE", retryable: true })]);
    expect(elapsed).toBeLessThan(1500 + 1000); // its own timeout, with generous slack
    // Only the two calls that held the slots ever reached Xobin.
    expect(t.upstreamCalls().XOBIN).toBe(2);
  }, 20_000);
});

describe("queue time", () => {
  it("counts toward the deadline: reads still queued when it passes are never sent", async () => {
    const t = await startApp({ UPSTREAM_CONCURRENCY: "1", UPSTREAM_TIMEOUT_MS: "1000", BREAKER_THRESHOLD: "100" });
    try {
      await hang(t, "xobin");
      const ids = [IDS.xobin.pendingAi, IDS.xobin.startedAi, IDS.xobin.completedAi];
      const res = await t.gql(`query Three($ids: [ID!]!) { invites(ids: $ids) { id } }`, { ids });
      expect(res.data!.invites).toEqual([null, null, null]);
      expect(res.errors!.map((e) => e.extensions!.code)).toEqual(["PROVIDER_UNAVAILABLE", "PROVIDER_UNAVAILABLE", "PROVIDER_UNAVAILABLE"]);
      expect(res.errors!.filter((e) => /was not sent/.test(e.message))).toHaveLength(2);
      expect(t.upstreamCalls().XOBIN).toBe(1);
    } finally {
      await t.close();
    }
  });
});
