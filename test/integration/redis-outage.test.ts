import { PassThrough } from "node:stream";
import { Provider } from "../../src/domain/enums";
import { startApp, type TestApp } from "../helpers/app";
import { startRedis, type TestRedis } from "../helpers/redis";
import { IDS } from "../helpers/seeds";

const INVITE = `mutation($input: InviteCandidateInput!) { inviteCandidate(input: $input) {
  invite { id } userErrors { code message retryable retryAfterSeconds } } }`;
const ASSESSMENT = `query($id: ID!) { assessment(id: $id) { id name } }`;
const INVITES = `query($ids: [ID!]!) { invites(ids: $ids) { id } }`;
const imochaInvites = Object.values(IDS.imocha).filter((id) => id.startsWith("imocha:invite:") && id !== IDS.imocha.missing);

const invite = (idempotencyKey?: string) => ({
  input: { assessmentId: IDS.alfa.salesAssessment, candidate: { email: "outage@example.com" }, idempotencyKey },
});

/** Polls until `check` passes or `ms` elapse. */
async function eventually(check: () => Promise<boolean>, ms: number): Promise<void> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) if (await check()) return;
  throw new Error(`condition not met within ${ms} ms`);
}

/** One instance on Redis, all providers sandboxed; Redis is killed mid-test and brought back. */
describe("a Redis outage degrades, never crashes", () => {
  let redis: TestRedis;
  let t: TestApp;
  const log: string[] = [];
  beforeAll(async () => {
    redis = await startRedis();
    const stream = new PassThrough();
    stream.on("data", (line) => log.push(String(line)));
    // One caller here and the whole budget is under test, so the per-caller share is off.
    t = await startApp({ REDIS_URL: redis.url, LOG_LEVEL: "info", IMOCHA_RATE_LIMIT_PER_MIN: "3", OUTBOUND_CALLER_SHARE: "1" }, { logger: true, logStream: stream });
    await redis.stop();
    await eventually(async () => log.some((l) => l.includes("redis unavailable")), 3000);
  });
  afterAll(async () => {
    await t.close();
    await redis.close();
  });
  const writes = () => t.sim(Provider.ALFAONE).stats().byRoute["POST /invites"] ?? 0;

  it("refuses a mutation with an idempotencyKey at once (fail closed, retryable) and sends nothing upstream", async () => {
    const started = performance.now();
    const res = await t.gql(INVITE, invite("outage-key"));
    expect(performance.now() - started).toBeLessThan(500);
    expect(res.data!.inviteCandidate).toEqual({
      invite: null,
      userErrors: [{ code: "IDEMPOTENCY_UNAVAILABLE", message: expect.stringContaining("unreachable"), retryable: true, retryAfterSeconds: 1 }],
    });
    expect(writes()).toBe(0);
  });

  it("still runs a mutation without a key, and serves reads with the cache off (fail open)", async () => {
    expect((await t.gql(INVITE, invite())).data!.inviteCandidate.userErrors).toEqual([]);
    expect(writes()).toBe(1);
    for (let i = 0; i < 2; i++) expect((await t.gql(ASSESSMENT, { id: IDS.alfa.supportAssessment })).errors).toBeUndefined();
    expect(t.sim(Provider.ALFAONE).stats().byRoute["GET /assessments/:assessmentId"]).toBe(2);
  });

  it("falls back to this process's own outbound budget (3/min here), not to no limit", async () => {
    const res = await t.gql(INVITES, { ids: imochaInvites.slice(0, 4) });
    expect(res.errors!.map((e) => e.extensions?.code)).toEqual(["RATE_LIMITED"]);
    expect(t.sim(Provider.IMOCHA).stats().total).toBe(3);
  });

  it("reports not ready while mutations with keys cannot be checked, yet stays alive", async () => {
    const ready = await fetch(`${t.url}/ready`);
    expect(ready.status).toBe(503);
    expect(((await ready.json()) as { failing: string[] }).failing).toEqual(["idempotency-store"]);
    expect((await fetch(`${t.url}/health`)).status).toBe(200);
  });

  it("logs the outage once, and recovers by itself when Redis is back", async () => {
    expect(log.filter((l) => l.includes("redis unavailable"))).toHaveLength(1);
    await redis.start();
    await eventually(async () => (await t.gql(INVITE, invite("after-outage"))).data!.inviteCandidate.userErrors.length === 0, 8000);
    expect(log.some((l) => l.includes("redis connection restored"))).toBe(true);
    const before = writes();
    expect((await t.gql(INVITE, invite("after-outage"))).data!.inviteCandidate.userErrors).toEqual([]);
    expect(writes()).toBe(before);
    expect((await fetch(`${t.url}/ready`)).status).toBe(200);
  });
});
