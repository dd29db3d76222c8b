import { SignJWT } from "jose";
import { startApp, type TestApp } from "../helpers/app";
import { IDS } from "../helpers/seeds";

const SECRET = "test-only-hs256-secret-identity-0123456789";
const key = new TextEncoder().encode(SECRET);
const QUERY = `{ invite(id: "${IDS.imocha.pending}") { id } }`;
const bearer = (jwt: string) => ({ authorization: `Bearer ${jwt}` });

/** A signed token with exactly these claims: no sub, exp or iat unless given. */
const sign = (claims: Record<string, unknown>) => new SignJWT(claims).setProtectedHeader({ alg: "HS256" }).sign(key);
const inFiveMinutes = () => Math.floor(Date.now() / 1000) + 300;

const INVITE = (email: string) => `mutation { inviteCandidate(input: { assessmentId: "${IDS.imocha.sqlTest}", candidate: { name: "Sam Lee", email: "${email}" },
  idempotencyKey: "nightly-sync-1" }) { invite { id inviteUrl candidate { email } } userErrors { code message field } } }`;

describe("token expiry", () => {
  let t: TestApp;
  beforeAll(async () => (t = await startApp({ AUTH_JWT_SECRET: SECRET })));
  afterAll(() => t.close());

  it("refuses a token without exp with 401, saying why", async () => {
    const res = await t.gql(QUERY, undefined, bearer(await sign({ sub: "svc", scope: "hiregraph:read" })));
    expect(res.status).toBe(401);
    expect(res.errors![0]).toMatchObject({ extensions: { code: "UNAUTHENTICATED" } });
    expect(res.errors![0].message).toContain("no exp claim");
  });

  it("accepts a token with exp", async () => {
    const res = await t.gql(QUERY, undefined, bearer(await sign({ sub: "svc", scope: "hiregraph:read", exp: inFiveMinutes() })));
    expect(res.errors).toBeUndefined();
  });

  it("tolerates only the configured clock skew", async () => {
    const skewed = await startApp({ AUTH_JWT_SECRET: SECRET, AUTH_CLOCK_TOLERANCE_S: "0" });
    try {
      const justExpired = await sign({ sub: "svc", scope: "hiregraph:read", exp: Math.floor(Date.now() / 1000) - 5 });
      expect((await t.gql(QUERY, undefined, bearer(justExpired))).status).toBe(200); // default tolerance: 30 s
      expect((await skewed.gql(QUERY, undefined, bearer(justExpired))).status).toBe(401);
    } finally {
      await skewed.close();
    }
  });

  it("accepts tokens without exp only when AUTH_REQUIRE_EXP=false", async () => {
    const lax = await startApp({ AUTH_JWT_SECRET: SECRET, AUTH_REQUIRE_EXP: "false" });
    try {
      expect((await lax.gql(QUERY, undefined, bearer(await sign({ sub: "svc", scope: "hiregraph:read" })))).errors).toBeUndefined();
    } finally {
      await lax.close();
    }
  });
});

describe("idempotency scope is the caller's verified identity", () => {
  let t: TestApp;
  beforeAll(async () => (t = await startApp({ AUTH_JWT_SECRET: SECRET })));
  afterAll(() => t.close());
  beforeEach(() => t.resetCounters());

  const service = (clientId: string) => sign({ client_id: clientId, scope: "hiregraph:write", exp: inFiveMinutes() });

  it("keeps two service tokens without sub apart by client_id: no replay of the other's payload, no hint that the key exists", async () => {
    const first = await t.gql(INVITE("first.caller@example.com"), undefined, bearer(await service("ats-a")));
    expect(first.data!.inviteCandidate.userErrors).toEqual([]);
    const second = await t.gql(INVITE("second.caller@example.com"), undefined, bearer(await service("ats-b")));
    expect(second.data!.inviteCandidate.userErrors).toEqual([]);
    expect(second.data!.inviteCandidate.invite.candidate.email).toBe("second.caller@example.com");
    expect(JSON.stringify(second)).not.toContain("first.caller@example.com");
    // Two invites sent, each a create and its read-back (an iMocha re-invite answer carries no status).
    expect(t.upstreamCalls().IMOCHA).toBe(4);
    // The same caller with the same key still replays its own payload.
    const again = await t.gql(INVITE("first.caller@example.com"), undefined, bearer(await service("ats-a")));
    expect(again.data!.inviteCandidate).toEqual(first.data!.inviteCandidate);
    expect(t.upstreamCalls().IMOCHA).toBe(4);
  });

  it("refuses an idempotencyKey from a token that names no caller, before any upstream call", async () => {
    const anonymous = await sign({ scope: "hiregraph:write", exp: inFiveMinutes() });
    const res = await t.gql(INVITE("nobody@example.com"), undefined, bearer(anonymous));
    expect(res.data!.inviteCandidate.userErrors).toEqual([
      { code: "INVALID_INPUT", field: ["idempotencyKey"], message: expect.stringContaining("needs a caller identity") },
    ]);
    expect(t.upstreamCalls().IMOCHA).toBe(0);
  });
});
