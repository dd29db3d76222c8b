import "reflect-metadata";
import { spawn, type ChildProcess } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { SignJWT } from "jose";
import { SANDBOX_SECRETS } from "../../src/config";
import { IMOCHA_SEED } from "../../src/providers/imocha";
import { XOBIN_SEED } from "../../src/providers/xobin";
import { gql } from "../fixtures";
import { runLoad, type LoadResult } from "../load";
import { processCpuSeconds, startServer, type ServerProcess } from "../server";
import { Simulators } from "../upstream";
import { peerQueries, type Side } from "./queries";

/**
 * `npm run bench:peer`: hiregraph and a peer (GraphQL Mesh over OpenAPI descriptions, served by Hive Gateway)
 * side by side, in one run, against the same upstream: a third process serving only the provider simulators.
 * hiregraph runs with default settings, its providers configured as live APIs at that upstream. Every load is
 * bounded and talks to 127.0.0.1 only.
 */
const PLAN = { connections: 50, warmUpS: 2, loadS: 8, latencyMs: 20, distinct: 50, dashboardMaxAgeS: 60, callers: 500 } as const;
const JWT_SECRET = "bench-only-secret-not-for-production-0123456789";
const step = (what: string) => process.stderr.write(`… ${what}\n`);

interface Measured {
  load: LoadResult;
  /** Upstream calls of one request sent alone. */
  upstreamPerRequest: number;
  /**
   * Upstream calls made during the load run per request it started: the requests completed plus the one still in
   * flight on each connection when it stopped (none is in flight when it starts). Lower than alone when concurrent
   * requests share reads (see ReadWindows).
   */
  upstreamPerRequestUnderLoad: number;
  /** Answers during the load run that were not a 200 with the scenario's right data (GraphQL errors included). */
  wrong: number;
  /** CPU milliseconds the server process used per request during the load run (the figure that noise moves least). */
  cpuMsPerRequest: number;
}

interface Scenario {
  name: string;
  hiregraph: Measured;
  peer: Measured;
}

/** hiregraph under test: every provider "live" at the upstream process, caller auth on as live mode requires. */
function hiregraphEnv(upstream: string): Record<string, string> {
  const sandbox = (p: string) => `${upstream}/sandbox/${p}`;
  return {
    XOBIN_BASE_URL: sandbox("xobin"),
    XOBIN_API_KEY: SANDBOX_SECRETS.XOBIN,
    ALFAONE_BASE_URL: sandbox("alfaone"),
    ALFAONE_API_KEY: SANDBOX_SECRETS.ALFAONE,
    // The simulator has no quota; AlfaOne's real 100/min would make this a test of the budget, not of the server.
    ALFAONE_RATE_LIMIT_PER_MIN: "1000000",
    IMOCHA_BASE_URL: sandbox("imocha"),
    IMOCHA_API_KEY: SANDBOX_SECRETS.IMOCHA,
    DRVN_BASE_URL: sandbox("drvn"),
    DRVN_TOKEN: SANDBOX_SECRETS.DRVN,
    AUTH_JWT_SECRET: JWT_SECRET,
    // Other settings to try side by side: `HG_UPSTREAM_CONCURRENCY=64 npm run bench:peer` sets UPSTREAM_CONCURRENCY.
    ...Object.fromEntries(Object.entries(process.env).flatMap(([k, v]) => (k.startsWith("HG_") && v !== undefined ? [[k.slice(3), v]] : []))),
  };
}

function startPeer(upstream: string): Promise<{ url: string; pid: number; stop: () => void }> {
  const entry = path.resolve(__dirname, "gateway.js");
  const keys = { imocha: SANDBOX_SECRETS.IMOCHA, alfaone: SANDBOX_SECRETS.ALFAONE, xobin: SANDBOX_SECRETS.XOBIN };
  const child: ChildProcess = spawn(process.execPath, [entry, upstream, "0"], {
    env: { PATH: process.env.PATH, PEER_KEYS: JSON.stringify(keys), NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  process.once("exit", () => child.kill("SIGKILL"));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("the peer gateway did not start within 30 s")), 30_000);
    child.once("exit", (code) => reject(new Error(`the peer gateway exited with ${code}`)));
    createInterface({ input: child.stdout! }).on("line", (line) => {
      if (!line.startsWith("ready ")) return;
      clearTimeout(timer);
      resolve({ url: line.slice("ready ".length), pid: child.pid!, stop: () => child.kill("SIGTERM") });
    });
  });
}

