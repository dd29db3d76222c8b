import "reflect-metadata";
import { inviteById, type ServerLoad } from "./scenarios-read";
import { startServer } from "./server";
import { Simulators } from "./upstream";

/**
 * `npm run bench:transport`: the cost of each transport (undici, the default; axios; the lean node:http one), on
 * `invite(id)` at 50 connections — once against the in-process simulator (≈ 0.05 ms, where transport CPU is
 * all there is to see) and once with a provider-like latency injected into every upstream call.
 */
const PLAN = { warmUpS: 3, loadS: 10, providerLatencyMs: 50 } as const;
const TRANSPORTS = ["undici", "axios", "node"] as const;

interface Row {
  transport: string;
  latencyMs: number;
  load: ServerLoad;
}

async function measure(transport: (typeof TRANSPORTS)[number]): Promise<Row[]> {
  const server = await startServer({ UPSTREAM_TRANSPORT: transport });
  const b = { server, sims: new Simulators(server.url) };
  try {
    await inviteById(b, { durationS: PLAN.warmUpS });
    const rows: Row[] = [{ transport, latencyMs: 0, load: await inviteById(b, { durationS: PLAN.loadS }) }];
    await b.sims.setFaults([{ latencyMs: PLAN.providerLatencyMs }]);
    rows.push({ transport, latencyMs: PLAN.providerLatencyMs, load: await inviteById(b, { durationS: PLAN.loadS }) });
    return rows;
  } finally {
    await server.stop();
  }
}

function render(rows: Row[]): string {
  const lines = ["transport  upstream latency  req/s   p50 ms  p99 ms  server CPU ms/req  failed"];
  for (const r of rows) {
    const l = r.load;
    lines.push(
      [r.transport.padEnd(9), `${r.latencyMs} ms`.padStart(16), l.rps.toFixed(0).padStart(6), l.p50Ms.toFixed(1).padStart(7),
        l.p99Ms.toFixed(1).padStart(7), l.serverCpuMsPerRequest.toFixed(3).padStart(18), String(l.failures).padStart(7)].join("  "),
    );
  }
  return lines.join("\n");
}

async function main(): Promise<void> {
  const limit = setTimeout(() => {
    console.error("transport benchmark exceeded 2 minutes; aborting");
    process.exit(1);
  }, 120_000);
  const rows: Row[] = [];
  for (const t of TRANSPORTS) rows.push(...(await measure(t)));
  console.log(render(rows));
  clearTimeout(limit);
}

main().catch((err) => {
  console.error("transport benchmark failed:", err instanceof Error ? err.message : err);
  process.exit(1);
});
