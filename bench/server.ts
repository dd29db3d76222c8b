import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

/** The server under test, running in its own process so the load generator never shares its event loop. */
export interface ServerProcess {
  readonly url: string;
  /** The child's process id (for reading its CPU time from /proc). */
  readonly pid: number;
  /** Spawn → first 200 from /health, in milliseconds. */
  readonly startupMs: number;
  /** Runs a full garbage collection in the server (see gc-preload.ts), so memory readings compare live data, not garbage. */
  collectGarbage(): Promise<void>;
  stop(): Promise<void>;
}

const STARTUP_LIMIT_MS = 20_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Asks the OS for a free port on 127.0.0.1 (the small race until the child binds it is harmless here). */
export async function freePort(): Promise<number> {
  const probe = net.createServer();
  probe.listen(0, "127.0.0.1");
  await once(probe, "listening");
  const port = (probe.address() as net.AddressInfo).port;
  await new Promise((r) => probe.close(r));
  return port;
}

async function waitForHealth(url: string, child: ChildProcess, started: number): Promise<number> {
  while (performance.now() - started < STARTUP_LIMIT_MS) {
    if (child.exitCode !== null) throw new Error(`server exited during start-up (code ${child.exitCode})`);
    try {
      const res = await fetch(`${url}/health`);
      if (res.status === 200) return performance.now() - started;
    } catch {
      // Not listening yet.
    }
    await sleep(5);
  }
  throw new Error(`server did not answer /health within ${STARTUP_LIMIT_MS} ms`);
}

/** The callback token the benchmarked server accepts (obviously fake). */
export const BENCH_CALLBACK_TOKEN = "bench-callback-token-0000000000000000";

/**
 * Starts `node dist/src/main.js` exactly as `npm start` would, with every provider on its built-in simulator;
 * `env` adds settings (e.g. `UPSTREAM_TRANSPORT`). The inbound per-caller limit is off: the load generator is one
 * caller sending far more than a minute's share.
 */
/** CPU seconds (user + system) a child process has used so far, from /proc (Linux); NaN where /proc is absent. */
export function processCpuSeconds(pid: number): number {
  try {
    // Fields after the command name, which is in parentheses and may contain spaces: utime and stime are 14 and 15.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_S;
  } catch {
    return Number.NaN;
  }
}

/** USER_HZ, 100 on every Linux build Node supports. */
const CLOCK_TICKS_PER_S = 100;

export async function startServer(env: Record<string, string> = {}): Promise<ServerProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const main = path.resolve(__dirname, "../src/main.js");
  const preload = path.resolve(__dirname, "gc-preload.js");
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "hiregraph-bench-"));
  process.once("exit", () => rmSync(dataDir, { recursive: true, force: true }));
  const started = performance.now();
  const child = spawn(process.execPath, ["--expose-gc", "--require", preload, main], {
    // A fresh embedded store per run, in the temp directory (removed at exit).
    env: { PATH: process.env.PATH, PORT: String(port), HOST: "127.0.0.1", LOG_LEVEL: "silent", RATE_LIMIT_PER_MIN: "0", DATA_DIR: dataDir, CALLBACK_TOKEN: BENCH_CALLBACK_TOKEN, ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  // Never outlive the benchmark, however it ends (including its own time limit's process.exit).
  process.once("exit", () => child.kill("SIGKILL"));
  let startupMs: number;
  try {
    startupMs = await waitForHealth(url, child, started);
  } catch (err) {
    child.kill("SIGKILL");
    throw err;
  }
  return {
    url,
    pid: child.pid!,
    startupMs,
    async collectGarbage() {
      child.kill("SIGUSR2");
      await sleep(500);
    },
    async stop() {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      const exited = once(child, "exit");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}
