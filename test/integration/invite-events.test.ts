import { SignJWT } from "jose";
import { startApp, type TestApp } from "../helpers/app";
import { IDS } from "../helpers/seeds";
import { subscribe } from "../helpers/ws";

const EVENTS = `query($filter: InviteEventFilter, $after: String, $first: Int) { inviteEvents(filter: $filter, after: $after, first: $first) {
  edges { cursor node { id inviteId previousStatus status providerStatus origin occurredAt recordedAt invite { id status source } } }
  nodes { id } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;
const LIVE = `subscription($filter: InviteEventFilter) { inviteEvents(filter: $filter) { id inviteId previousStatus status origin invite { id status } } }`;
const READ = `query($ids: [ID!]!) { invites(ids: $ids) { id status } }`;

describe("inviteEvents: query and subscription", () => {
  let t: TestApp;
  beforeAll(async () => (t = await startApp()));
  afterAll(() => t.close());

  it("pages events oldest first and resumes exactly after a cursor", async () => {
    await t.gql(READ, { ids: [IDS.imocha.pending, IDS.imocha.completed, IDS.imocha.testLeft] });
    const filter = { providers: ["IMOCHA"] };
    const first = await t.gql(EVENTS, { filter, first: 2 });
    expect(first.errors).toBeUndefined();
    const page1 = first.data!.inviteEvents;
    expect(page1.edges.map((e: any) => e.node.inviteId)).toEqual([IDS.imocha.pending, IDS.imocha.completed]);
    expect(page1.nodes.map((n: any) => n.id)).toEqual(page1.edges.map((e: any) => e.node.id));
    expect(page1.edges[0].node).toMatchObject({ previousStatus: null, status: "PENDING", origin: "READ", invite: { id: IDS.imocha.pending, status: "PENDING", source: "RECORD" } });
    expect(page1.edges[0].node.id).toMatch(/^hiregraph:event:\d+$/);
    expect(page1.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false, startCursor: page1.edges[0].cursor, endCursor: page1.edges[1].cursor });
    const second = (await t.gql(EVENTS, { filter, first: 2, after: page1.pageInfo.endCursor })).data!.inviteEvents;
    expect(second.edges.map((e: any) => e.node.inviteId)).toEqual([IDS.imocha.testLeft]);
    expect(second.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true, endCursor: second.edges[0].cursor });
    const byNode = await t.gql(`query($id: ID!) { node(id: $id) { id ... on InviteEvent { inviteId status } } }`, { id: page1.edges[0].node.id });
    expect(byNode.data!.node).toEqual({ id: page1.edges[0].node.id, inviteId: IDS.imocha.pending, status: "PENDING" });
    const empty = (await t.gql(EVENTS, { filter, after: second.pageInfo.endCursor })).data!.inviteEvents;
    expect(empty).toMatchObject({ edges: [], pageInfo: { hasNextPage: false, endCursor: second.pageInfo.endCursor } });
  });

  it("filters by invite ids, candidate email (any case) and provider, and refuses bad arguments with the field named", async () => {
    await t.gql(READ, { ids: [IDS.alfa.pending] });
    const byEmail = await t.gql(EVENTS, { filter: { candidateEmail: "MEI.CHEN@example.com" } });
    expect(byEmail.data!.inviteEvents.nodes).toHaveLength(1);
    const byIds = await t.gql(EVENTS, { filter: { inviteIds: [IDS.alfa.pending] } });
    expect(byIds.data!.inviteEvents.edges.map((e: any) => e.node.inviteId)).toEqual([IDS.alfa.pending]);
    const bad = await t.gql(EVENTS, { filter: { inviteIds: ["nope"] }, after: "zzz" });
    expect(bad.errors![0].extensions!.code).toMatch(/INVALID_(ID|INPUT)/);
    const badFirst = await t.gql(EVENTS, { first: 0 });
    expect(badFirst.errors![0].extensions).toMatchObject({ code: "INVALID_INPUT", field: ["first"] });
  });

  it("delivers a recorded event to a graphql-ws subscriber, filtered", async () => {
    const mine = subscribe(t.url, LIVE, { variables: { filter: { inviteIds: [IDS.imocha.inProgress] } } });
    const all = subscribe(t.url, LIVE);
    await Promise.all([mine.connected, all.connected]);
    await new Promise((r) => setTimeout(r, 100));
    await t.gql(READ, { ids: [IDS.imocha.expired, IDS.imocha.inProgress] });
    const [event] = await mine.waitFor(1);
    expect(event.data!.inviteEvents).toMatchObject({ inviteId: IDS.imocha.inProgress, previousStatus: null, status: "STARTED", origin: "READ", invite: { status: "STARTED" } });
    await all.waitFor(2);
    expect(all.received.map((r) => r.data!.inviteEvents.inviteId).sort()).toEqual([IDS.imocha.expired, IDS.imocha.inProgress].sort());
    expect(mine.received).toHaveLength(1);
    const metrics = await (await fetch(`${t.url}/metrics`)).text();
    expect(metrics).toMatch(/hiregraph_subscriptions_active 2/);
    await Promise.all([mine.dispose(), all.dispose()]);
    // Closed sockets complete their subscriptions: the gauge goes back down.
    const deadline = Date.now() + 5000;
    while (!/hiregraph_subscriptions_active 0/.test(await (await fetch(`${t.url}/metrics`)).text()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(await (await fetch(`${t.url}/metrics`)).text()).toMatch(/hiregraph_subscriptions_active 0/);
  });

  it("refuses queries over the socket and still serves the Sandbox page on GET /graphql", async () => {
    const q = subscribe(t.url, `{ providers { provider } }`);
    const [refused] = await q.waitFor(1);
    expect(JSON.stringify(refused.errors)).toMatch(/Only subscriptions are served over the websocket/);
    const res = await fetch(`${t.url}/graphql`, { headers: { accept: "text/html" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/text\/html/);
    await q.dispose();
  });
});

describe("subscription authentication in connection_init", () => {
  const SECRET = "subscription-test-secret-0123456789abcdef";
  let t: TestApp;
  const token = (scope: string) =>
    new SignJWT({ scope }).setProtectedHeader({ alg: "HS256" }).setSubject("sub-test").setExpirationTime("5m").sign(new TextEncoder().encode(SECRET));
  beforeAll(async () => (t = await startApp({ AUTH_JWT_SECRET: SECRET })));
  afterAll(() => t.close());

  it("closes with 4401 without a valid token and with 4403 without hiregraph:read", async () => {
    const none = subscribe(t.url, LIVE);
    expect((await none.closed).code).toBe(4401);
    const forged = subscribe(t.url, LIVE, { authorization: "Bearer not.a.jwt" });
    expect((await forged.closed).code).toBe(4401);
    const writeOnly = subscribe(t.url, LIVE, { authorization: `Bearer ${await token("hiregraph:write")}` });
    expect((await writeOnly.closed).code).toBe(4403);
  });

  it("accepts a token with hiregraph:read and delivers events", async () => {
    const ok = subscribe(t.url, LIVE, { authorization: `Bearer ${await token("hiregraph:read")}` });
    await ok.connected;
    await new Promise((r) => setTimeout(r, 100));
    await t.gql(READ, { ids: [IDS.imocha.cancelled] }, { authorization: `Bearer ${await token("hiregraph:read")}` });
    const [event] = await ok.waitFor(1);
    expect(event.data!.inviteEvents).toMatchObject({ inviteId: IDS.imocha.cancelled, status: "CANCELLED" });
    await ok.dispose();
  });
});