/** Creates `n` distinct invites at the upstream (half iMocha, half Xobin assessment) and returns their ids. */
async function seedDistinctInvites(upstream: string, n: number): Promise<string[]> {
  const mutation = `mutation($input: InviteCandidateInput!) { inviteCandidate(input: $input) { invite { id } userErrors { message } } }`;
  const ids: string[] = [];
  for (let k = 0; k < n; k++) {
    const assessmentId = k % 2 ? `xobin:assessment:${XOBIN_SEED.assessment}` : `imocha:test:${IMOCHA_SEED.javascriptTest}`;
    const input = { assessmentId, candidate: { name: `Bench Candidate ${k}`, email: `bench-${k}@example.com` } };
    const body = await gql(`${upstream}/graphql`, mutation, { input });
    const created = (body.data?.inviteCandidate as { invite?: { id: string } } | undefined)?.invite?.id;
    if (!created) throw new Error(`could not seed invite ${k}: ${JSON.stringify(body.data)}`);
    ids.push(created);
  }
  return ids;
}

/** Waits (at most 10 s) until no upstream call is still arriving from an earlier run, and returns the count. */
async function settled(sims: Simulators): Promise<number> {
  let last = await sims.totalCalls();
  for (let waited = 0; waited < 10_000; waited += 300) {
    await new Promise((r) => setTimeout(r, 300));
    const now = await sims.totalCalls();
    if (now === last) return now;
    last = now;
  }
  throw new Error("upstream calls did not settle within 10 s");
}

/**
 * Upstream calls are counted on one request sent alone (under load, calls of requests still in flight when the
 * run stops would be charged to the finished ones); throughput and latency come from the load run after it.
 */
async function measure(sims: Simulators, side: Side, pid: number): Promise<Measured> {
  const calls0 = await settled(sims);
  const check = await fetch(side.url, { method: "POST", headers: side.headers, body: side.body });
  const text = await check.text();
  if (check.status !== 200 || !side.expect(text)) throw new Error(`${side.url} did not answer the scenario correctly: ${text.slice(0, 300)}`);
  const upstreamPerRequest = (await sims.totalCalls()) - calls0;
  let wrong = 0;
  const onBody = (status: number, body: string) => void (status === 200 && side.expect(body) ? 0 : wrong++);
  const spec = { url: side.url, method: "POST" as const, headers: side.headers, body: side.body, headersFor: side.headersFor, connections: PLAN.connections, onBody };
  await runLoad({ ...spec, durationS: PLAN.warmUpS });
  wrong = 0;
  const loadCalls0 = await settled(sims);
  const cpu0 = processCpuSeconds(pid);
  const load = await runLoad({ ...spec, durationS: PLAN.loadS });
  const loadCalls = (await sims.totalCalls()) - loadCalls0;
  const cpuMsPerRequest = ((processCpuSeconds(pid) - cpu0) * 1000) / load.requests;
  return { load, upstreamPerRequest, upstreamPerRequestUnderLoad: loadCalls / (load.requests + PLAN.connections), cpuMsPerRequest, wrong };
}

/** A bench-only token for hiregraph naming the caller `sub`. */
function callerToken(sub: string): Promise<string> {
  return new SignJWT({ scope: "hiregraph:read hiregraph:write" })
    .setProtectedHeader({ alg: "HS256" }).setSubject(sub).setIssuedAt().setExpirationTime("1h")
    .sign(new TextEncoder().encode(JWT_SECRET));
}

/** Tokens of `n` distinct callers: with one per request in turn, concurrent requests are hardly ever one caller's. */
const callerTokens = (n: number) => Promise.all(Array.from({ length: n }, (_, k) => callerToken(`bench-caller-${k}`)));

/** `PEER_SCENARIOS=single,distinct` runs only those of `single`, `callers`, `distinct`, `copies`, `dashboard` (all by default). */
const only = process.env.PEER_SCENARIOS?.split(",").map((s) => s.trim()).filter(Boolean);
const wanted = (key: string) => !only?.length || only.includes(key);

/** The two servers' process ids, for their CPU time. */
let pids = { hiregraph: 0, peer: 0 };

