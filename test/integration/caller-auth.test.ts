import { SignJWT, exportJWK, generateKeyPair } from "jose";
import Fastify from "fastify";
import { startApp, type TestApp } from "../helpers/app";
import { IDS } from "../helpers/seeds";

const SECRET = "test-only-hs256-secret-0123456789abcdef";
const key = new TextEncoder().encode(SECRET);

function token(claims: Record<string, unknown>, opts: { exp?: string; iss?: string; aud?: string } = {}): Promise<string> {
  const jwt = new SignJWT(claims).setProtectedHeader({ alg: "HS256" }).setSubject("caller-1").setIssuedAt().setExpirationTime(opts.exp ?? "5m");
  if (opts.iss) jwt.setIssuer(opts.iss);
  if (opts.aud) jwt.setAudience(opts.aud);
  return jwt.sign(key);
}

const QUERY = `{ invite(id: "${IDS.imocha.pending}") { id status } }`;
const MUTATION = `mutation { cancelInvite(input: { id: "${IDS.imocha.missing}" }) { userErrors { code } } }`;

describe("caller authentication (HS256)", () => {
  let t: TestApp;
  beforeAll(async () => (t = await startApp({ AUTH_JWT_SECRET: SECRET, AUTH_ISSUER: "https://id.example.com", AUTH_AUDIENCE: "hiregraph" })));
  afterAll(() => t.close());
  beforeEach(() => t.resetCounters());
  const bearer = (jwt: string) => ({ authorization: `Bearer ${jwt}` });
  const good = (scope: string) => token({ scope }, { iss: "https://id.example.com", aud: "hiregraph" });

  it("rejects a request without a token with 401 UNAUTHENTICATED and no upstream call", async () => {
    const res = await t.gql(QUERY);
    expect(res.status).toBe(401);
    expect(res.errors![0].extensions!.code).toBe("UNAUTHENTICATED");
    expect(t.upstreamCalls().IMOCHA).toBe(0);
  });

  it.each([
    ["a malformed token", async () => "not.a.jwt", "could not be verified"],
    ["a token signed with another key", async () => new SignJWT({ scope: "hiregraph:read" }).setProtectedHeader({ alg: "HS256" }).setExpirationTime("5m").sign(new TextEncoder().encode("another-secret-another-secret-123456")), "could not be verified"],
    ["an expired token", () => token({ scope: "hiregraph:read" }, { exp: "-10m", iss: "https://id.example.com", aud: "hiregraph" }), "expired"],
    ["a token for another audience", () => token({ scope: "hiregraph:read" }, { iss: "https://id.example.com", aud: "other" }), "aud"],
    ["a token from another issuer", () => token({ scope: "hiregraph:read" }, { iss: "https://evil.example.com", aud: "hiregraph" }), "iss"],
  ])("rejects %s with 401 and says why without echoing it", async (_what, make, reason) => {
    const jwt = await make();
    const res = await t.gql(QUERY, undefined, bearer(jwt));
    expect(res.status).toBe(401);
    expect(res.errors![0].message).toContain(reason);
    expect(JSON.stringify(res)).not.toContain(jwt);
  });

  it("allows queries with hiregraph:read and refuses mutations without hiregraph:write (403 FORBIDDEN, no upstream call)", async () => {
    const read = await good("hiregraph:read");
    const q = await t.gql(QUERY, undefined, bearer(read));
    expect(q.errors).toBeUndefined();
    expect(q.data!.invite.status).toBe("PENDING");
    const m = await t.gql(MUTATION, undefined, bearer(read));
    expect(m.status).toBe(403);
    expect(m.errors![0]).toMatchObject({ extensions: { code: "FORBIDDEN" } });
    expect(m.errors![0].message).toContain("hiregraph:write");
    expect(t.upstreamCalls().IMOCHA).toBe(1);
  });

  it("refuses queries without hiregraph:read, and runs mutations with hiregraph:write", async () => {
    const write = await good("hiregraph:write");
    expect((await t.gql(QUERY, undefined, bearer(write))).status).toBe(403);
    const m = await t.gql(MUTATION, undefined, bearer(write));
    expect(m.data!.cancelInvite.userErrors[0].code).toBe("NOT_FOUND");
  });

  it("scopes idempotency keys to the caller", async () => {
    const write = await good("hiregraph:write");
    const other = await new SignJWT({ scope: "hiregraph:write" }).setProtectedHeader({ alg: "HS256" }).setSubject("caller-2").setIssuer("https://id.example.com").setAudience("hiregraph").setExpirationTime("5m").sign(key);
    const m = (email: string) => `mutation { inviteCandidate(input: { assessmentId: "${IDS.imocha.sqlTest}", candidate: { name: "A B", email: "${email}" }, idempotencyKey: "shared-key" }) { userErrors { code } } }`;
    expect((await t.gql(m("one@example.com"), undefined, bearer(write))).data!.inviteCandidate.userErrors).toEqual([]);
    expect((await t.gql(m("two@example.com"), undefined, bearer(other))).data!.inviteCandidate.userErrors).toEqual([]);
  });
});

describe("caller authentication (JWKS)", () => {
  it("verifies RS256 tokens against a JWKS URL", async () => {
    const { publicKey, privateKey } = await generateKeyPair("RS256");
    const jwk = { ...(await exportJWK(publicKey)), kid: "k1", alg: "RS256", use: "sig" };
    const jwks = Fastify();
    jwks.get("/jwks.json", async () => ({ keys: [jwk] }));
    await jwks.listen({ port: 0, host: "127.0.0.1" });
    const address = jwks.server.address() as { port: number };
    const t = await startApp({ AUTH_JWKS_URL: `http://127.0.0.1:${address.port}/jwks.json` });
    try {
      const jwt = await new SignJWT({ scope: "hiregraph:read" }).setProtectedHeader({ alg: "RS256", kid: "k1" }).setSubject("svc").setExpirationTime("5m").sign(privateKey);
      const res = await t.gql(QUERY, undefined, { authorization: `Bearer ${jwt}` });
      expect(res.errors).toBeUndefined();
      const forged = await new SignJWT({ scope: "hiregraph:read" }).setProtectedHeader({ alg: "HS256" }).setExpirationTime("5m").sign(key);
      expect((await t.gql(QUERY, undefined, { authorization: `Bearer ${forged}` })).status).toBe(401);
    } finally {
      await t.close();
      await jwks.close();
    }
  });
});
