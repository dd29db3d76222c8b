// Provider adapters (used by the naive server) build type-graphql objects, whose decorators need this polyfill.
import "reflect-metadata";
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { render, targets, type Results } from "./report";
import { batching, directGet, inviteById, memoryGrowth, type Bench } from "./scenarios-read";
import { callbackIngestion, eventFanOut, eventLatency } from "./scenarios-events";
import { inviteCandidate, revokeInvites } from "./scenarios-write";
import { startServer } from "./server";
import { Simulators } from "./upstream";

/**
 * `npm run bench`: one reproducible run against a freshly spawned server on 127.0.0.1, every provider on its
 * built-in simulator. Sizes are fixed so runs compare; the whole run is bounded (see RUN_LIMIT_MS).
 */
const PLAN = {
  warmUpS: 4,
  loadS: 10,
  memoryRequests: 100_000,
  batch: { hiregraph: 30, naive: 4, latencyMs: 20 },
  mutationS: 6,
  revokes: 4000,
  callbackS: 6,
  eventLatencyRuns: 300,
  fanOut: { subscribers: 1000, runs: 30 },
} as const;

const RUN_LIMIT_MS = 6 * 60_000;
const RESULTS_FILE = path.resolve(__dirname, "../../bench/results.json");

const step = (what: string) => process.stderr.write(`… ${what}\n`);

async function measure(b: Bench): Promise<Omit<Results, "startupMs">> {
  step("warm-up");
  await directGet(b, PLAN.warmUpS / 2);
  await inviteById(b, { durationS: PLAN.warmUpS });
  step("1 direct simulator GET");
  const direct = await directGet(b, PLAN.loadS);
  step("2 invite(id)");
  const invite = await inviteById(b, { durationS: PLAN.loadS });
  step(`5 memory: ${PLAN.memoryRequests} invite(id) requests`);
  const memory = await memoryGrowth(b, PLAN.memoryRequests);
  step("3 50-invite query, hiregraph and naive");
  const batch = await batching(b, PLAN.batch, PLAN.batch.latencyMs);
  step("4 mutations");
  const invited = await inviteCandidate(b, PLAN.mutationS);
  const revoked = await revokeInvites(b, PLAN.revokes);
  step("6 callbacks: ingestion, then event-to-subscriber latency (embedded store)");
  const callbacks = await callbackIngestion(b, PLAN.callbackS, 7_000_000_001);
  const events = await eventLatency(b, PLAN.eventLatencyRuns, 8_000_000_001);
  step(`6c event to ${PLAN.fanOut.subscribers} subscribers`);
  const fanOut = await eventFanOut(b, PLAN.fanOut.subscribers, PLAN.fanOut.runs, 9_000_000_001);
  return { direct, invite, memory, batch, inviteCandidate: invited, revokeInvite: revoked, callbacks, eventLatency: events, fanOut };
}

async function main(): Promise<void> {
  const limit = setTimeout(() => {
    console.error(`benchmark exceeded ${RUN_LIMIT_MS / 1000} s; aborting`);
    process.exit(1);
  }, RUN_LIMIT_MS);
  const started = Date.now();
  step("starting server");
  const server = await startServer();
  let results: Results;
  try {
    results = { startupMs: server.startupMs, ...(await measure({ server, sims: new Simulators(server.url) })) };
  } finally {
    await server.stop();
  }
  const judged = targets(results);
  console.log(render(results, judged));
  const machine = { node: process.version, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, totalMemBytes: os.totalmem() };
  writeFileSync(RESULTS_FILE, `${JSON.stringify({ at: new Date().toISOString(), machine, plan: PLAN, results, targets: judged }, null, 2)}\n`);
  console.log(`\nwrote ${path.relative(process.cwd(), RESULTS_FILE)} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  clearTimeout(limit);
}

main().catch((err) => {
  // fetch() hides the socket error in `cause`.
  console.error("benchmark failed:", err instanceof Error ? `${err.message} ${err.cause ?? ""}` : err);
  process.exit(1);
});
