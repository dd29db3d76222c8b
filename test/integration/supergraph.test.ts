import { readFileSync } from "node:fs";
import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { SignJWT } from "jose";
import { startApplicationsSubgraph, type RunningSubgraph } from "../../supergraph/applications/server";
import { composeFromFiles, composeSupergraph } from "../../supergraph/compose";
import { createGatewayConfig, type HiregraphGatewayOptions } from "../../supergraph/gateway.config";
import { startGateway, type RunningGateway } from "../../supergraph/gateway";
import { readSubgraphSdl, repoPath } from "../../supergraph/files";
import { SUPERGRAPH_PATH } from "../../supergraph/subgraphs";
import { startApp, type GqlResult, type TestApp } from "../helpers/app";
import { IDS } from "../helpers/seeds";

const SUPERGRAPH_FILE = repoPath(SUPERGRAPH_PATH);
const CALLBACK_TOKEN = "supergraph-callback-token-0123456789abcdef";

/** A gateway over HTTP on 127.0.0.1 that counts its HTTP requests to each subgraph URL. */
interface TestGateway extends RunningGateway {
  readonly fetches: Map<string, number>;
  gql(query: string, headers?: Record<string, string>): Promise<GqlResult>;
}

async function gatewayFor(opts: HiregraphGatewayOptions): Promise<TestGateway> {
  const fetches = new Map<string, number>();
  const countFetches: GatewayPlugin = { onFetch: ({ url }) => void fetches.set(url, (fetches.get(url) ?? 0) + 1) };
  const config = createGatewayConfig(opts);
  const plugins: typeof config.plugins = (ctx) => [...(config.plugins?.(ctx) ?? []), countFetches];
  const gw = await startGateway({ ...config, logging: false, plugins }, { port: 0, host: "127.0.0.1" });
  const gql = async (query: string, headers: Record<string, string> = {}) => {
    const res = await fetch(gw.url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query }) });
    return { status: res.status, ...((await res.json()) as object) } as GqlResult;
  };
  return { ...gw, fetches, gql };
}

/** Composes hiregraph and the example ATS with the URLs they listen on now. */
const composeLive = (hiregraph: TestApp, ats: RunningSubgraph) =>
  composeSupergraph([
    { name: "hiregraph", url: `${hiregraph.url}/graphql`, sdl: readSubgraphSdl("hiregraph") },
    { name: "applications", url: ats.url, sdl: readSubgraphSdl("applications") },
  ]);

const APPLICATIONS = `{ applications { id candidateName stage invite { id status providerStatus
  candidate { name email } assessment { id name kind } score maxScore } } }`;

