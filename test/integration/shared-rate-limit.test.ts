import { Provider } from "../../src/domain/enums";
import { redisRateLimiters } from "../../src/providers/rate-limit-redis";
import { startLiveCluster, type LiveCluster } from "../helpers/cluster";
import { startRedis, type TestRedis } from "../helpers/redis";
import { IDS } from "../helpers/seeds";

const INVITES = `query($ids: [ID!]!) { invites(ids: $ids) { id } }`;
const alfaInvites = Object.values(IDS.alfa).filter((id) => id.startsWith("alfaone:invite:") && id !== IDS.alfa.missing);

describe("outbound rate limit shared through Redis", () => {
  let redis: TestRedis;
  let run = 0;
  beforeAll(async () => (redis = await startRedis()));
  afterAll(() => redis.close());

  describe("RedisTokenBucket", () => {
    it("gives one burst of perMinute tokens across two connections, then the wait until the next", async () => {
      const prefix = `bucket-${++run}:`;
      const [a, b] = await Promise.all([redis.connect(prefix), redis.connect(prefix)]).then((cs) => cs.map((c) => redisRateLimiters(c)(Provider.IMOCHA, 6)));
      const waits = [];
      for (let i = 0; i < 4; i++) waits.push(await a.take(), await b.take());
      expect(waits.slice(0, 6)).toEqual([0, 0, 0, 0, 0, 0]);
      // 6/min refills one token every 10 s.
      expect(waits[6]).toBeGreaterThan(9_000);
      expect(waits[6]).toBeLessThanOrEqual(10_000);
      expect(await redis.client.pttl(`${prefix}ratelimit:IMOCHA`)).toBeGreaterThan(60_000);
    });
  });

  describe("two instances with ALFAONE_RATE_LIMIT_PER_MIN=5", () => {
    let cluster: LiveCluster;
    afterEach(() => cluster.close());

    /** Four distinct invites through instance A, then four through B; returns what B's request got. One caller, so its per-caller share is off here. */
    async function spendAcrossInstances(env: Record<string, string>) {
      cluster = await startLiveCluster({ instances: 2, providers: [Provider.ALFAONE], env: { ALFAONE_RATE_LIMIT_PER_MIN: "5", OUTBOUND_CALLER_SHARE: "1", ...env } });
      const [a, b] = cluster.apps;
      const first = await a.gql(INVITES, { ids: alfaInvites.slice(0, 4) }, cluster.auth);
      expect(first.errors).toBeUndefined();
      return b.gql(INVITES, { ids: alfaInvites.slice(1, 5) }, cluster.auth);
    }

    it("share one budget: the second instance gets one call through and RATE_LIMITED for the rest", async () => {
      const second = await spendAcrossInstances({ REDIS_URL: redis.url, REDIS_KEY_PREFIX: `limit-${++run}:` });
      expect(cluster.sims.ALFAONE!.control.stats().total).toBe(5);
      const codes = (second.errors ?? []).map((e) => e.extensions?.code);
      expect(codes).toEqual(["RATE_LIMITED", "RATE_LIMITED", "RATE_LIMITED"]);
      expect(second.errors!.every((e) => e.extensions?.retryable === true && e.extensions?.retryAfterSeconds >= 1)).toBe(true);
      expect(second.data!.invites.filter(Boolean)).toHaveLength(1);
    });

    it("without REDIS_URL each instance spends its own budget (the control case: all eight calls go out)", async () => {
      const second = await spendAcrossInstances({});
      expect(second.errors).toBeUndefined();
      expect(cluster.sims.ALFAONE!.control.stats().total).toBe(8);
    });
  });
});
