import { Provider } from "../../src/domain/enums";
import { startApp, type TestApp } from "../helpers/app";

const QUERY = `query Many($ids: [ID!]!) { invites(ids: $ids) { id } }`;
/** 50 distinct iMocha invite ids the simulator does not have: each is one upstream call, answered 404. */
const IDS = Array.from({ length: 50 }, (_, k) => `imocha:invite:${70_000 + k}`);

describe("the per-provider bulkhead at default settings", () => {
  let t: TestApp;
  beforeAll(async () => (t = await startApp()));
  afterAll(() => t.close());

  const fiftyAtOnce = async () => {
    t.resetCounters();
    t.sim(Provider.IMOCHA).setFaults([{ latencyMs: 150 }]);
    const res = await t.gql(QUERY, { ids: IDS });
    expect(res.data!.invites).toHaveLength(50);
    expect(res.errors!.every((e) => e.extensions!.code === "NOT_FOUND")).toBe(true);
    const stats = t.sim(Provider.IMOCHA).stats();
    expect(stats.total).toBe(50);
    return stats.maxInFlight;
  };

  it("sends 50 distinct ids to the provider all at once (no queueing at the bulkhead)", async () => {
    expect(await fiftyAtOnce()).toBe(50);
  });

  it("sends fewer at once after the provider answered 429s, then all at once again once it answers in time", async () => {
    t.resetCounters();
    t.sim(Provider.IMOCHA).setFaults([{ status: 429, body: { message: "Too many requests" } }]);
    const limited = await t.gql(QUERY, { ids: IDS });
    expect(limited.errors!.length).toBe(50);
    expect(limited.errors!.every((e) => e.extensions!.code === "RATE_LIMITED")).toBe(true);
    // Right after the 429s: the limit is down, so the 50 calls go out in growing waves, not all at once.
    const afterLimited = await fiftyAtOnce();
    expect(afterLimited).toBeLessThan(50);
    expect(afterLimited).toBeGreaterThanOrEqual(1);
    // Each answer in time while the limit was in use added a slot: within three more queries all 50 go at once again.
    const peaks = [await fiftyAtOnce(), await fiftyAtOnce(), await fiftyAtOnce()];
    expect(peaks[0]).toBeGreaterThan(afterLimited);
    expect(peaks[2]).toBe(50);
  });
});
