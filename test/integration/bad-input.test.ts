import { getIntrospectionQuery } from "graphql";
import { SignJWT } from "jose";
import { QUERY_LIMITS } from "../../src/server/limits";
import { startApp, type TestApp } from "../helpers/app";
import { IDS } from "../helpers/seeds";

const SECRET = "test-only-hs256-secret-0123456789abcdef";

async function post(url: string, body: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
  return { status: res.status, text: await res.text() };
}

describe("bad input gets clear errors and zero upstream calls", () => {
  let t: TestApp;
  beforeAll(async () => (t = await startApp({ MAX_BODY_BYTES: "100000" })));
  afterAll(() => t.close());
  beforeEach(() => t.resetCounters());
  afterEach(() => expect(t.upstreamCalls()).toEqual({ XOBIN: 0, ALFAONE: 0, IMOCHA: 0, DRVN: 0 }));

  it.each([
    ["empty", ""],
    ["three parts but empty native id", "imocha:invite:"],
    ["unknown provider", "greenhouse:invite:1"],
    ["type of another provider", "imocha:ai-invite:1"],
    ["letters in a numeric id", "xobin:ai-invite:12ab"],
    ["not a uuid", "alfaone:invite:1234"],
    ["sql-ish", "imocha:invite:1;DROP TABLE"],
    ["very long", `imocha:invite:${"9".repeat(10_000)}`],
    ["an assessment id where an invite is expected", IDS.imocha.jsTest],
  ])("malformed id (%s) → INVALID_ID", async (_what, id) => {
    const res = await t.gql(`query($id: ID!) { invite(id: $id) { id } }`, { id });
    expect(res.data!.invite).toBeNull();
    expect(res.errors![0].extensions).toMatchObject({ code: "INVALID_ID", retryable: false });
    expect(res.errors![0].message.length).toBeLessThan(400);
  });

  it("rejects queries deeper than the limit", async () => {
    let selection = "id";
    for (let i = 0; i < QUERY_LIMITS.maxDepth + 2; i++) selection = `ofType { ${selection} }`;
    const res = await post(t.url, JSON.stringify({ query: `{ __schema { types { fields { type { ${selection} } } } } }` }));
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/depth/i);
  });

  it("rejects too many aliases", async () => {
    const aliases = Array.from({ length: QUERY_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: invite(id: "${IDS.imocha.pending}") { id }`).join(" ");
    const res = await post(t.url, JSON.stringify({ query: `{ ${aliases} }` }));
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/alias/i);
  });

  it("rejects token floods", async () => {
    const fields = Array.from({ length: QUERY_LIMITS.maxTokens }, () => "__typename").join(" ");
    const res = await post(t.url, JSON.stringify({ query: `{ ${fields} }` }));
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/token/i);
  });

  it("still serves Apollo Sandbox's own introspection query", async () => {
    const res = await post(t.url, JSON.stringify({ query: getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }) }));
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text).data.__schema.queryType.name).toBe("Query");
  });

  it("answers an oversized body with 413", async () => {
    const res = await post(t.url, JSON.stringify({ query: `{ providers { mode } }`, variables: { pad: "x".repeat(150_000) } }));
    expect(res.status).toBe(413);
  });

  it("answers broken JSON with 400 and a parse message", async () => {
    const res = await post(t.url, '{"query": "{ providers { mode } }"');
    expect(res.status).toBe(400);
    expect(res.text).not.toMatch(/at .*\.js:\d+/);
  });

  it("answers a syntax error with GRAPHQL_PARSE_FAILED", async () => {
    const res = await post(t.url, JSON.stringify({ query: "{ invite(id: ) }" }));
    expect(res.status).toBe(400);
    expect(JSON.parse(res.text).errors[0].extensions.code).toBe("GRAPHQL_PARSE_FAILED");
  });

  it("answers a wrongly typed variable with BAD_USER_INPUT naming the field", async () => {
    const res = await t.gql(`mutation($input: InviteCandidateInput!) { inviteCandidate(input: $input) { userErrors { code } } }`, {
      input: { assessmentId: IDS.imocha.jsTest, candidate: { email: "a@example.com" }, expiresAt: "next tuesday" },
    });
    expect(res.errors![0].extensions!.code).toBe("BAD_USER_INPUT");
    expect(res.errors![0].message).toContain("expiresAt");
  });

  it("blocks GET queries without a CSRF preflight header", async () => {
    const res = await fetch(`${t.url}/graphql?query=${encodeURIComponent("{ providers { mode } }")}`);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("Cross-Site Request Forgery");
  });

  it("serves the Apollo Sandbox page to a browser on GET /graphql", async () => {
    const res = await fetch(`${t.url}/graphql`, { headers: { accept: "text/html" } });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("embeddable-sandbox");
  });
});

describe("per-request budget of provider objects", () => {
  let t: TestApp;
  beforeAll(async () => (t = await startApp()));
  afterAll(() => t.close());

  it("refuses more than the per-request budget of provider objects", async () => {
    const ids = Array.from({ length: 100 }, (_, i) => `imocha:invite:${5_000_000 + i}`);
    const aliases = [0, 1, 2].map((k) => `a${k}: invites(ids: $ids${k}) { id }`).join(" ");
    const vars = Object.fromEntries([0, 1, 2].map((k) => [`ids${k}`, ids.map((id) => `${id}${k}`)]));
    t.sim("IMOCHA" as never).setFaults([{ status: 404, body: { statusCode: 404, message: "not found" } }]);
    const res = await t.gql(`query(${[0, 1, 2].map((k) => `$ids${k}: [ID!]!`).join(", ")}) { ${aliases} }`, vars);
    const budget = res.errors!.filter((e) => e.message.includes("more than"));
    expect(budget).toHaveLength(50);
    expect(t.upstreamCalls().IMOCHA).toBe(250);
  });

});

describe("production hardening", () => {
  let t: TestApp;
  beforeAll(async () => (t = await startApp({ NODE_ENV: "production", AUTH_JWT_SECRET: SECRET })));
  afterAll(() => t.close());

  it("disables unconfigured providers, introspection, the Sandbox page and field suggestions", async () => {
    const jwt = await new SignJWT({ scope: "hiregraph:read" }).setProtectedHeader({ alg: "HS256" }).setExpirationTime("5m").sign(new TextEncoder().encode(SECRET));
    const auth = { authorization: `Bearer ${jwt}` };
    const providers = await t.gql(`{ providers { mode capabilities } }`, undefined, auth);
    expect(providers.data!.providers.every((p: { mode: string }) => p.mode === "DISABLED")).toBe(true);
    const invite = await t.gql(`{ invite(id: "${IDS.imocha.pending}") { id } }`, undefined, auth);
    expect(invite.errors![0].extensions).toMatchObject({ code: "PROVIDER_UNAVAILABLE", provider: "IMOCHA" });
    const intro = await t.gql(`{ __schema { queryType { name } } }`, undefined, auth);
    expect(intro.errors![0].message).toMatch(/introspection/i);
    const typo = await t.gql(`{ invit(id: "x") { id } }`, undefined, auth);
    expect(typo.errors![0].message).not.toMatch(/Did you mean/);
    const page = await fetch(`${t.url}/graphql`, { headers: { accept: "text/html" } });
    expect(await page.text()).not.toContain("embeddable-sandbox");
  });
});
