import { createClient } from "graphql-ws";
import WebSocket from "ws";
import { runLoad } from "./load";
import { CONNECTIONS, withServerCpu, type Bench, type ServerLoad } from "./scenarios-read";
import { BENCH_CALLBACK_TOKEN } from "./server";

/** iMocha's documented callback payload; every request names a new invitation, so each one records a state and an event. */
const callbackBody = (id: number) =>
  JSON.stringify({ TestInvitationId: id, Status: "In Progress", CandidateEmailId: `bench-${id}@example.com`, AttemptedOnUtc: "2030-01-01T10:00:00", TotalScore: 45, CandidateScore: null, ReportPDFUrl: null });

const callbackUrl = (b: Bench) => `${b.server.url}/callbacks/imocha?token=${BENCH_CALLBACK_TOKEN}`;

/** `POST /callbacks/imocha` at CONNECTIONS connections: each answer 200 means the change and its event were committed. */
export function callbackIngestion(b: Bench, durationS: number, firstId: number): Promise<ServerLoad> {
  return withServerCpu(b, () =>
    runLoad({ url: callbackUrl(b), method: "POST", headers: { "content-type": "application/json" }, connections: CONNECTIONS, durationS, bodyFor: (n) => callbackBody(firstId + n) }),
  );
}

export interface LatencyResult {
  runs: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/**
 * Event-to-subscriber latency: one graphql-ws subscriber (a real socket); callbacks sent one at a time; each run is
 * the time from sending the callback to the subscriber holding its event (HTTP, commit, bus, websocket).
 */
export async function eventLatency(b: Bench, runs: number, firstId: number): Promise<LatencyResult> {
  const client = createClient({ url: `${b.server.url.replace(/^http/, "ws")}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0 });
  const waiting = new Map<string, () => void>();
  const unsubscribe = client.subscribe<{ inviteEvents: { inviteId: string } }>(
    { query: `subscription { inviteEvents(filter: { providers: [IMOCHA] }) { inviteId } }` },
    { next: (v) => waiting.get(v.data!.inviteEvents.inviteId)?.(), error: () => undefined, complete: () => undefined },
  );
  await new Promise((r) => setTimeout(r, 300));
  const times: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const id = firstId + i;
      const arrived = new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`event ${id} did not reach the subscriber within 5 s`)), 5000);
        waiting.set(`imocha:invite:${id}`, () => (clearTimeout(timer), resolve()));
      });
      const t0 = performance.now();
      const res = await fetch(callbackUrl(b), { method: "POST", headers: { "content-type": "application/json" }, body: callbackBody(id) });
      await res.arrayBuffer();
      await arrived;
      times.push(performance.now() - t0);
      waiting.delete(`imocha:invite:${id}`);
    }
  } finally {
    unsubscribe();
    await client.dispose();
  }
  times.sort((x, y) => x - y);
  return { runs, p50Ms: percentile(times, 50), p99Ms: percentile(times, 99), maxMs: times[times.length - 1] };
}
