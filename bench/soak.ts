import "reflect-metadata";
import { createClient } from "graphql-ws";
import WebSocket from "ws";
import { IMOCHA_SEED } from "../src/providers/imocha";
import { IMOCHA_INVITE, IMOCHA_TEST, INVITE_QUERY, INVITES_QUERY, fiftyMixedIds } from "./fixtures";
import { BENCH_CALLBACK_TOKEN, startServer, type ServerProcess } from "./server";
import { readMemory, type MemorySample } from "./upstream";

/**
 * `npm run bench:soak`: a fixed mix of reads, mutations and callbacks sent at a steady rate for SOAK_MINUTES
 * (default 10) to a freshly spawned server on 127.0.0.1, while SOAK_SUBSCRIBERS (default 20) graphql-ws subscribers
 * receive every event. Reports errors (target 0), p99 drift between the first and the last minute, events
 * delivered, and memory and open handles before and after (each after a full GC). Bounded: it stops by itself.
 */
const RATE_PER_S = Number(process.env.SOAK_RATE ?? 100);
const MINUTES = Number(process.env.SOAK_MINUTES ?? 10);
const MAX_IN_FLIGHT = 500;
const SUBSCRIBERS = Number(process.env.SOAK_SUBSCRIBERS ?? 20);

const CREATE = `mutation($input: InviteCandidateInput!) { inviteCandidate(input: $input) { invite { id status } userErrors { code message } } }`;
const CANCEL = `mutation($id: ID!) { cancelInvite(input: { id: $id }) { invite { id status } userErrors { code message } } }`;

interface Outcome {
  ok: boolean;
  ms: number;
  /** When it was sent, from the start of the load. */
  atMs: number;
  minute: number;
}

/**
 * The first seconds after start-up, reported on their own: the JIT, PGlite's WASM and the record (each invite's
 * first observation is a write) are cold, and the server briefly needs several times its warm CPU per request.
 */
const COLD_S = 10;

/** One operation of the mix; returns whether the answer was clean (HTTP 200, no errors, no userErrors). */
type Operation = (server: ServerProcess, n: number) => Promise<boolean>;

async function post(server: ServerProcess, query: string, variables: Record<string, unknown>): Promise<Record<string, unknown> | undefined> {
  const res = await fetch(`${server.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  return res.status === 200 && !body.errors?.length ? body.data : undefined;
}

const created: string[] = [];
const mixed = fiftyMixedIds().slice(0, 10);

/** iMocha's callback for a new invitation per request, so each one records a state and an event. */
async function callback(server: ServerProcess, n: number): Promise<boolean> {
  const body = JSON.stringify({ TestInvitationId: 6_000_000_000 + n, Status: "In Progress", CandidateEmailId: `soak-cb-${n}@example.com`, AttemptedOnUtc: "2030-01-01T10:00:00", TotalScore: 45, CandidateScore: null, ReportPDFUrl: null });
  const res = await fetch(`${server.url}/callbacks/imocha?token=${BENCH_CALLBACK_TOKEN}`, { method: "POST", headers: { "content-type": "application/json" }, body });
  await res.arrayBuffer();
  return res.status === 200;
}

/** The mix, by weight out of 12: reads dominate, as on a dashboard; every created invite is cancelled later. */
const MIX: Array<[number, Operation]> = [
  [2, callback],
  [6, async (s) => !!(await post(s, INVITE_QUERY, { id: `imocha:invite:${IMOCHA_INVITE}` }))?.invite],
  [2, async (s) => ((await post(s, INVITES_QUERY, { ids: mixed }))?.invites as unknown[] | undefined)?.every(Boolean) ?? false],
  [1, async (s, n) => {
    const data = await post(s, CREATE, { input: { assessmentId: IMOCHA_TEST, candidate: { name: `Soak ${n}`, email: `soak-${n}@example.com` } } });
    const payload = data?.inviteCandidate as { invite?: { id: string }; userErrors: unknown[] } | undefined;
    if (payload?.invite) created.push(payload.invite.id);
    return !!payload?.invite && payload.userErrors.length === 0;
  }],
  [1, async (s) => {
    const id = created.shift();
    if (!id) return !!(await post(s, INVITE_QUERY, { id: `imocha:invite:${IMOCHA_SEED.pendingInvite}` }))?.invite;
    const payload = (await post(s, CANCEL, { id }))?.cancelInvite as { userErrors: unknown[] } | undefined;
    return !!payload && payload.userErrors.length === 0;
  }],
];

function pick(n: number): Operation {
  const total = MIX.reduce((sum, [w]) => sum + w, 0);
  let slot = n % total;
  for (const [weight, op] of MIX) {
    if (slot < weight) return op;
    slot -= weight;
  }
  return MIX[0][1];
}

async function handles(server: ServerProcess): Promise<number> {
  const text = await (await fetch(`${server.url}/metrics`)).text();
  const line = text.split("\n").find((l) => l.startsWith("nodejs_active_handles_total "));
  return line ? Number(line.split(" ")[1]) : NaN;
}

const p99 = (xs: number[]) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(0.99 * (xs.length - 1))] : NaN);

async function run(server: ServerProcess): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  const started = performance.now();
  const end = started + MINUTES * 60_000;
  let n = 0;
  let inFlight = 0;
  const pending = new Set<Promise<void>>();
  while (performance.now() < end) {
    const due = started + (n * 1000) / RATE_PER_S;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    if (inFlight >= MAX_IN_FLIGHT) throw new Error(`more than ${MAX_IN_FLIGHT} requests in flight: the server is not keeping up`);
    const t0 = performance.now();
    const op = pick(n);
    const seq = n++;
    inFlight++;
    const p = op(server, seq)
      .catch(() => false)
      .then((ok) => {
        outcomes.push({ ok, ms: performance.now() - t0, atMs: t0 - started, minute: Math.floor((t0 - started) / 60_000) });
        inFlight--;
      });
    pending.add(p);
    void p.finally(() => pending.delete(p));
  }
  await Promise.all(pending);
  return outcomes;
}

async function sample(server: ServerProcess): Promise<MemorySample & { handles: number }> {
  await server.collectGarbage();
  return { ...(await readMemory(server.url)), handles: await handles(server) };
}

/** Subscribers to every invite event; counts what they receive. */
function subscribe(server: ServerProcess, count: number): { received: () => number; close: () => Promise<void> } {
  let received = 0;
  const clients = Array.from({ length: count }, () => {
    const client = createClient({ url: `${server.url.replace(/^http/, "ws")}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0 });
    client.subscribe({ query: `subscription { inviteEvents { inviteId } }` }, { next: () => void (received += 1), error: () => undefined, complete: () => undefined });
    return client;
  });
  return { received: () => received, close: async () => void (await Promise.all(clients.map((c) => c.dispose()))) };
}

