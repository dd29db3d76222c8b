import { createClient } from "graphql-ws";
import WebSocket from "ws";
import { runLoad } from "./load";
import { CONNECTIONS, withServerCpu, type Bench, type ServerLoad } from "./scenarios-read";
import { BENCH_CALLBACK_TOKEN } from "./server";

/** iMocha's documented callback payload; every request names a new invitation, so each one records a state and an event. */
const callbackBody = (id: number) =>
  JSON.stringify({ TestInvitationId: id, Status: "In Progress", CandidateEmailId: `bench-${id}@example.com`, AttemptedOnUtc: "2030-01-01T10:00:00", TotalScore: 45, CandidateScore: null, ReportPDFUrl: null });

const callbackUrl = (b: Bench) => `${b.server.url}/callbacks/imocha?token=${BENCH_CALLBACK_TOKEN}`;

export interface IngestionResult extends ServerLoad {
  /** Callbacks sent (each names a new invitation id, from firstId up). */
  sent: number;
  /** Answered 200. */
  acknowledged: number;
  /** Of the ids sent, those with a CALLBACK event in the record afterwards (must be ≥ acknowledged). */
  recorded: number;
}

/** `POST /callbacks/imocha` at CONNECTIONS connections: each answer 200 means the change and its event were committed. */
export async function callbackIngestion(b: Bench, durationS: number, firstId: number): Promise<IngestionResult> {
  let sent = 0;
  let acknowledged = 0;
  const load = await withServerCpu(b, () =>
    runLoad({
      url: callbackUrl(b),
      method: "POST",
      headers: { "content-type": "application/json" },
      connections: CONNECTIONS,
      durationS,
      bodyFor: (n) => callbackBody(firstId + (sent = n + 1) - 1),
      onBody: (status) => void (status === 200 && (acknowledged += 1)),
    }),
  );
  return { ...load, sent, acknowledged, recorded: await recordedCallbackEvents(b, firstId, sent) };
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

export interface FanOutResult {
  subscribers: number;
  runs: number;
  /** Over every delivery (runs × subscribers): callback sent → that subscriber holding the event. */
  p50Ms: number;
  p99Ms: number;
  /** Per run: callback sent → the last of the subscribers holding the event. */
  allP50Ms: number;
  allP99Ms: number;
  maxMs: number;
}

async function gauge(serverUrl: string, name: string): Promise<number> {
  const text = await (await fetch(`${serverUrl}/metrics`)).text();
  const line = text.split("\n").find((l) => l.startsWith(`${name} `));
  return line ? Number(line.slice(name.length + 1)) : Number.NaN;
}

/**
 * Event to many subscribers: `subscribers` graphql-ws clients (a socket each, all in this process) subscribe to
 * iMocha's events; callbacks are sent one at a time, each timed until every subscriber holds its event. The clients
 * share this process's event loop, so the figures include receiving 1 000 messages here, not just sending them.
 */
export async function eventFanOut(b: Bench, subscribers: number, runs: number, firstId: number): Promise<FanOutResult> {
  const url = `${b.server.url.replace(/^http/, "ws")}/graphql`;
  let current: { inviteId: string; t0: number; times: number[]; done: () => void } | undefined;
  const clients: Array<ReturnType<typeof createClient>> = [];
  const baseline = await gauge(b.server.url, "hiregraph_subscriptions_active");
  try {
    for (let i = 0; i < subscribers; i++) {
      const client = createClient({ url, webSocketImpl: WebSocket, retryAttempts: 0 });
      clients.push(client);
      client.subscribe<{ inviteEvents: { inviteId: string } }>(
        { query: `subscription { inviteEvents(filter: { providers: [IMOCHA] }) { inviteId } }` },
        {
          next: (v) => {
            const c = current;
            if (!c || v.data?.inviteEvents.inviteId !== c.inviteId) return;
            c.times.push(performance.now() - c.t0);
            if (c.times.length === subscribers) c.done();
          },
          error: () => undefined,
          complete: () => undefined,
        },
      );
      // Open them in steps of 100, so the server is not asked for 1 000 handshakes in one go.
      if ((i + 1) % 100 === 0) await new Promise((r) => setTimeout(r, 50));
    }
    for (let waited = 0; (await gauge(b.server.url, "hiregraph_subscriptions_active")) - baseline < subscribers; waited += 200) {
      if (waited > 30_000) throw new Error(`fewer than ${subscribers} subscriptions were open after 30 s`);
      await new Promise((r) => setTimeout(r, 200));
    }
    const all: number[] = [];
    const last: number[] = [];
    for (let i = 0; i < runs; i++) {
      const inviteId = `imocha:invite:${firstId + i}`;
      const times: number[] = [];
      const arrived = new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`event ${inviteId} reached ${times.length} of ${subscribers} subscribers within 10 s`)), 10_000);
        current = { inviteId, t0: performance.now(), times, done: () => (clearTimeout(timer), resolve()) };
      });
      const res = await fetch(callbackUrl(b), { method: "POST", headers: { "content-type": "application/json" }, body: callbackBody(firstId + i) });
      await res.arrayBuffer();
      await arrived;
      all.push(...times);
      last.push(Math.max(...times));
    }
    all.sort((x, y) => x - y);
    last.sort((x, y) => x - y);
    return { subscribers, runs, p50Ms: percentile(all, 50), p99Ms: percentile(all, 99), allP50Ms: percentile(last, 50), allP99Ms: percentile(last, 99), maxMs: last[last.length - 1] };
  } finally {
    current = undefined;
    await Promise.all(clients.map((c) => c.dispose()));
  }
}

/**
 * Callback events recorded for invitation ids firstId … firstId + count − 1, counted by paging `inviteEvents`
 * (iMocha's, 200 a page), so ingestion can show that every acknowledged callback is in the record.
 */
export async function recordedCallbackEvents(b: Bench, firstId: number, count: number): Promise<number> {
  const query = `query($after: String) { inviteEvents(first: 200, after: $after, filter: { providers: [IMOCHA] }) { nodes { inviteId origin } pageInfo { hasNextPage endCursor } } }`;
  const inRange = new Set<string>();
  let after: string | null = null;
  for (let page = 0; page < 10_000; page++) {
    const res = await fetch(`${b.server.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables: { after } }) });
    const body = (await res.json()) as { data?: { inviteEvents: { nodes: Array<{ inviteId: string; origin: string }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } }; errors?: unknown };
    if (!body.data) throw new Error(`inviteEvents failed: ${JSON.stringify(body.errors)}`);
    for (const e of body.data.inviteEvents.nodes) {
      const n = Number(e.inviteId.split(":")[2]);
      if (e.origin === "CALLBACK" && n >= firstId && n < firstId + count) inRange.add(e.inviteId);
    }
    if (!body.data.inviteEvents.pageInfo.hasNextPage) break;
    after = body.data.inviteEvents.pageInfo.endCursor;
  }
  return inRange.size;
}
