import { SANDBOX_SECRETS } from "../src/config";
import { IMOCHA_INVITE, INVITE_QUERY, INVITES_QUERY, fiftyMixedIds, gql, type GqlBody } from "./fixtures";
import { runLoad, timeSerial, type LoadResult, type SerialResult } from "./load";
import { startNaiveServer } from "./naive-server";
import type { ServerProcess } from "./server";
import { readCpuSeconds, readMemory, type MemorySample, type Simulators } from "./upstream";

export interface Bench {
  server: ServerProcess;
  sims: Simulators;
}

export const CONNECTIONS = 50;

/** A load result with the server's CPU cost per request (see readCpuSeconds for why). */
export interface ServerLoad extends LoadResult {
  serverCpuMsPerRequest: number;
}

export async function withServerCpu(b: Bench, run: () => Promise<LoadResult>): Promise<ServerLoad> {
  const cpu0 = await readCpuSeconds(b.server.url);
  const load = await run();
  const cpu = (await readCpuSeconds(b.server.url)) - cpu0;
  return { ...load, serverCpuMsPerRequest: (1000 * cpu) / Math.max(load.requests, 1) };
}

/** The simulator endpoint behind `invite(id)` for an iMocha invite, called directly: the ceiling for (2). */
export function directGet(b: Bench, durationS: number): Promise<ServerLoad> {
  return withServerCpu(b, () =>
    runLoad({
      url: `${b.server.url}/sandbox/imocha/v3/reports/${IMOCHA_INVITE}?reportType=1`,
      headers: { "X-API-KEY": SANDBOX_SECRETS.IMOCHA },
      connections: CONNECTIONS,
      durationS,
    }),
  );
}

const inviteBody = JSON.stringify({ query: INVITE_QUERY, variables: { id: `imocha:invite:${IMOCHA_INVITE}` } });

export interface InviteLoad extends ServerLoad {
  /**
   * Upstream calls during the load per request it started (those completed plus one in flight per connection at the
   * end): under 1 because concurrent queries of one caller share reads (src/services/read-windows.ts).
   */
  upstreamPerRequest: number;
}

/** `invite(id)` through POST /graphql; `amount` runs an exact number of requests instead of a duration. */
export async function inviteById(b: Bench, run: { durationS?: number; amount?: number }): Promise<InviteLoad> {
  const calls0 = await b.sims.totalCalls();
  await gql(`${b.server.url}/graphql`, INVITE_QUERY, { id: `imocha:invite:${IMOCHA_INVITE}` });
  const calls = (await b.sims.totalCalls()) - calls0;
  if (calls !== 1) throw new Error(`invite(id) made ${calls} upstream calls instead of 1: it would not measure a provider read`);
  const loadCalls0 = await b.sims.totalCalls();
  const load = await withServerCpu(b, () =>
    runLoad({
      url: `${b.server.url}/graphql`,
      method: "POST",
      headers: { "content-type": "application/json" },
      body: inviteBody,
      connections: CONNECTIONS,
      ...run,
    }),
  );
  const loadCalls = (await b.sims.totalCalls()) - loadCalls0;
  return { ...load, upstreamPerRequest: loadCalls / (load.requests + CONNECTIONS) };
}

export interface MemoryResult {
  before: MemorySample;
  after: MemorySample;
  load: InviteLoad;
}

/** Memory after warm-up versus after `requests` more `invite(id)` calls, each read after a full GC. */
export async function memoryGrowth(b: Bench, requests: number): Promise<MemoryResult> {
  await b.server.collectGarbage();
  const before = await readMemory(b.server.url);
  const load = await inviteById(b, { amount: requests });
  await b.server.collectGarbage();
  const after = await readMemory(b.server.url);
  return { before, after, load };
}

export interface BatchSide {
  latency: SerialResult;
  upstreamCallsPerRequest: number;
}

export interface BatchResult {
  ids: number;
  distinctIds: number;
  injectedLatencyMs: number;
  /** One simulator round trip with the injected latency, measured directly. */
  upstreamRoundTrip: SerialResult;
  hiregraph: BatchSide;
  naive: BatchSide;
}

function expectFifty(body: GqlBody): void {
  const list = body.data?.invites;
  if (!Array.isArray(list) || list.length !== 50 || list.some((i) => !i)) throw new Error("the 50-invite query did not return 50 invites");
}

/** Runs `runs` 50-invite queries one at a time against `url` and counts simulator calls per query. */
async function batchSide(b: Bench, url: string, ids: string[], runs: number): Promise<BatchSide> {
  expectFifty(await gql(url, INVITES_QUERY, { ids }));
  const calls0 = await b.sims.totalCalls();
  const latency = await timeSerial(runs, async () => void (await gql(url, INVITES_QUERY, { ids })));
  const calls = (await b.sims.totalCalls()) - calls0;
  return { latency, upstreamCallsPerRequest: calls / runs };
}

/** The 50-invite mixed-provider query with latency injected into every simulator, hiregraph versus naive. */
export async function batching(b: Bench, runs: { hiregraph: number; naive: number }, latencyMs: number): Promise<BatchResult> {
  const ids = fiftyMixedIds();
  await b.sims.reset();
  await b.sims.setFaults([{ latencyMs }]);
  const naive = await startNaiveServer(b.server.url);
  try {
    const upstreamRoundTrip = await timeSerial(10, async () => {
      const res = await fetch(`${b.server.url}/sandbox/imocha/v3/reports/${IMOCHA_INVITE}?reportType=1`, {
        headers: { "X-API-KEY": SANDBOX_SECRETS.IMOCHA },
      });
      await res.arrayBuffer();
    });
    return {
      ids: ids.length,
      distinctIds: new Set(ids).size,
      injectedLatencyMs: latencyMs,
      upstreamRoundTrip,
      hiregraph: await batchSide(b, `${b.server.url}/graphql`, ids, runs.hiregraph),
      naive: await batchSide(b, naive.url, ids, runs.naive),
    };
  } finally {
    await naive.close();
    await b.sims.reset();
  }
}