describe("supergraph: hiregraph and an example ATS subgraph behind Hive Gateway", () => {
  let t: TestApp;
  let ats: RunningSubgraph;
  let gw: TestGateway;
  beforeAll(async () => {
    [t, ats] = await Promise.all([startApp(), startApplicationsSubgraph({ port: 0 })]);
    gw = await gatewayFor({ supergraph: composeLive(t, ats) });
  });
  afterAll(async () => {
    await gw.stop();
    await Promise.all([ats.stop(), t.close()]);
  });
  beforeEach(() => {
    t.resetCounters();
    gw.fetches.clear();
  });

  it("resolves applications → invite status, candidate and assessment across both subgraphs", async () => {
    const res = await gw.gql(APPLICATIONS);
    expect(res.status).toBe(200);
    const apps = res.data!.applications;
    expect(apps.map((a: { id: string }) => a.id)).toEqual(["app-101", "app-102", "app-103", "app-104", "app-105", "app-106"]);
    expect(apps[0].invite).toMatchObject({ id: IDS.imocha.completed, status: "COMPLETED", assessment: { id: IDS.imocha.jsTest, name: "JavaScript (Intermediate)", kind: "SKILLS_TEST" } });
    expect(apps[0].invite.candidate).toEqual({ name: null, email: "mei.chen@example.com" }); // iMocha reports carry no name
    expect(apps[1].invite).toMatchObject({ id: IDS.alfa.pending, status: "PENDING", candidate: { name: "Maya Thompson" }, assessment: { id: IDS.alfa.supportAssessment, kind: "VIDEO_ASSESSMENT" } });
    expect(apps[2].invite).toMatchObject({ id: IDS.xobin.completedAi, status: "COMPLETED", score: 82, candidate: { name: "Sofia Alvarez" }, assessment: { kind: "AI_INTERVIEW" } });
    expect(apps[3].invite).toEqual(apps[0].invite);
    expect(apps[4]).toMatchObject({ candidateName: "Tomás Silva", stage: "SCREENING", invite: null });
  });

  it("returns the other applications when one invite is missing: null plus hiregraph's NOT_FOUND error", async () => {
    const res = await gw.gql(APPLICATIONS);
    expect(res.data!.applications[5]).toMatchObject({ id: "app-106", candidateName: "Noor Haddad", invite: null });
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0].extensions).toMatchObject({ code: "NOT_FOUND", provider: "IMOCHA", retryable: false });
    // Hive Gateway points the error at the first field it asked hiregraph for, e.g. [..., "invite", "status"].
    expect(res.errors![0].path!.slice(0, 3)).toEqual(["applications", 5, "invite"]);
  });

  it("batches: one gateway request to each subgraph, one provider call per distinct invite", async () => {
    await gw.gql(APPLICATIONS);
    expect(Object.fromEntries(gw.fetches)).toEqual({ [`${t.url}/graphql`]: 1, [ats.url]: 1 });
    // Six applications, five invite references, four distinct invites: app-101 and app-104 share one.
    expect(t.upstreamCalls()).toEqual({ XOBIN: 1, ALFAONE: 1, IMOCHA: 2, DRVN: 0 });
  });

  it("serves the committed supergraph file with subgraph URLs overridden for this environment", async () => {
    const committed = await gatewayFor({ supergraph: SUPERGRAPH_FILE, subgraphUrls: { hiregraph: `${t.url}/graphql`, applications: ats.url } });
    try {
      const res = await committed.gql(`{ application(id: "app-101") { jobTitle invite { status } } }`);
      expect(res.data).toEqual({ application: { jobTitle: "Frontend Engineer", invite: { status: "COMPLETED" } } });
      expect(committed.fetches.get(`${t.url}/graphql`)).toBe(1);
    } finally {
      await committed.stop();
    }
  });
});

