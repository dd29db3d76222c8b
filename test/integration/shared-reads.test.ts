import { SignJWT } from "jose";
import { Provider } from "../../src/domain/enums";
import { IMOCHA_SEED } from "../../src/providers/imocha";
import { startApp, type TestApp } from "../helpers/app";
import { pipelinedPosts } from "../helpers/pipelined";
import { IDS } from "../helpers/seeds";

const READ = `query($id: ID!) { invite(id: $id) { id status source } }`;
const READ_MANY = `query($ids: [ID!]!) { invites(ids: $ids) { id status } }`;
const CANCEL = `mutation($id: ID!) { cancelInvite(input: { id: $id }) { invite { id status } userErrors { code } } }`;
const REPORTS = "GET /v3/reports/:testInvitationId";

const reportCalls = (t: TestApp) => t.sim(Provider.IMOCHA).stats().byRoute[REPORTS] ?? 0;

/** Resolves once `check` holds, polling every 5 ms for at most 3 s. */
async function until(check: () => boolean): Promise<void> {
  for (let waited = 0; waited < 3000; waited += 5) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error("condition not met within 3 s");
}

/** A caller counts as busy from this many reads waiting (ReadWindows' default). */
const BUSY_FROM = 4;

/**
 * Gives each caller (one per headers object) four reads under way, of an AlfaOne invite held 400 ms at the simulator,
 * as a caller under load has: only then are its reads gathered into windows rather than sent at once.
 */
async function keepBusy(t: TestApp, callers: Array<Record<string, string>> = [{}]): Promise<{ done: Promise<unknown> }> {
  const reads = callers.flatMap((h) => Array.from({ length: BUSY_FROM }, () => h));
  t.sim(Provider.ALFAONE).setFaults([{ latencyMs: 400, times: reads.length }]);
  const done = Promise.all(reads.map((h) => t.gql(READ, { id: IDS.alfa.started }, h)));
  await until(() => t.sim(Provider.ALFAONE).stats().total === reads.length);
  return { done }; // not the promise itself, which an async function would wait for
}

describe("queries of one caller that arrive together share their provider reads", () => {
  let t: TestApp;
  beforeAll(async () => (t = await startApp()));
  afterAll(() => t.close());
  beforeEach(() => t.sim(Provider.IMOCHA).reset());

  it("ten invite(id) queries read in one turn make one upstream call, and each gets the answer", async () => {
    await t.gql(READ, { id: IDS.imocha.inProgress }); // the record knows it: no store query stands between the queries
    t.resetCounters();
    const busy = await keepBusy(t);
    const answers = await pipelinedPosts(t.url, "/graphql", Array.from({ length: 10 }, () => ({ body: { query: READ, variables: { id: IDS.imocha.inProgress } } })));
    for (const a of answers) expect(a).toEqual({ status: 200, body: { data: { invite: { id: IDS.imocha.inProgress, status: "STARTED", source: "PROVIDER" } } } });
    expect(t.upstreamCalls().IMOCHA).toBe(1);
    await busy.done;
  });

  it("a caller that is not busy is read for at once, so a lone query waits for no one", async () => {
    await t.gql(READ, { id: IDS.imocha.inProgress });
    t.resetCounters();
    const answers = await pipelinedPosts(t.url, "/graphql", Array.from({ length: 10 }, () => ({ body: { query: READ, variables: { id: IDS.imocha.inProgress } } })));
    for (const a of answers) expect(a.body.data.invite.status).toBe("STARTED");
    // The first four queries' reads went out as they came; the six after them shared one.
    expect(t.upstreamCalls().IMOCHA).toBe(BUSY_FROM + 1);
  });

  it("overlapping id lists read each distinct id once, and every query gets its own ids in its own order", async () => {
    const a = [IDS.imocha.pending, IDS.imocha.inProgress];
    const b = [IDS.imocha.inProgress, IDS.xobin.startedAi, IDS.imocha.pending];
    await t.gql(READ_MANY, { ids: [...a, ...b] });
    t.resetCounters();
    const busy = await keepBusy(t);
    const asked = [a, b, a, b, b];
    const answers = await pipelinedPosts(t.url, "/graphql", asked.map((ids) => ({ body: { query: READ_MANY, variables: { ids } } })));
    answers.forEach((answer, i) => expect(answer.body.data.invites.map((x: { id: string }) => x.id)).toEqual(asked[i]));
    expect(answers[1].body.data.invites.map((x: { status: string }) => x.status)).toEqual(["STARTED", "STARTED", "PENDING"]);
    expect(t.upstreamCalls()).toMatchObject({ IMOCHA: 2, XOBIN: 1 });
    await busy.done;
  });

  it("a query never joins a read that was already sent: it sees a change made while that read was under way", async () => {
    await t.gql(READ, { id: IDS.imocha.pending });
    t.resetCounters();
    t.sim(Provider.IMOCHA).setFaults([{ match: "GET /v3/reports", latencyMs: 300, times: 1 }]);
    const first = t.gql(READ, { id: IDS.imocha.pending });
    await until(() => reportCalls(t) === 1); // the first read is at the provider, held there for 300 ms
    const moved = await fetch(`${t.url}/sandbox/imocha/__control/advance`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ testInvitationId: IMOCHA_SEED.pendingInvite }),
    });
    expect(moved.status).toBe(200);
    const second = await t.gql(READ, { id: IDS.imocha.pending });
    expect(second.data!.invite.status).toBe("STARTED");
    await first;
    // Joining the read in flight would have made one call, and answered from a read sent before the change.
    expect(reportCalls(t)).toBe(2);
  });

  it("a mutation's read-back is its own read, recorded as the mutation's", async () => {
    await t.gql(READ, { id: IDS.imocha.pending });
    const cancelled = await t.gql(CANCEL, { id: IDS.imocha.pending });
    expect(cancelled.data!.cancelInvite).toEqual({ invite: { id: IDS.imocha.pending, status: "CANCELLED" }, userErrors: [] });
    const { events } = await t.record.store.listEvents({ inviteIds: [IDS.imocha.pending] }, undefined, 50);
    expect(events.at(-1)).toMatchObject({ status: "CANCELLED", origin: "MUTATION" });
  });
});

describe("reads are shared only within one caller", () => {
  const SECRET = "test-only-hs256-secret-shared-reads-0123456789";
  let t: TestApp;
  beforeAll(async () => (t = await startApp({ AUTH_JWT_SECRET: SECRET })));
  afterAll(() => t.close());

  const token = (sub: string) =>
    new SignJWT({ sub, scope: "hiregraph:read" })
      .setProtectedHeader({ alg: "HS256" })
      .setExpirationTime("5m")
      .sign(new TextEncoder().encode(SECRET));

  it("two callers asking together for one invite each make their own upstream call", async () => {
    const [ats, crm] = [`Bearer ${await token("ats-sync")}`, `Bearer ${await token("crm-sync")}`];
    const read = (authorization: string) => ({ body: { query: READ, variables: { id: IDS.imocha.inProgress } }, headers: { authorization } });
    await pipelinedPosts(t.url, "/graphql", [read(ats), read(crm)]); // tokens verified and the invite recorded
    t.resetCounters();
    const busy = await keepBusy(t, [{ authorization: ats }, { authorization: crm }]);
    const answers = await pipelinedPosts(t.url, "/graphql", [read(ats), read(crm), read(ats), read(crm), read(ats)]);
    for (const a of answers) expect(a.body.data.invite.status).toBe("STARTED");
    expect(t.upstreamCalls().IMOCHA).toBe(2);
    await busy.done;
  });
});
