import { startApp, type TestApp } from "../helpers/app";
import { IDS } from "../helpers/seeds";

const INVITE = `mutation($input: InviteCandidateInput!) { inviteCandidate(input: $input) { invite { id status inviteUrl fetchedAt source } userErrors { code message } } }`;
const READ = `query($id: ID!) { invite(id: $id) { id status inviteUrl candidate { name email } fetchedAt source } }`;

describe("the record behind reads and mutations", () => {
  let t: TestApp;
  beforeAll(async () => (t = await startApp()));
  afterAll(() => t.close());

  it("keeps the invite link a create returned when a later read from the provider has none", async () => {
    const created = await t.gql(INVITE, { input: { assessmentId: IDS.imocha.jsTest, candidate: { name: "Grace Hopper", email: "grace.record@example.com" } } });
    const invite = created.data!.inviteCandidate.invite;
    expect(invite).toMatchObject({ status: "PENDING", source: "PROVIDER" });
    expect(invite.inviteUrl).toMatch(/^https:\/\/test\.imocha\.io\//);
    const read = await t.gql(READ, { id: invite.id });
    expect(read.errors).toBeUndefined();
    // iMocha's report has neither the link nor the candidate's name; the record fills both in.
    expect(read.data!.invite).toMatchObject({ id: invite.id, inviteUrl: invite.inviteUrl, candidate: { name: "Grace Hopper", email: "grace.record@example.com" }, source: "PROVIDER" });
    expect(Date.parse(read.data!.invite.fetchedAt)).toBeGreaterThanOrEqual(Date.parse(invite.fetchedAt));
    const stored = (await t.record.store.getInvites([invite.id])).get(invite.id)!;
    expect(stored).toMatchObject({ status: "PENDING", inviteUrl: invite.inviteUrl });
  });

  it("records every invite a query reads, with one READ event for its first state", async () => {
    const res = await t.gql(`query($ids: [ID!]!) { invites(ids: $ids) { id status } }`, { ids: [IDS.imocha.completed, IDS.alfa.pending] });
    expect(res.errors).toBeUndefined();
    const { events } = await t.record.store.listEvents({ inviteIds: [IDS.imocha.completed, IDS.alfa.pending] }, undefined, 10);
    expect(events.map((e) => [e.inviteId, e.previousStatus, e.status, e.origin])).toEqual([
      [IDS.imocha.completed, null, "COMPLETED", "READ"],
      [IDS.alfa.pending, null, "PENDING", "READ"],
    ]);
    await t.gql(`query($ids: [ID!]!) { invites(ids: $ids) { id status } }`, { ids: [IDS.imocha.completed] });
    expect((await t.record.store.listEvents({ inviteIds: [IDS.imocha.completed] }, undefined, 10)).events).toHaveLength(1);
  });

  it("answers interview(id) from the record, and NOT_FOUND for an interview it never saw", async () => {
    const missing = await t.gql(`{ interview(id: "${IDS.drvn.pending}") { id } }`);
    expect(missing.data!.interview).toBeNull();
    expect(missing.errors![0].extensions).toMatchObject({ code: "NOT_FOUND", provider: "DRVN" });
    await t.gql(`mutation { updateInterview(input: { id: "${IDS.drvn.pending}", location: "Depot 7" }) { userErrors { code } } }`);
    t.resetCounters();
    const found = await t.gql(`{ interview(id: "${IDS.drvn.pending}") { id location status source fetchedAt interviewer { id } } }`);
    expect(found.errors).toBeUndefined();
    expect(found.data!.interview).toMatchObject({ id: IDS.drvn.pending, location: "Depot 7", source: "RECORD", interviewer: { id: IDS.drvn.interviewer } });
    expect(t.upstreamCalls().DRVN).toBe(0);
  });

  it("still answers reads from the provider when the store fails, and counts the failure", async () => {
    const broken = await startApp();
    await broken.record.database.db.destroy();
    try {
      const res = await broken.gql(READ, { id: IDS.imocha.pending });
      expect(res.errors).toBeUndefined();
      expect(res.data!.invite).toMatchObject({ id: IDS.imocha.pending, status: "PENDING", source: "PROVIDER" });
      const metrics = await (await fetch(`${broken.url}/metrics`)).text();
      expect(metrics).toMatch(/hiregraph_record_store_errors_total\{operation="record invites"\} [1-9]/);
    } finally {
      await broken.app.server.close();
    }
  });
});
