import { startApp, type TestApp } from "../helpers/app";
import { IDS } from "../helpers/seeds";
import { subscribe } from "../helpers/ws";

const LIVE = `subscription($filter: InviteEventFilter) { inviteEvents(filter: $filter) { inviteId previousStatus status origin } }`;
const INVITE = `mutation($input: InviteCandidateInput!) { inviteCandidate(input: $input) { invite { id status } userErrors { code message } } }`;
const REPLAY = `mutation($ids: [ID!]!) { replayCallbacks(input: { inviteIds: $ids }) { acceptedIds refusedIds userErrors { code message field } } }`;

async function until(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe("sandbox with zero configuration: simulators call back like their providers", () => {
  let t: TestApp;
  beforeAll(async () => (t = await startApp()));
  afterAll(() => t.close());
  const advance = (provider: string, body: object) =>
    fetch(`${t.url}/sandbox/${provider}/__control/advance`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  const metric = async (pattern: RegExp) => Number(pattern.exec(await (await fetch(`${t.url}/metrics`)).text())?.[1] ?? 0);

  it("an iMocha invite registers hiregraph's callback URL; advancing it delivers callbacks a subscriber sees", async () => {
    const created = await t.gql(INVITE, { input: { assessmentId: IDS.imocha.sqlTest, candidate: { name: "Ada Lovelace", email: "ada.sandbox@example.com" } } });
    const id: string = created.data!.inviteCandidate.invite.id;
    const native = Number(id.split(":")[2]);
    const sub = subscribe(t.url, LIVE, { variables: { filter: { inviteIds: [id] } } });
    await sub.connected;
    await new Promise((r) => setTimeout(r, 100));
    expect(await (await advance("imocha", { testInvitationId: native })).json()).toMatchObject({ status: "In Progress", callbackSent: true });
    await sub.waitFor(1);
    expect(await (await advance("imocha", { testInvitationId: native })).json()).toMatchObject({ status: "Complete", callbackSent: true });
    const events = await sub.waitFor(2);
    expect(events.map((e) => e.data!.inviteEvents)).toEqual([
      { inviteId: id, previousStatus: "PENDING", status: "STARTED", origin: "CALLBACK" },
      { inviteId: id, previousStatus: "STARTED", status: "COMPLETED", origin: "CALLBACK" },
    ]);
    await sub.dispose();

    // replayCallbacks: iMocha re-delivers; the record acknowledges the repeat without a second event.
    const duplicatesBefore = await metric(/hiregraph_callbacks_total\{provider="IMOCHA",outcome="duplicate"\} (\d+)/);
    const replay = await t.gql(REPLAY, { ids: [id, IDS.imocha.missing, IDS.alfa.pending] });
    expect(replay.data!.replayCallbacks).toMatchObject({ acceptedIds: [id], refusedIds: expect.arrayContaining([IDS.imocha.missing, IDS.alfa.pending]) });
    expect(replay.data!.replayCallbacks.userErrors).toEqual([expect.objectContaining({ code: "UNSUPPORTED_OPERATION" })]);
    await until(async () => (await metric(/hiregraph_callbacks_total\{provider="IMOCHA",outcome="duplicate"\} (\d+)/)) === duplicatesBefore + 1);
    const { events: recorded } = await t.record.store.listEvents({ inviteIds: [id] }, undefined, 10);
    expect(recorded.map((e) => `${e.status}/${e.origin}`)).toEqual(["PENDING/MUTATION", "STARTED/CALLBACK", "COMPLETED/CALLBACK"]);
  });

  it("advancing a Xobin AI interview invite sends its workflow webhooks", async () => {
    const sub = subscribe(t.url, LIVE, { variables: { filter: { providers: ["XOBIN"] } } });
    await sub.connected;
    await new Promise((r) => setTimeout(r, 100));
    expect(await (await advance("xobin", { responseId: 7401 })).json()).toMatchObject({ status: "Started", webhookSent: true });
    expect((await sub.waitFor(1))[0].data!.inviteEvents).toEqual({ inviteId: IDS.xobin.pendingAi, previousStatus: null, status: "STARTED", origin: "CALLBACK" });
    expect(await (await advance("xobin", { responseId: 7401 })).json()).toMatchObject({ status: "Completed", webhookSent: true });
    expect((await sub.waitFor(2))[1].data!.inviteEvents).toMatchObject({ previousStatus: "STARTED", status: "COMPLETED" });
    await sub.dispose();
  });

  it("refuses to advance what cannot move, and replayCallbacks checks its input", async () => {
    expect((await advance("imocha", { testInvitationId: 2932952 })).status).toBe(409);
    expect((await advance("alfaone", { inviteId: "00000000-0000-4000-8000-000000000000" })).status).toBe(404);
    const tooMany = await t.gql(REPLAY, { ids: [] });
    expect(tooMany.data!.replayCallbacks.userErrors[0]).toMatchObject({ code: "INVALID_INPUT", field: ["inviteIds"] });
    const bad = await t.gql(REPLAY, { ids: ["imocha:test:1001"] });
    expect(bad.data!.replayCallbacks.userErrors[0]).toMatchObject({ code: "INVALID_ID", field: ["inviteIds", "0"] });
  });
});
