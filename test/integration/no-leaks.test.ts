import { PassThrough } from "node:stream";
import { SignJWT } from "jose";
import { alfaoneSimulator } from "../../src/providers/alfaone";
import { drvnSimulator } from "../../src/providers/drvn";
import { imochaSimulator } from "../../src/providers/imocha";
import { xobinSimulator } from "../../src/providers/xobin";
import { startApp, type TestApp } from "../helpers/app";
import { startSimulator, type RunningSimulator } from "../helpers/sim-server";
import { IDS } from "../helpers/seeds";

// Obviously fake credentials, configured as if live, so every real client code path runs.
const KEYS = {
  xobin: "fake-xobin-live-key-DO-NOT-LEAK-1111",
  alfaone: `ak_live_${"L".repeat(16)}${"7".repeat(16)}`,
  imocha: "fake-imocha-live-key-DO-NOT-LEAK-3333",
  drvn: "fake.drvn.token.DO-NOT-LEAK-4444",
};
const AUTH_SECRET = "fake-caller-hs256-secret-DO-NOT-LEAK-5555";

describe("no secret ever appears in a response or a log line", () => {
  const sims: RunningSimulator[] = [];
  let t: TestApp;
  let logs = "";
  let callerJwt: string;

  beforeAll(async () => {
    // Xobin and iMocha simulators expect other keys, so every call to them fails with the provider's 401 body.
    sims.push(await startSimulator(xobinSimulator, { prefix: "/api/v2", secret: "a-different-key" }));
    sims.push(await startSimulator(alfaoneSimulator, { prefix: "/api/v1", secret: KEYS.alfaone }));
    sims.push(await startSimulator(imochaSimulator, { prefix: "", secret: "a-different-key" }));
    sims.push(await startSimulator(drvnSimulator, { prefix: "", secret: KEYS.drvn }));
    const stream = new PassThrough();
    stream.on("data", (chunk) => (logs += chunk.toString()));
    t = await startApp(
      {
        LOG_LEVEL: "debug",
        AUTH_JWT_SECRET: AUTH_SECRET,
        XOBIN_BASE_URL: sims[0].baseUrl,
        XOBIN_API_KEY: KEYS.xobin,
        ALFAONE_BASE_URL: sims[1].baseUrl,
        ALFAONE_API_KEY: KEYS.alfaone,
        IMOCHA_BASE_URL: sims[2].baseUrl,
        IMOCHA_API_KEY: KEYS.imocha,
        DRVN_BASE_URL: sims[3].baseUrl,
        DRVN_TOKEN: KEYS.drvn,
        UPSTREAM_RETRIES: "0",
      },
      { logger: true, logStream: stream },
    );
    callerJwt = await new SignJWT({ scope: "hiregraph:read hiregraph:write" }).setProtectedHeader({ alg: "HS256" }).setSubject("leak-test").setExpirationTime("5m").sign(new TextEncoder().encode(AUTH_SECRET));
  });
  afterAll(async () => {
    await t.close();
    for (const s of sims) await s.close();
  });

  it("keeps keys, tokens and the caller's JWT out of every answer and log line, through failures", async () => {
    const auth = { authorization: `Bearer ${callerJwt}` };
    sims[1].control.setFaults([{ match: "GET /invites/", status: 500, times: 1 }, { match: "POST /invites", status: 400, body: { error: `bad key ${KEYS.alfaone}` } }]);
    sims[3].control.setFaults([{ status: 422, body: { errors: { token: [KEYS.drvn] } } }]);
    const responses = await Promise.all([
      t.gql(`query($ids: [ID!]!) { invites(ids: $ids) { id status } }`, { ids: [IDS.xobin.pendingAi, IDS.alfa.pending, IDS.imocha.pending] }, auth),
      t.gql(`mutation($i: InviteCandidateInput!) { inviteCandidate(input: $i) { userErrors { code message } } }`, { i: { assessmentId: IDS.alfa.salesAssessment, candidate: { email: "x@example.com" } } }, auth),
      t.gql(`mutation { updateInterview(input: { id: "${IDS.drvn.pending}", location: "x" }) { userErrors { code message } } }`, undefined, auth),
      t.gql(`{ providers { mode } }`, undefined, { authorization: `Bearer ${callerJwt}x` }),
    ]);
    const codes = responses[0].errors!.map((e) => e.extensions!.code).sort();
    expect(codes).toEqual(["PROVIDER_AUTH_FAILED", "PROVIDER_AUTH_FAILED", "PROVIDER_UNAVAILABLE"]);
    expect(responses[1].data!.inviteCandidate.userErrors[0].message).toContain("[redacted]");
    expect(responses[3].status).toBe(401);
    await new Promise((r) => setTimeout(r, 50));
    const everything = JSON.stringify(responses) + logs;
    expect(logs).toContain('"msg":"upstream call failed"');
    expect(logs).toContain('"msg":"request"');
    for (const secret of [...Object.values(KEYS), AUTH_SECRET, callerJwt]) expect(everything).not.toContain(secret);
    expect(everything).not.toMatch(/\bat [\w.<>]+ \(.*\.[jt]s:\d+:\d+\)/);
  });

  it("logs one line per request with operation name, duration and upstream call count", async () => {
    logs = "";
    await fetch(`${t.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${callerJwt}`, "x-request-id": "req-abc-123" },
      body: JSON.stringify({ query: `query TwoInvites($ids: [ID!]!) { invites(ids: $ids) { id } }`, variables: { ids: [IDS.alfa.pending, IDS.alfa.completed] } }),
    });
    await new Promise((r) => setTimeout(r, 50));
    const line = logs.split("\n").filter(Boolean).map((l) => JSON.parse(l)).find((l) => l.msg === "request");
    expect(line).toMatchObject({ reqId: "req-abc-123", operationName: "TwoInvites", upstreamCalls: 2, statusCode: 200, route: "/graphql" });
    expect(typeof line.durationMs).toBe("number");
  });
});
