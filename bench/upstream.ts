import { Provider } from "../src/domain/enums";
import type { FaultRule } from "../src/sandbox/faults";

/** Talks to the simulators' `/__control` routes of the server under test. */
export class Simulators {
  constructor(private readonly serverUrl: string) {}

  private base(p: Provider): string {
    return `${this.serverUrl}/sandbox/${p.toLowerCase()}/__control`;
  }

  /** Replaces the fault rules of every simulator (an empty list clears them). */
  async setFaults(rules: FaultRule[]): Promise<void> {
    await Promise.all(Object.values(Provider).map((p) => call(`${this.base(p)}/faults`, "POST", rules)));
  }

  /** Requests the simulators have served since the last reset, summed over providers. */
  async totalCalls(): Promise<number> {
    const stats = await Promise.all(Object.values(Provider).map((p) => call(`${this.base(p)}/stats`, "GET")));
    return stats.reduce((sum: number, s) => sum + (s as { total: number }).total, 0);
  }

  /** Restores seeded data and clears counters and faults, so one scenario cannot affect the next. */
  async reset(): Promise<void> {
    await Promise.all(Object.values(Provider).map((p) => call(`${this.base(p)}/reset`, "POST", {})));
  }
}

async function call(url: string, method: "GET" | "POST", body?: unknown): Promise<unknown> {
  const res = await fetch(url, {
    method,
    headers: body === undefined ? undefined : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${url} answered ${res.status}`);
  return res.status === 204 ? undefined : res.json();
}

export interface MemorySample {
  rssBytes: number;
  heapUsedBytes: number;
}

/** Reads unlabelled samples of the server's own process metrics from its Prometheus endpoint. */
async function readGauges(serverUrl: string): Promise<(name: string) => number> {
  const text = await (await fetch(`${serverUrl}/metrics`)).text();
  return (name) => {
    const line = text.split("\n").find((l) => l.startsWith(`${name} `));
    if (!line) throw new Error(`/metrics has no ${name}`);
    return Number(line.slice(name.length + 1));
  };
}

export async function readMemory(serverUrl: string): Promise<MemorySample> {
  const gauge = await readGauges(serverUrl);
  return { rssBytes: gauge("process_resident_memory_bytes"), heapUsedBytes: gauge("nodejs_heap_size_used_bytes") };
}

/**
 * CPU seconds the server process has used (user + system). CPU per request barely moves when other processes
 * compete for the cores, unlike requests per second, so it is the figure to compare between runs on a busy machine.
 */
export async function readCpuSeconds(serverUrl: string): Promise<number> {
  const gauge = await readGauges(serverUrl);
  return gauge("process_cpu_user_seconds_total") + gauge("process_cpu_system_seconds_total");
}