describe("supergraph: the caller's token reaches hiregraph through the gateway", () => {
  const SECRET = "test-only-hs256-secret-0123456789abcdef";
  let t: TestApp;
  let ats: RunningSubgraph;
  let gw: TestGateway;
  beforeAll(async () => {
    [t, ats] = await Promise.all([startApp({ AUTH_JWT_SECRET: SECRET, CALLBACK_TOKEN }), startApplicationsSubgraph({ port: 0 })]);
    gw = await gatewayFor({ supergraph: composeLive(t, ats) });
  });
  afterAll(async () => {
    await gw.stop();
    await Promise.all([ats.stop(), t.close()]);
  });

  const QUERY = `{ application(id: "app-102") { candidateName invite { status } } }`;

  it("passes a subscription through: the gateway subscribes to hiregraph over graphql-ws, the client reads SSE", async () => {
    const jwt = await new SignJWT({ scope: "hiregraph:read" }).setProtectedHeader({ alg: "HS256" }).setExpirationTime("5m").sign(new TextEncoder().encode(SECRET));
    const abort = new AbortController();
    const res = await fetch(gw.url, {
      method: "POST",
      signal: abort.signal,
      headers: { "content-type": "application/json", accept: "text/event-stream", authorization: `Bearer ${jwt}` },
      body: JSON.stringify({ query: `subscription { inviteEvents(filter: { inviteIds: ["imocha:invite:3300001"] }) { inviteId status origin } }` }),
    });
    expect(res.status).toBe(200);
    const reader = res.body!.getReader();
    let text = "";
    const firstEvent = (async () => {
      while (!/data: \{"data"/.test(text)) {
        const { value, done } = await reader.read();
        if (done) break;
        text += new TextDecoder().decode(value);
      }
      return text;
    })();
    // The gateway's websocket to hiregraph is opened once the client subscribes; give it a moment.
    await new Promise((r) => setTimeout(r, 500));
    const cb = await fetch(`${t.url}/callbacks/imocha?token=${CALLBACK_TOKEN}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ TestInvitationId: 3300001, Status: "In Progress", AttemptedOnUtc: "2030-01-01T10:00:00" }),
    });
    expect(cb.status).toBe(200);
    const stream = await Promise.race([firstEvent, new Promise<string>((_, reject) => setTimeout(() => reject(new Error(`no event through the gateway: ${text}`)), 10_000))]);
    abort.abort();
    const data = JSON.parse(/data: (\{"data".*)/.exec(stream)![1]);
    expect(data).toEqual({ data: { inviteEvents: { inviteId: "imocha:invite:3300001", status: "STARTED", origin: "CALLBACK" } } });
  });

  it("answers with a token that hiregraph accepts", async () => {
    const jwt = await new SignJWT({ scope: "hiregraph:read" }).setProtectedHeader({ alg: "HS256" }).setExpirationTime("5m").sign(new TextEncoder().encode(SECRET));
    const res = await gw.gql(QUERY, { authorization: `Bearer ${jwt}` });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ application: { candidateName: "Maya Thompson", invite: { status: "PENDING" } } });
  });

  it("without a token, keeps the ATS data and reports hiregraph's UNAUTHENTICATED with no provider call", async () => {
    t.resetCounters();
    const res = await gw.gql(QUERY);
    expect(res.data).toEqual({ application: { candidateName: "Maya Thompson", invite: null } });
    expect(res.errors![0].extensions!.code).toBe("UNAUTHENTICATED");
    expect(res.errors![0].path!.slice(0, 2)).toEqual(["application", "invite"]);
    expect(t.upstreamCalls().ALFAONE).toBe(0);
  });
});

describe("supergraph composition", () => {
  it("keeps supergraph/supergraph.graphql up to date with the subgraph SDL files (run npm run supergraph:compose)", () => {
    expect(readFileSync(SUPERGRAPH_FILE, "utf8")).toBe(composeFromFiles({}));
  });

  it("puts each subgraph's URL from the environment into the supergraph, and rejects a malformed one", () => {
    const sdl = composeFromFiles({ HIREGRAPH_SUBGRAPH_URL: "https://hiregraph.internal:8443/graphql" });
    expect(sdl).toContain('join__graph(name: "hiregraph", url: "https://hiregraph.internal:8443/graphql")');
    expect(sdl).toContain('join__graph(name: "applications", url: "http://127.0.0.1:4001/graphql")');
    expect(() => composeFromFiles({ APPLICATIONS_SUBGRAPH_URL: "ats:4001" })).toThrow('APPLICATIONS_SUBGRAPH_URL="ats:4001" must be an absolute http(s) URL');
  });

  it("fails with the composition errors when a subgraph contradicts hiregraph's schema", () => {
    const clash = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
      type Invite @key(fields: "id") { id: ID! status: Int }
      type Query { latest: Invite }`;
    expect(() => composeSupergraph([
      { name: "hiregraph", url: "http://127.0.0.1:4000/graphql", sdl: readSubgraphSdl("hiregraph") },
      { name: "clash", url: "http://127.0.0.1:4002/graphql", sdl: clash },
    ])).toThrow(/supergraph composition failed:\n  - .*Invite\.status/);
  });
});
