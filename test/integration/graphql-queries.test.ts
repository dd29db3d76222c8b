import { startApp, type GqlResult, type TestApp } from "../helpers/app";
import { IDS } from "../helpers/seeds";

const INVITE_FIELDS = `id provider providerId status providerStatus candidate { id name email } assessment { id name kind }
  grader { id name email } inviteUrl sentAt expiresAt startedAt completedAt revokedAt score maxScore reportUrl`;

type ListPage = { listInvites: { nodes: Array<{ id: string }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

describe("queries over POST /graphql (all providers sandboxed)", () => {
  let t: TestApp;
  beforeAll(async () => (t = await startApp()));
  afterAll(() => t.close());
  beforeEach(() => t.resetCounters());

  it("reads one invite of each provider with normalised status, dates and embedded objects", async () => {
    const res = await t.gql(`query($a: ID!, $i: ID!, $x: ID!, $xa: ID!) {
      a: invite(id: $a) { ${INVITE_FIELDS} } i: invite(id: $i) { ${INVITE_FIELDS} }
      x: invite(id: $x) { ${INVITE_FIELDS} } xa: invite(id: $xa) { ${INVITE_FIELDS} } }`, {
      a: IDS.alfa.completed,
      i: IDS.imocha.testLeft,
      x: IDS.xobin.completedAi,
      xa: IDS.xobin.completedAssessment,
    });
    expect(res.errors).toBeUndefined();
    const { a, i, x, xa } = res.data!;
    expect(a).toMatchObject({ provider: "ALFAONE", status: "COMPLETED", providerStatus: "completed", assessment: { id: IDS.alfa.supportAssessment, kind: "VIDEO_ASSESSMENT" } });
    expect(a.grader.id).toMatch(/^alfaone:grader:/);
    expect(i).toMatchObject({ provider: "IMOCHA", status: "ABANDONED", providerStatus: expect.stringMatching(/test ?left/i), assessment: { id: expect.stringMatching(/^imocha:test:/), kind: "SKILLS_TEST" } });
    expect(x).toMatchObject({ provider: "XOBIN", status: "COMPLETED", score: 82, assessment: { id: IDS.xobin.aiInterview, kind: "AI_INTERVIEW" } });
    expect(xa).toMatchObject({ provider: "XOBIN", status: "COMPLETED", maxScore: 100 });
    for (const inv of [a, i, x]) {
      for (const field of ["sentAt", "expiresAt", "startedAt", "completedAt", "revokedAt"]) {
        if (inv[field] !== null) expect(inv[field]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/);
      }
    }
  });

  it("invites(ids) keeps order, de-duplicates, and puts null + NOT_FOUND / INVALID_ID at failing indexes", async () => {
    const ids = [IDS.imocha.completed, IDS.alfa.pending, IDS.imocha.missing, IDS.imocha.completed, "nope", IDS.alfa.missing];
    const res = await t.gql(`query($ids: [ID!]!) { invites(ids: $ids) { id status } }`, { ids });
    const list = res.data!.invites;
    expect(list.map((x: { id: string } | null) => x?.id ?? null)).toEqual([IDS.imocha.completed, IDS.alfa.pending, null, IDS.imocha.completed, null, null]);
    const byIndex = Object.fromEntries(res.errors!.map((e) => [e.path![1], e.extensions!.code]));
    expect(byIndex).toEqual({ 2: "NOT_FOUND", 4: "INVALID_ID", 5: "NOT_FOUND" });
    for (const e of res.errors!) expect(e.path![0]).toBe("invites");
    expect(t.upstreamCalls()).toMatchObject({ IMOCHA: 2, ALFAONE: 2 });
  });

  it("refuses more than 100 ids before any upstream call", async () => {
    const ids = Array.from({ length: 101 }, (_, k) => `imocha:invite:${k + 1}`);
    const res = await t.gql(`query($ids: [ID!]!) { invites(ids: $ids) { id } }`, { ids });
    expect(res.errors![0].extensions!.code).toBe("INVALID_INPUT");
    expect(res.errors![0].message).toContain("at most 100");
    expect(t.upstreamCalls()).toEqual({ XOBIN: 0, ALFAONE: 0, IMOCHA: 0, DRVN: 0 });
  });

  it("node(id) resolves invites and assessments and refuses unreadable types clearly", async () => {
    const res = await t.gql(`query($a: ID!, $b: ID!, $c: ID!, $d: ID!) {
      a: node(id: $a) { __typename id ... on Invite { status } }
      b: node(id: $b) { __typename id ... on Assessment { name } }
      c: node(id: $c) { id } d: node(id: $d) { id } }`, { a: IDS.imocha.pending, b: IDS.imocha.sqlTest, c: IDS.drvn.pending, d: "drvn:interview:x" });
    expect(res.data!.a).toEqual({ __typename: "Invite", id: IDS.imocha.pending, status: "PENDING" });
    expect(res.data!.b).toEqual({ __typename: "Assessment", id: IDS.imocha.sqlTest, name: "SQL Fundamentals" });
    expect(res.data!.c).toBeNull();
    const codes = Object.fromEntries(res.errors!.map((e) => [e.path![0], e.extensions!.code]));
    expect(codes).toEqual({ c: "UNSUPPORTED_OPERATION", d: "INVALID_ID" });
    expect(t.upstreamCalls().DRVN).toBe(0);
  });

  it("assessment(id) reads AlfaOne and iMocha assessments and builds Xobin ones from the id", async () => {
    const res = await t.gql(`query($a: ID!, $i: ID!, $x: ID!) { a: assessment(id: $a) { name kind questionCount languages } i: assessment(id: $i) { name kind } x: assessment(id: $x) { id name kind } }`, {
      a: IDS.alfa.supportAssessment,
      i: IDS.imocha.jsTest,
      x: IDS.xobin.aiInterview,
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.a).toMatchObject({ name: "Customer Support Video Screen", kind: "VIDEO_ASSESSMENT" });
    expect(res.data!.i).toEqual({ name: "JavaScript (Intermediate)", kind: "SKILLS_TEST" });
    expect(res.data!.x).toEqual({ id: IDS.xobin.aiInterview, name: null, kind: "AI_INTERVIEW" });
    expect(t.upstreamCalls().XOBIN).toBe(0);
  });

  it("providers lists modes and capabilities", async () => {
    const res = await t.gql(`{ providers { provider mode capabilities } }`);
    const byProvider = Object.fromEntries(res.data!.providers.map((p: { provider: string }) => [p.provider, p]));
    expect(Object.keys(byProvider).sort()).toEqual(["ALFAONE", "DRVN", "IMOCHA", "XOBIN"]);
    for (const p of Object.values(byProvider)) expect((p as { mode: string }).mode).toBe("SANDBOX");
    expect(byProvider.ALFAONE.capabilities).not.toContain("REVOKE_INVITE");
    expect(byProvider.IMOCHA.capabilities).toContain("CANCEL_INVITE");
    expect(byProvider.DRVN.capabilities).toEqual(["CREATE_INTERVIEW", "UPDATE_INTERVIEW"]);
  });

  it("pages AlfaOne invites with cursors and the provider's own filters", async () => {
    const q = `query($after: String, $status: InviteStatus, $a: ID) { listInvites(provider: ALFAONE, first: 3, after: $after, status: $status, assessmentId: $a) {
      nodes { id status assessment { id } } totalCount pageInfo { hasNextPage endCursor } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const res: GqlResult<ListPage> = await t.gql<ListPage>(q, { after });
      expect(res.errors).toBeUndefined();
      const conn: ListPage["listInvites"] = res.data!.listInvites;
      seen.push(...conn.nodes.map((n) => n.id));
      after = conn.pageInfo.endCursor;
      if (!conn.pageInfo.hasNextPage) break;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThanOrEqual(9);
    const completed = await t.gql(q, { status: "COMPLETED", a: IDS.alfa.supportAssessment });
    const nodes = completed.data!.listInvites.nodes;
    expect(nodes.length).toBeGreaterThan(0);
    for (const n of nodes) expect(n).toMatchObject({ status: "COMPLETED", assessment: { id: IDS.alfa.supportAssessment } });
  });

  it("answers as a Cursor Connection: edges with cursors, PageInfo's four fields, and `after` any edge", async () => {
    const q = `query($after: String) { listInvites(provider: ALFAONE, first: 3, after: $after) {
      edges { cursor node { id } } nodes { id } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;
    const first = (await t.gql(q, { after: null })).data!.listInvites;
    expect(first.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(first.nodes.map((n: { id: string }) => n.id));
    expect(first.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: first.edges[0].cursor, endCursor: first.edges[2].cursor });
    const second = (await t.gql(q, { after: first.pageInfo.endCursor })).data!.listInvites;
    expect(second.pageInfo.hasPreviousPage).toBe(true);
    expect(second.nodes[0].id).not.toBe(first.nodes[2].id);
    // After the first edge come the other two of the first page.
    const rest = (await t.gql(q, { after: first.edges[0].cursor })).data!.listInvites;
    expect(rest.nodes.map((n: { id: string }) => n.id)).toEqual(first.nodes.slice(1).map((n: { id: string }) => n.id));
    expect(rest.pageInfo.endCursor).toBe(first.pageInfo.endCursor);
  });

  it("lists the invites of one Xobin AI interview, and iMocha tests", async () => {
    const res = await t.gql(`query($a: ID!) { x: listInvites(provider: XOBIN, assessmentId: $a, first: 50) { nodes { id status } }
      tests: listAssessments(provider: IMOCHA) { nodes { id name } totalCount } }`, { a: IDS.xobin.aiInterview });
    expect(res.errors).toBeUndefined();
    expect(res.data!.x.nodes.map((n: { id: string }) => n.id)).toEqual(expect.arrayContaining([IDS.xobin.pendingAi, IDS.xobin.completedAi]));
    expect(res.data!.tests.nodes.map((n: { id: string }) => n.id)).toEqual([IDS.imocha.jsTest, IDS.imocha.sqlTest]);
  });

  it("reports list queries a provider lacks as UNSUPPORTED_OPERATION without calling it", async () => {
    const res = await t.gql(`{ listInvites(provider: IMOCHA) { totalCount } }`);
    expect(res.errors![0].extensions).toMatchObject({ code: "UNSUPPORTED_OPERATION", provider: "IMOCHA" });
    expect(t.upstreamCalls().IMOCHA).toBe(0);
  });

  it("serves /health with every provider in SANDBOX mode, and /metrics in Prometheus text", async () => {
    const health = (await (await fetch(`${t.url}/health`)).json()) as { status: string; providers: Array<{ mode: string }> };
    expect(health.status).toBe("ok");
    expect(health.providers.map((p) => p.mode)).toEqual(["SANDBOX", "SANDBOX", "SANDBOX", "SANDBOX"]);
    await t.gql(`{ invite(id: "${IDS.imocha.pending}") { id } }`);
    const metrics = await (await fetch(`${t.url}/metrics`)).text();
    expect(metrics).toMatch(/hiregraph_upstream_requests_total\{provider="IMOCHA",endpoint="GET \/v3\/reports\/\{testInvitationId\}",outcome="200"\} \d+/);
    expect(metrics).toContain("hiregraph_graphql_request_duration_seconds");
  });
});
