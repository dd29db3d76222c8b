import { SignJWT } from "jose";
import { ALFAONE_SEED } from "../../src/providers/alfaone";
import { SANDBOX_SECRETS } from "../../src/config";
import { startApp, type TestApp } from "../helpers/app";
import { IDS } from "../helpers/seeds";

const SECRET = "test-only-hs256-secret-sandbox-0123456789";
const token = (scope: string) =>
  new SignJWT({ scope }).setProtectedHeader({ alg: "HS256" }).setSubject("staging-tester").setExpirationTime("5m").sign(new TextEncoder().encode(SECRET));

const ALFA_INVITE = `/sandbox/alfaone/invites/${ALFAONE_SEED.pendingInvite}`;
const HANG = { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ hang: true }) };

/** A staging set-up: caller auth on, providers sandboxed. The simulators must not be an open side door. */
describe("/sandbox/* with caller authentication on", () => {
  let t: TestApp;
  beforeAll(async () => (t = await startApp({ AUTH_JWT_SECRET: SECRET })));
  afterAll(() => t.close());
  beforeEach(() => t.resetCounters());

  it("refuses strangers: demo data, fault injection and stats need a caller token", async () => {
    const read = await fetch(`${t.url}${ALFA_INVITE}`, { headers: { "x-api-key": SANDBOX_SECRETS.ALFAONE } });
    expect(read.status).toBe(401);
    expect(JSON.stringify(await read.json())).not.toContain("@");
    expect((await fetch(`${t.url}/sandbox/xobin/__control/faults`, HANG)).status).toBe(401);
    expect((await fetch(`${t.url}/sandbox/imocha/__control/stats`)).status).toBe(401);
    // The refused fault was not installed: authorised queries still answer at once.
    const q = await t.gql(`{ invite(id: "${IDS.xobin.pendingAi}") { id } }`, undefined, { authorization: `Bearer ${await token("hiregraph:read")}` });
    expect(q.errors).toBeUndefined();
  });

  it("lets a caller with hiregraph:read read and hiregraph:write change a simulator", async () => {
    const read = await fetch(`${t.url}${ALFA_INVITE}`, { headers: { "x-api-key": SANDBOX_SECRETS.ALFAONE, authorization: `Bearer ${await token("hiregraph:read")}` } });
    expect(read.status).toBe(200);
    const readerFault = await fetch(`${t.url}/sandbox/imocha/__control/faults`, { ...HANG, headers: { ...HANG.headers, authorization: `Bearer ${await token("hiregraph:read")}` } });
    expect(readerFault.status).toBe(403);
    const writer = { authorization: `Bearer ${await token("hiregraph:write")}` };
    const reset = await fetch(`${t.url}/sandbox/imocha/__control/reset`, { method: "POST", headers: writer });
    expect(reset.status).toBe(204);
  });

  it("still serves the server's own sandboxed provider calls", async () => {
    const q = await t.gql(`{ invite(id: "${IDS.alfa.pending}") { id status } }`, undefined, { authorization: `Bearer ${await token("hiregraph:read")}` });
    expect(q.data).toEqual({ invite: { id: IDS.alfa.pending, status: "PENDING" } });
    expect(t.upstreamCalls().ALFAONE).toBe(1);
  });
});

describe("/sandbox/* in production", () => {
  it("does not exist, control routes included", async () => {
    const t = await startApp({ NODE_ENV: "production", AUTH_JWT_SECRET: SECRET });
    try {
      const writer = { authorization: `Bearer ${await token("hiregraph:write")}` };
      for (const provider of ["xobin", "alfaone", "imocha", "drvn"]) {
        expect((await fetch(`${t.url}/sandbox/${provider}/__control/faults`, { ...HANG, headers: { ...HANG.headers, ...writer } })).status).toBe(404);
        expect((await fetch(`${t.url}/sandbox/${provider}/__control/stats`, { headers: writer })).status).toBe(404);
      }
    } finally {
      await t.close();
    }
  });
});
