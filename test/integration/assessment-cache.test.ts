import { Provider } from "../../src/domain/enums";
import { MemoryTtlCache } from "../../src/shared-state/ttl-cache";
import { startApp, type TestApp } from "../helpers/app";
import { startLiveCluster, type LiveCluster } from "../helpers/cluster";
import { startRedis, type TestRedis } from "../helpers/redis";
import { IDS } from "../helpers/seeds";

const ASSESSMENT = `query($id: ID!) { assessment(id: $id) { id provider providerId name kind questionCount languages createdAt } }`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("assessment cache across requests", () => {
  describe("in this process (no REDIS_URL)", () => {
    let t: TestApp;
    afterEach(() => t.close());
    const alfaReads = () => t.sim(Provider.ALFAONE).stats().total;

    it("serves a repeated assessment from the cache until its TTL passes", async () => {
      t = await startApp({ ASSESSMENT_CACHE_TTL_MS: "300" });
      const first = await t.gql(ASSESSMENT, { id: IDS.alfa.salesAssessment });
      expect(first.errors).toBeUndefined();
      expect(first.data!.assessment.createdAt).toEqual(expect.any(String));
      expect(await t.gql(ASSESSMENT, { id: IDS.alfa.salesAssessment })).toEqual(first);
      expect(alfaReads()).toBe(1);
      await sleep(350);
      await t.gql(ASSESSMENT, { id: IDS.alfa.salesAssessment });
      expect(alfaReads()).toBe(2);
    });

    it("fetches every time with ASSESSMENT_CACHE_TTL_MS=0", async () => {
      t = await startApp({ ASSESSMENT_CACHE_TTL_MS: "0" });
      for (let i = 0; i < 3; i++) await t.gql(ASSESSMENT, { id: IDS.alfa.salesAssessment });
      expect(alfaReads()).toBe(3);
    });

    it("never caches a failure: the next request asks the provider again", async () => {
      t = await startApp({ UPSTREAM_RETRIES: "0" });
      t.sim(Provider.ALFAONE).setFaults([{ match: "GET /assessments", status: 503, times: 1 }]);
      const failed = await t.gql(ASSESSMENT, { id: IDS.alfa.supportAssessment });
      expect(failed.errors![0].extensions).toMatchObject({ code: "PROVIDER_UNAVAILABLE" });
      expect((await t.gql(ASSESSMENT, { id: IDS.alfa.supportAssessment })).data!.assessment.name).toEqual(expect.any(String));
      await t.gql(ASSESSMENT, { id: IDS.alfa.supportAssessment });
      expect(alfaReads()).toBe(2);
    });

    it("reads iMocha's test list once per TTL for a repeated test, and again for a test not yet cached", async () => {
      t = await startApp();
      const tests = () => t.sim(Provider.IMOCHA).stats().byRoute["GET /v3/tests"];
      for (let i = 0; i < 3; i++) expect((await t.gql(ASSESSMENT, { id: IDS.imocha.jsTest })).errors).toBeUndefined();
      expect(tests()).toBe(1);
      // The cache is keyed by global id: another test id is a miss, answered by one more list read.
      await t.gql(ASSESSMENT, { id: IDS.imocha.sqlTest });
      await t.gql(ASSESSMENT, { id: IDS.imocha.sqlTest });
      expect(tests()).toBe(2);
    });
  });

  describe("shared by two instances through Redis", () => {
    let redis: TestRedis;
    let cluster: LiveCluster;
    beforeAll(async () => (redis = await startRedis()));
    afterAll(async () => {
      await cluster.close();
      await redis.close();
    });

    it("answers the second instance from what the first fetched, with the same payload and the configured TTL", async () => {
      cluster = await startLiveCluster({
        instances: 2,
        providers: [Provider.ALFAONE, Provider.IMOCHA],
        env: { REDIS_URL: redis.url, REDIS_KEY_PREFIX: "cache-test:", ASSESSMENT_CACHE_TTL_MS: "5000" },
      });
      const [a, b] = cluster.apps;
      for (const id of [IDS.alfa.salesAssessment, IDS.imocha.jsTest]) {
        const first = await a.gql(ASSESSMENT, { id }, cluster.auth);
        expect(first.errors).toBeUndefined();
        expect(await b.gql(ASSESSMENT, { id }, cluster.auth)).toEqual(first);
        const ttl = await redis.client.pttl(`cache-test:cache:assessment:${id}`);
        expect(ttl).toBeGreaterThan(4000);
        expect(ttl).toBeLessThanOrEqual(5000);
      }
      expect(cluster.sims.ALFAONE!.control.stats().total).toBe(1);
      expect(cluster.sims.IMOCHA!.control.stats().byRoute).toEqual({ "GET /v3/tests": 1 });
    });
  });
});

describe("MemoryTtlCache", () => {
  it("expires entries and evicts the oldest written past its cap", async () => {
    let now = 0;
    const cache = new MemoryTtlCache<number>(1000, 2, () => now);
    await cache.setMany([["a", 1], ["b", 2]]);
    await cache.setMany([["c", 3]]);
    expect(await cache.getMany(["a", "b", "c"])).toEqual([undefined, 2, 3]);
    now = 1000;
    expect(await cache.getMany(["b", "c"])).toEqual([undefined, undefined]);
  });
});
