import { Provider } from "../../src/domain/enums";
import { startApp, type TestApp } from "../helpers/app";
import { IDS } from "../helpers/seeds";

/** 27 distinct seeded invites across three providers, repeated to 50 ids, as a list page of a mixed ATS view would. */
function fiftyMixedIds(): string[] {
  const distinct = [
    ...Object.values(IDS.alfa).filter((id) => id.startsWith("alfaone:invite:") && id !== IDS.alfa.missing),
    ...Object.values(IDS.imocha).filter((id) => id.startsWith("imocha:invite:") && id !== IDS.imocha.missing),
    ...Object.values(IDS.xobin).filter((id) => /^xobin:(ai|assessment)-invite:/.test(id)),
  ];
  const ids: string[] = [];
  for (let k = 0; ids.length < 50; k++) ids.push(distinct[k % distinct.length]);
  return ids;
}

const byProvider = (ids: string[]) => {
  const counts: Record<string, number> = {};
  for (const id of new Set(ids)) {
    const p = id.split(":")[0].toUpperCase();
    counts[p] = (counts[p] ?? 0) + 1;
  }
  return counts;
};

const QUERY = `query($ids: [ID!]!) { invites(ids: $ids) { id status candidate { name email }
  assessment { id name kind } grader { id name email } } }`;

describe("batching: one upstream call per distinct provider object per request", () => {
  let t: TestApp;
  afterEach(() => t.close());

  it("fetches a 50-invite mixed query with exactly one call per distinct id, embedded objects free", async () => {
    t = await startApp();
    const ids = fiftyMixedIds();
    const expected = byProvider(ids);
    const res = await t.gql(QUERY, { ids });
    expect(res.errors).toBeUndefined();
    expect(res.data!.invites).toHaveLength(50);
    expect(res.data!.invites.map((i: { id: string }) => i.id)).toEqual(ids);
    // assessment and grader come from the invite payloads: no assessment or grader endpoint is called.
    expect(t.upstreamCalls()).toEqual({ XOBIN: expected.XOBIN, ALFAONE: expected.ALFAONE, IMOCHA: expected.IMOCHA, DRVN: 0 });
    expect(Object.keys(t.sim(Provider.ALFAONE).stats().byRoute)).toEqual(["GET /invites/:inviteId"]);
  });

  it("shares one fetch between node, invite, invites and _entities in the same request", async () => {
    t = await startApp();
    const id = IDS.imocha.completed;
    const res = await t.gql(`query($id: ID!, $reps: [_Any!]!) { a: invite(id: $id) { id } b: node(id: $id) { id }
      c: invites(ids: [$id, $id]) { id } d: _entities(representations: $reps) { ... on Invite { id status } } }`, {
      id,
      reps: [{ __typename: "Invite", id }],
    });
    expect(res.errors).toBeUndefined();
    expect(t.upstreamCalls().IMOCHA).toBe(1);
  });

  it("fetches iMocha tests once for many assessment ids (one list call serves the batch)", async () => {
    t = await startApp();
    const res = await t.gql(`query($a: ID!, $b: ID!) { a: assessment(id: $a) { name } b: assessment(id: $b) { name } c: node(id: $a) { id } }`, {
      a: IDS.imocha.jsTest,
      b: IDS.imocha.sqlTest,
    });
    expect(res.errors).toBeUndefined();
    expect(t.sim(Provider.IMOCHA).stats().byRoute).toEqual({ "GET /v3/tests": 1 });
  });

  it("does not share loaders between requests (no cross-request caching)", async () => {
    t = await startApp();
    await t.gql(QUERY, { ids: [IDS.alfa.pending] });
    await t.gql(QUERY, { ids: [IDS.alfa.pending] });
    expect(t.upstreamCalls().ALFAONE).toBe(2);
  });

  it("bounds concurrent upstream calls per provider", async () => {
    t = await startApp({ UPSTREAM_CONCURRENCY: "3" });
    t.sim(Provider.ALFAONE).setFaults([{ latencyMs: 30 }]);
    const ids = Object.values(IDS.alfa).filter((id) => id.startsWith("alfaone:invite:") && id !== IDS.alfa.missing);
    const res = await t.gql(QUERY, { ids });
    expect(res.errors).toBeUndefined();
    const stats = t.sim(Provider.ALFAONE).stats();
    expect(stats.total).toBe(ids.length);
    expect(stats.maxInFlight).toBeLessThanOrEqual(3);
    expect(stats.maxInFlight).toBeGreaterThan(1);
  });
});
