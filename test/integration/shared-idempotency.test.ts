import { Provider } from "../../src/domain/enums";
import { startLiveCluster, type LiveCluster } from "../helpers/cluster";
import { startRedis, type TestRedis } from "../helpers/redis";
import { IDS } from "../helpers/seeds";

const INVITE = `mutation($input: InviteCandidateInput!) { inviteCandidate(input: $input) {
  invite { id status candidate { name email } assessment { id } inviteUrl sentAt expiresAt }
  userErrors { code message field retryable } } }`;

const input = (key: string, email = "pat@example.com") => ({
  assessmentId: IDS.alfa.salesAssessment,
  candidate: { name: "Pat Example", email },
  idempotencyKey: key,
});

/** Two instances on one Redis, reaching AlfaOne as a LIVE API served by one standalone simulator. */
describe("idempotency shared by two instances through Redis", () => {
  let redis: TestRedis;
  let cluster: LiveCluster;
  let run = 0;
  beforeAll(async () => (redis = await startRedis()));
  afterAll(() => redis.close());
  afterEach(() => cluster.close());

  const start = async (withRedis: boolean) => {
    const env: Record<string, string> = withRedis ? { REDIS_URL: redis.url, REDIS_KEY_PREFIX: `idem-test-${++run}:` } : {};
    cluster = await startLiveCluster({ instances: 2, providers: [Provider.ALFAONE], env });
    const [a, b] = cluster.apps.map((app) => (vars: Record<string, unknown>) => app.gql(INVITE, vars, cluster.auth));
    const writes = () => cluster.sims.ALFAONE!.control.stats().byRoute["POST /invites"] ?? 0;
    return { a, b, writes };
  };

  it("replays the first payload on the other instance with exactly one upstream write", async () => {
    const { a, b, writes } = await start(true);
    const first = await a({ input: input("key-seq") });
    expect(first.data!.inviteCandidate.userErrors).toEqual([]);
    expect(first.data!.inviteCandidate.invite.id).toMatch(/^alfaone:invite:/);
    const second = await b({ input: input("key-seq") });
    expect(second).toEqual(first);
    expect(writes()).toBe(1);
  });

  it("makes concurrent repeats spread over both instances send one write and get identical payloads", async () => {
    const { a, b, writes } = await start(true);
    cluster.sims.ALFAONE!.control.setFaults([{ match: "POST /invites", latencyMs: 150 }]);
    const results = await Promise.all([a, b, a, b, a, b].map((send) => send({ input: input("key-concurrent") })));
    expect(writes()).toBe(1);
    expect(results[0].data!.inviteCandidate.userErrors).toEqual([]);
    for (const r of results) expect(r).toEqual(results[0]);
  });

  it("refuses the same key with a different input on the other instance, without an upstream call", async () => {
    const { a, b, writes } = await start(true);
    await a({ input: input("key-reused") });
    const other = await b({ input: input("key-reused", "someone.else@example.com") });
    expect(other.data!.inviteCandidate).toMatchObject({ invite: null, userErrors: [{ code: "IDEMPOTENCY_KEY_REUSED", field: ["idempotencyKey"], retryable: false }] });
    expect(writes()).toBe(1);
  });

  it("without REDIS_URL each instance remembers only its own keys (the control case: two writes)", async () => {
    const { a, b, writes } = await start(false);
    const [first, second] = [await a({ input: input("key-local") }), await b({ input: input("key-local") })];
    expect(writes()).toBe(2);
    expect(second.data!.inviteCandidate.invite.id).not.toBe(first.data!.inviteCandidate.invite.id);
  });
});
