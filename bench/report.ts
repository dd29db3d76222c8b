import os from "node:os";
import type { BatchResult, InviteLoad, MemoryResult, ServerLoad } from "./scenarios-read";
import type { FanOutResult, IngestionResult, LatencyResult } from "./scenarios-events";
import type { MutationResult } from "./scenarios-write";

export interface Results {
  startupMs: number;
  direct: ServerLoad;
  invite: InviteLoad;
  memory: MemoryResult;
  batch: BatchResult;
  inviteCandidate: MutationResult;
  revokeInvite: MutationResult;
  callbacks: IngestionResult;
  eventLatency: LatencyResult;
  fanOut: FanOutResult;
}

export interface Target {
  name: string;
  value: string;
  pass: boolean;
}

const ms = (n: number) => `${n.toFixed(n < 10 ? 1 : 0)} ms`;
const int = (n: number) => Math.round(n).toLocaleString("en-US");
const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;
const pct = (n: number) => `${n >= 0 ? "+" : ""}${n.toFixed(1)} %`;
export const growth = (before: number, after: number) => (100 * (after - before)) / before;

/** Every target of issue 6, each judged from numbers of this one run. */
export function targets(r: Results): Target[] {
  const throughputRatio = r.invite.rps / r.direct.rps;
  const tail = r.invite.p99Ms / r.invite.p50Ms;
  const hg = r.batch.hiregraph;
  const speedup = r.batch.naive.latency.p50Ms / hg.latency.p50Ms;
  const limit = 3 * r.batch.injectedLatencyMs;
  const heap = growth(r.memory.before.heapUsedBytes, r.memory.after.heapUsedBytes);
  const rss = growth(r.memory.before.rssBytes, r.memory.after.rssBytes);
  return [
    { name: "invite(id) throughput >= 50 % of direct simulator GET", value: `${(100 * throughputRatio).toFixed(1)} %`, pass: throughputRatio >= 0.5 },
    { name: "invite(id) p99 < 5 x p50 at 50 connections", value: `${tail.toFixed(2)} x`, pass: tail < 5 },
    // At most one call per distinct id: invites in a final state are answered from the record (freshness), so fewer.
    { name: "50-invite query: upstream calls <= distinct ids", value: `${hg.upstreamCallsPerRequest} vs ${r.batch.distinctIds}`, pass: hg.upstreamCallsPerRequest <= r.batch.distinctIds },
    { name: `50-invite query p50 <= 3 x upstream latency (${limit} ms)`, value: ms(hg.latency.p50Ms), pass: hg.latency.p50Ms <= limit },
    { name: "50-invite query >= 10 x faster than naive", value: `${speedup.toFixed(1)} x`, pass: speedup >= 10 },
    { name: `memory growth over ${int(r.memory.load.requests)} requests < 10 % (heap, RSS)`, value: `${pct(heap)}, ${pct(rss)}`, pass: heap < 10 && rss < 10 },
    { name: "callback ingestion >= 500 callbacks/s (embedded store)", value: `${int(r.callbacks.rps)}/s`, pass: r.callbacks.rps >= 500 },
    { name: "every acknowledged callback recorded", value: `${int(r.callbacks.recorded)} recorded of ${int(r.callbacks.acknowledged)} acknowledged`, pass: r.callbacks.recorded >= r.callbacks.acknowledged },
    { name: `event to ${int(r.fanOut.subscribers)} subscribers p99 <= 1 s`, value: ms(r.fanOut.p99Ms), pass: r.fanOut.p99Ms <= 1000 },
  ];
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

function loadRow(name: string, l: ServerLoad, extra: string): string[] {
  return [name, int(l.requests), int(l.rps), ms(l.p50Ms), ms(l.p99Ms), l.serverCpuMsPerRequest.toFixed(3), int(l.failures), extra];
}

/** The printed report: throughput table, batching table, memory, then PASS/FAIL per target. */
export function render(r: Results, t: Target[]): string {
  const b = r.batch;
  const out = [
    `hiregraph benchmark — node ${process.version}, ${os.cpus().length} cores, server start-up ${ms(r.startupMs)} (spawn → first 200 /health)`,
    "",
    table(["load (50 connections)", "requests", "req/s", "p50", "p99", "server CPU ms/req", "failed", "notes"], [
      loadRow("1 direct simulator GET", r.direct, "GET /sandbox/imocha/v3/reports/:id"),
      loadRow("2 invite(id) via /graphql", r.invite, `${(100 * r.invite.rps / r.direct.rps).toFixed(1)} % of (1) req/s; ${(100 * r.direct.serverCpuMsPerRequest / r.invite.serverCpuMsPerRequest).toFixed(1)} % by CPU/req; ${r.invite.upstreamPerRequest.toFixed(2)} upstream/req`),
      loadRow("4a inviteCandidate", r.inviteCandidate.load, `${r.inviteCandidate.upstreamCallsPerRequest.toFixed(2)} upstream/req; ${r.inviteCandidate.note}; ${r.inviteCandidate.unsuccessful} not clean`),
      loadRow("4b revokeInvite", r.revokeInvite.load, `${r.revokeInvite.upstreamCallsPerRequest.toFixed(2)} upstream/req; ${r.revokeInvite.note}; ${r.revokeInvite.unsuccessful} not clean`),
      loadRow("5 invite(id) long run", r.memory.load, `memory run; ${r.memory.load.upstreamPerRequest.toFixed(2)} upstream/req`),
      loadRow("6a POST /callbacks/imocha", r.callbacks, `embedded store; each 200 = state + event committed; ${int(r.callbacks.recorded)} of ${int(r.callbacks.sent)} sent recorded, ${int(r.callbacks.acknowledged)} acknowledged`),
    ]),
    "",
    `6b event to subscriber (graphql-ws, embedded store, one callback at a time): ${r.eventLatency.runs} runs, ` +
      `p50 ${ms(r.eventLatency.p50Ms)}, p99 ${ms(r.eventLatency.p99Ms)}, max ${ms(r.eventLatency.maxMs)}`,
    `6c event to ${int(r.fanOut.subscribers)} subscribers (graphql-ws, one socket each, in the bench process): ${r.fanOut.runs} callbacks one at a time; ` +
      `per delivery p50 ${ms(r.fanOut.p50Ms)}, p99 ${ms(r.fanOut.p99Ms)}; until the last subscriber has it p50 ${ms(r.fanOut.allP50Ms)}, p99 ${ms(r.fanOut.allP99Ms)}, max ${ms(r.fanOut.maxMs)}`,
    "",
    `3 invites(ids): ${b.ids} ids (${b.distinctIds} distinct; AlfaOne, iMocha, Xobin), ${b.injectedLatencyMs} ms injected on every simulator call ` +
      `(one call measured: p50 ${ms(b.upstreamRoundTrip.p50Ms)}), requests sent one at a time`,
    table(["path", "runs", "p50", "mean", "max", "upstream calls/req"], [
      ["hiregraph (DataLoader)", String(b.hiregraph.latency.runs), ms(b.hiregraph.latency.p50Ms), ms(b.hiregraph.latency.meanMs), ms(b.hiregraph.latency.maxMs), b.hiregraph.upstreamCallsPerRequest.toFixed(1)],
      ["naive N+1 (bench/naive-server)", String(b.naive.latency.runs), ms(b.naive.latency.p50Ms), ms(b.naive.latency.meanMs), ms(b.naive.latency.maxMs), b.naive.upstreamCallsPerRequest.toFixed(1)],
    ]),
    `   latency ratio naive/hiregraph ${(b.naive.latency.p50Ms / b.hiregraph.latency.p50Ms).toFixed(1)} x`,
    "",
    "5 memory (after a full GC, from /metrics)",
    table(["", "after warm-up", `after ${int(r.memory.load.requests)} more`, "growth"], [
      ["RSS", mb(r.memory.before.rssBytes), mb(r.memory.after.rssBytes), pct(growth(r.memory.before.rssBytes, r.memory.after.rssBytes))],
      ["heap used", mb(r.memory.before.heapUsedBytes), mb(r.memory.after.heapUsedBytes), pct(growth(r.memory.before.heapUsedBytes, r.memory.after.heapUsedBytes))],
    ]),
    "",
    "targets",
    ...t.map((x) => `  ${x.pass ? "PASS" : "FAIL"}  ${x.name}: ${x.value}`),
  ];
  return out.join("\n");
}