async function scenario(name: string, sims: Simulators, sides: Record<"hiregraph" | "peer", Side>): Promise<Scenario> {
  step(name);
  return {
    name,
    hiregraph: await measure(sims, sides.hiregraph, pids.hiregraph),
    peer: await measure(sims, sides.peer, pids.peer),
  };
}

function render(rows: Scenario[]): string {
  const cpu = os.cpus();
  const head = `hiregraph vs GraphQL Mesh + Hive Gateway — node ${process.version}, ${cpu.length} × ${cpu[0]?.model ?? "cpu"}, ${PLAN.connections} connections, ${PLAN.loadS} s per run`;
  const lines = [head, "", "scenario                          | hiregraph req/s | peer req/s | ratio | hiregraph p99 | peer p99 | p99 ratio | upstream/req hg | upstream/req peer | under load hg | under load peer | CPU ms/req hg | CPU ms/req peer"];
  for (const r of rows) {
    const h = r.hiregraph;
    const p = r.peer;
    lines.push(
      [r.name.padEnd(33), h.load.rps.toFixed(1).padStart(15), p.load.rps.toFixed(1).padStart(10), `${(h.load.rps / p.load.rps).toFixed(2)}×`.padStart(5),
        `${h.load.p99Ms} ms`.padStart(13), `${p.load.p99Ms} ms`.padStart(8), `${(h.load.p99Ms / p.load.p99Ms).toFixed(2)}`.padStart(9),
        String(h.upstreamPerRequest).padStart(15), String(p.upstreamPerRequest).padStart(17),
        h.upstreamPerRequestUnderLoad.toFixed(2).padStart(13), p.upstreamPerRequestUnderLoad.toFixed(2).padStart(15),
        h.cpuMsPerRequest.toFixed(2).padStart(13), p.cpuMsPerRequest.toFixed(2).padStart(15)].join(" | "),
    );
    if (h.load.failures || p.load.failures || h.wrong || p.wrong) {
      lines.push(`    failures: hiregraph ${h.load.failures}, peer ${p.load.failures}; wrong answers: hiregraph ${h.wrong}, peer ${p.wrong}`);
    }
  }
  return lines.join("\n");
}

async function main(): Promise<void> {
  const limit = setTimeout(() => {
    console.error("peer benchmark exceeded 5 minutes; aborting");
    process.exit(1);
  }, 5 * 60_000);
  step("starting the upstream, hiregraph and the peer");
  const upstream: ServerProcess = await startServer();
  const hiregraph = await startServer(hiregraphEnv(upstream.url));
  const peer = await startPeer(upstream.url);
  pids = { hiregraph: hiregraph.pid, peer: peer.pid };
  try {
    const sims = new Simulators(upstream.url);
    const token = await callerToken("bench");
    const ids = await seedDistinctInvites(upstream.url, PLAN.distinct);
    const q = peerQueries({ hiregraph: `${hiregraph.url}/graphql`, peer: peer.url, token });
    const rows: Scenario[] = [];
    if (wanted("single")) rows.push(await scenario("invite(id)", sims, q.single(ids[0])));
    if (wanted("callers")) rows.push(await scenario(`invite(id), ${PLAN.callers} callers in turn`, sims, q.singleByCallers(ids[0], await callerTokens(PLAN.callers))));
    await sims.setFaults([{ latencyMs: PLAN.latencyMs }]);
    if (wanted("distinct")) rows.push(await scenario(`${PLAN.distinct} distinct ids, +${PLAN.latencyMs} ms upstream`, sims, q.many(ids)));
    if (wanted("copies")) rows.push(await scenario(`${PLAN.distinct} copies of one id, +${PLAN.latencyMs} ms`, sims, q.many(Array(PLAN.distinct).fill(ids[0]))));
    if (wanted("dashboard")) rows.push(await scenario(`dashboard refresh, maxAge ${PLAN.dashboardMaxAgeS} s, +${PLAN.latencyMs} ms`, sims, q.many(ids, PLAN.dashboardMaxAgeS)));
    await sims.setFaults([]);
    console.log(render(rows));
  } finally {
    peer.stop();
    await hiregraph.stop();
    await upstream.stop();
    clearTimeout(limit);
  }
}

main().catch((err) => {
  console.error("peer benchmark failed:", err instanceof Error ? `${err.message} ${err.cause ?? ""}` : err);
  process.exit(1);
});
