import { SignJWT } from "jose";
import { Provider } from "../../src/domain/enums";
import { startApp, type GqlResult, type TestApp } from "../helpers/app";
import { startLiveCluster, type LiveCluster } from "../helpers/cluster";
import { startRedis, type TestRedis } from "../helpers/redis";
import { IDS } from "../helpers/seeds";

const SECRET = "test-only-hs256-secret-fair-share-0123456789";
// maxAge: 0, so every read goes to AlfaOne (final states would otherwise be served from the record).
const INVITES = `query Batch($ids: [ID!]!) { invites(ids: $ids, maxAge: 0) { id } }`;
const alfaInvites = Object.values(IDS.alfa).filter((id) => id.startsWith("alfaone:invite:") && id !== IDS.alfa.missing);
const tokenFor = async (sub: string) => ({
  authorization: `Bearer ${await new SignJWT({ scope: "hiregraph:read" }).setProtectedHeader({ alg: "HS256" }).setSubject(sub).setExpirationTime("5m").sign(new TextEncoder().encode(SECRET))}`,
});

/** AlfaOne's budget is 10/min in these tests and each caller may use half: a caller asking twice for every invite gets 5. */
function expectGreedyCapped(first: GqlResult, again: GqlResult) {
  expect(first.data!.invites.filter(Boolean)).toHaveLength(5);
  const refused = [...first.errors!, ...again.errors!];
  expect(refused).toHaveLength(alfaInvites.length * 2 - 5);
  for (const e of refused) {
    expect(e.extensions).toMatchObject({ code: "RATE_LIMITED", provider: "ALFAONE", retryable: true });
    expect(e.extensions!.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(e.message).toContain("this caller has used its share");
  }
}

describe("each caller's fair share of a provider's outbound budget (in-process)", () => {
  let t: TestApp;
  beforeAll(async () => (t = await startApp({ AUTH_JWT_SECRET: SECRET, ALFAONE_RATE_LIMIT_PER_MIN: "10", OUTBOUND_CALLER_SHARE: "0.5" })));
  afterAll(() => t.close());

  it("stops one caller at its share, with RATE_LIMITED and retryAfterSeconds, while another caller's reads still succeed", async () => {
    expect(alfaInvites.length).toBeGreaterThan(5);
    const greedy = await tokenFor("greedy-batch-job");
    const first = await t.gql(INVITES, { ids: alfaInvites }, greedy);
    const again = await t.gql(INVITES, { ids: alfaInvites }, greedy);
    expectGreedyCapped(first, again);
    const other = await t.gql(INVITES, { ids: alfaInvites.slice(0, 4) }, await tokenFor("recruiter-ui"));
    expect(other.errors).toBeUndefined();
    expect(other.data!.invites.filter(Boolean)).toHaveLength(4);
    expect(t.upstreamCalls().ALFAONE).toBe(9);
  });
});

describe("each caller's fair share, kept in Redis across instances", () => {
  let redis: TestRedis;
  let cluster: LiveCluster;
  beforeAll(async () => (redis = await startRedis()));
  afterAll(async () => {
    await cluster?.close();
    await redis.close();
  });

  it("counts one caller's calls through every instance against one share", async () => {
    cluster = await startLiveCluster({
      instances: 2,
      providers: [Provider.ALFAONE],
      env: { ALFAONE_RATE_LIMIT_PER_MIN: "10", OUTBOUND_CALLER_SHARE: "0.5", REDIS_URL: redis.url, REDIS_KEY_PREFIX: "fair-share:" },
    });
    const [a, b] = cluster.apps;
    const greedy = cluster.auth;
    const first = await a.gql(INVITES, { ids: alfaInvites }, greedy);
    const again = await b.gql(INVITES, { ids: alfaInvites }, greedy); // another instance, same caller
    expectGreedyCapped(first, again);
    expect(cluster.sims.ALFAONE!.control.stats().total).toBe(5);
    expect(await redis.client.keys("fair-share:ratelimit:ALFAONE:caller:*")).toHaveLength(1);
  });
});