async function main(): Promise<void> {
  const guard = setTimeout(() => {
    console.error("soak exceeded its time bound; aborting");
    process.exit(1);
  }, (MINUTES + 2) * 60_000);
  const server = await startServer();
  try {
    const subscribers = subscribe(server, SUBSCRIBERS);
    await new Promise((r) => setTimeout(r, 1000));
    const before = await sample(server);
    // A second sample once caches, the JIT and the simulators' seeded state are warm: growth after it is what the run adds.
    const warmAfterMs = Math.min(60_000, (MINUTES * 60_000) / 2);
    const warm = new Promise<Awaited<ReturnType<typeof sample>>>((resolve) => setTimeout(() => void sample(server).then(resolve), warmAfterMs));
    const outcomes = await run(server);
    const warmed = await warm;
    // Past the 4 s this process's fetch keeps idle connections, so open handles count what the server holds on to.
    await new Promise((r) => setTimeout(r, 6000));
    const delivered = subscribers.received();
    const after = await sample(server);
    await subscribers.close();
    const last = Math.max(...outcomes.map((o) => o.minute));
    const first = outcomes.filter((o) => o.minute === 0).map((o) => o.ms);
    const cold = outcomes.filter((o) => o.atMs < COLD_S * 1000).map((o) => o.ms);
    const firstWarm = outcomes.filter((o) => o.minute === 0 && o.atMs >= COLD_S * 1000).map((o) => o.ms);
    const final = outcomes.filter((o) => o.minute === last).map((o) => o.ms);
    const errors = outcomes.filter((o) => !o.ok).length;
    const mb = (b: number) => `${(b / 1_048_576).toFixed(1)} MB`;
    console.log(`soak: ${outcomes.length} requests over ${MINUTES} min at ${RATE_PER_S}/s (mix: 6 invite, 2 invites(10 ids), 1 inviteCandidate, 1 cancelInvite, 2 iMocha callbacks)`);
    console.log(`errors: ${errors}`);
    const events = delivered / Math.max(SUBSCRIBERS, 1);
    console.log(`events: ${delivered} delivered to ${SUBSCRIBERS} subscribers (${events.toFixed(0)} each)`);
    console.log(`p99 first minute ${p99(first).toFixed(1)} ms (${p99(firstWarm).toFixed(1)} ms without its first ${COLD_S} s), last minute ${p99(final).toFixed(1)} ms`);
    console.log(`first ${COLD_S} s after start-up: p99 ${p99(cold).toFixed(1)} ms, slowest ${Math.max(...cold).toFixed(0)} ms`);
    console.log(`RSS ${mb(before.rssBytes)} → ${mb(after.rssBytes)}, heap ${mb(before.heapUsedBytes)} → ${mb(after.heapUsedBytes)}, open handles ${before.handles} → ${after.handles}`);
    const pct = (from: number, to: number) => `${(((to - from) / from) * 100).toFixed(1)} %`;
    console.log(
      `from ${warmAfterMs / 1000} s in (warm) to the end: RSS ${mb(warmed.rssBytes)} → ${mb(after.rssBytes)} (${pct(warmed.rssBytes, after.rssBytes)}), ` +
        `heap ${mb(warmed.heapUsedBytes)} → ${mb(after.heapUsedBytes)} (${pct(warmed.heapUsedBytes, after.heapUsedBytes)}), open handles ${warmed.handles} → ${after.handles}`,
    );
    if (errors) process.exitCode = 1;
  } finally {
    await server.stop();
    clearTimeout(guard);
  }
}

main().catch((err) => {
  console.error("soak failed:", err instanceof Error ? err.message : err);
  process.exit(1);
});
