import { sql } from "kysely";
import { Provider } from "../../src/domain/enums";
import { startApp, type TestApp } from "../helpers/app";
import { startLiveCluster, type LiveCluster } from "../helpers/cluster";
import { startPostgres, type TestPostgres } from "../helpers/postgres";
import { IDS } from "../helpers/seeds";
import { subscribe } from "../helpers/ws";

const LIVE = `subscription($filter: InviteEventFilter) { inviteEvents(filter: $filter) { inviteId previousStatus status origin } }`;
const READ = `query($ids: [ID!]!) { invites(ids: $ids) { id status } }`;

describe("the poller (embedded store, sandboxed AlfaOne)", () => {
  let t: TestApp;
  beforeAll(async () => (t = await startApp({ POLL_INTERVAL_MS: "200" })));
  afterAll(() => t.close());

  it("turns an AlfaOne status changed in the simulator into a POLL event", async () => {
    const native = IDS.alfa.pending.split(":")[2];
    await t.gql(READ, { ids: [IDS.alfa.pending] });
    const sub = subscribe(t.url, LIVE, { variables: { filter: { inviteIds: [IDS.alfa.pending] } } });
    await sub.connected;
    const res = await fetch(`${t.url}/sandbox/alfaone/__control/advance`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ inviteId: native }) });
    expect(await res.json()).toMatchObject({ status: "accepted" });
    const [event] = await sub.waitFor(1);
    expect(event.data!.inviteEvents).toEqual({ inviteId: IDS.alfa.pending, previousStatus: "PENDING", status: "ACCEPTED", origin: "POLL" });
    await sub.dispose();
    const metrics = await (await fetch(`${t.url}/metrics`)).text();
    expect(metrics).toMatch(/hiregraph_poll_reads_total\{provider="ALFAONE",outcome="ok"\} [1-9]/);
    expect(metrics).toMatch(/hiregraph_invite_events_recorded_total\{origin="POLL",provider="ALFAONE"\} 1/);
  });

  it("leaves final invites alone", async () => {
    await t.gql(READ, { ids: [IDS.alfa.completed, IDS.alfa.started] });
    await sql`UPDATE invites SET poll_after = now() - interval '1 second' WHERE NOT final`.execute(t.record.database.db);
    const leased = await t.record.store.leaseDue([Provider.ALFAONE], 100, 60_000);
    expect(leased.map((l) => l.id)).toContain(IDS.alfa.started);
    expect(leased.map((l) => l.id)).not.toContain(IDS.alfa.completed);
    // Leased rows are not handed out twice.
    expect(await t.record.store.leaseDue([Provider.ALFAONE], 100, 60_000)).toEqual([]);
  });
});

describe("two instances on one PostgreSQL", () => {
  let pg: TestPostgres;
  let cluster: LiveCluster;
  beforeAll(async () => {
    pg = await startPostgres();
    const url = await pg.createDatabase("two_instances");
    // A long interval: rounds are run by the test, so the counts do not depend on timers.
    cluster = await startLiveCluster({ instances: 2, providers: [Provider.ALFAONE, Provider.IMOCHA], env: { DATABASE_URL: url, CALLBACK_TOKEN: "cluster-callback-token-0123456789abcdef", POLL_INTERVAL_MS: "3600000" } });
  }, 60_000);
  afterAll(async () => {
    await cluster.close();
    await pg.close();
  });

  it("a subscriber on instance A sees an event recorded through instance B", async () => {
    const [a, b] = cluster.apps;
    const sub = subscribe(a.url, LIVE, { variables: { filter: { inviteIds: ["imocha:invite:3200001"] } }, authorization: cluster.auth.authorization });
    await sub.connected;
    await new Promise((r) => setTimeout(r, 100));
    const res = await fetch(`${b.url}/callbacks/imocha?token=cluster-callback-token-0123456789abcdef`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ TestInvitationId: 3200001, Status: "In Progress", CandidateEmailId: "x@example.com", AttemptedOnUtc: "2030-01-01T10:00:00" }),
    });
    expect(res.status).toBe(200);
    const [event] = await sub.waitFor(1);
    expect(event.data!.inviteEvents).toEqual({ inviteId: "imocha:invite:3200001", previousStatus: null, status: "STARTED", origin: "CALLBACK" });
    await sub.dispose();
  });

  it("shares the polling: each invite is read once per round across both instances", async () => {
    const [a, b] = cluster.apps;
    const ids = [IDS.alfa.pending, IDS.imocha.pending, IDS.imocha.inProgress, IDS.alfa.started].filter(Boolean);
    const read = await a.gql(READ, { ids }, cluster.auth);
    expect(read.errors).toBeUndefined();
    await sql`UPDATE invites SET poll_after = now() - interval '1 second' WHERE NOT final`.execute(a.record.database.db);
    const due = (await sql<{ n: string }>`SELECT count(*) AS n FROM invites WHERE NOT final`.execute(a.record.database.db)).rows[0].n;
    cluster.sims.ALFAONE!.control.clear();
    cluster.sims.IMOCHA!.control.clear();
    await Promise.all([a.app.poller.runOnce(), b.app.poller.runOnce(), a.app.poller.runOnce(), b.app.poller.runOnce()]);
    const alfa = cluster.sims.ALFAONE!.control.stats().byRoute["GET /invites/:inviteId"] ?? 0;
    const imocha = cluster.sims.IMOCHA!.control.stats().byRoute["GET /v3/reports/:testInvitationId"] ?? 0;
    expect(alfa + imocha).toBe(Number(due));
    expect(Number(due)).toBeGreaterThanOrEqual(3);
  });
});
