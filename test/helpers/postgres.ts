import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Client } from "pg";
import { freePort } from "./ports";

export interface TestPostgres {
  /** `postgres://hiregraph@127.0.0.1:<port>/postgres` */
  url: string;
  /** A fresh, empty database on this server, as a connection URL. */
  createDatabase(name: string): Promise<string>;
  close(): Promise<void>;
}

/** initdb and postgres from PATH, else the newest Debian install under /usr/lib/postgresql. */
function binDir(): string {
  const which = spawnSync("sh", ["-c", "command -v initdb"], { encoding: "utf8" });
  if (which.status === 0 && which.stdout.trim()) return path.dirname(which.stdout.trim());
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  for (const v of versions) if (existsSync(path.join(root, v, "bin", "initdb"))) return path.join(root, v, "bin");
  throw new Error("PostgreSQL is not installed: run scripts/ensure-postgres.sh (npm test does)");
}

/** PostgreSQL refuses to run as root, so as root the server runs as the `postgres` user on a directory it owns. */
function asServerUser(cmd: string, args: string[]): [string, string[]] {
  if (process.getuid?.() !== 0) return [cmd, args];
  return ["runuser", ["-u", "postgres", "--", cmd, ...args]];
}

function ownDir(dir: string): void {
  if (process.getuid?.() !== 0) return;
  const id = spawnSync("id", ["-u", "postgres"], { encoding: "utf8" });
  const gid = spawnSync("id", ["-g", "postgres"], { encoding: "utf8" });
  chownSync(dir, Number(id.stdout.trim()), Number(gid.stdout.trim()));
  chmodSync(dir, 0o700);
}

/**
 * A throwaway PostgreSQL server for one test file: a new cluster in a temp directory, trust auth for user
 * `hiregraph`, listening on 127.0.0.1 and a free port only. fsync is off: the tests kill hiregraph, never this server.
 */
export async function startPostgres(): Promise<TestPostgres> {
  const bin = binDir();
  const base = mkdtempSync(path.join(tmpdir(), "hiregraph-pg-"));
  chmodSync(base, 0o755);
  const data = path.join(base, "data");
  spawnSync("mkdir", [data]);
  ownDir(data);
  const [initCmd, initArgs] = asServerUser(path.join(bin, "initdb"), ["-D", data, "-A", "trust", "-U", "hiregraph", "--no-sync", "-E", "UTF8"]);
  const init = spawnSync(initCmd, initArgs, { encoding: "utf8" });
  if (init.status !== 0) throw new Error(`initdb failed:\n${init.stderr}`);
  const port = await freePort();
  const [cmd, args] = asServerUser(path.join(bin, "postgres"), [
    "-D", data, "-p", String(port), "-k", data, "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off", "-c", "max_connections=200",
  ]);
  // Its own process group, so a stop reaches postgres itself and not just the runuser wrapper.
  const child: ChildProcess = spawn(cmd, args, { stdio: ["ignore", "pipe", "pipe"], detached: true });
  let output = "";
  child.stderr?.on("data", (d) => (output += String(d)));
  const url = `postgres://hiregraph@127.0.0.1:${port}/postgres`;
  await waitReady(url, child, () => output);
  return {
    url,
    async createDatabase(name) {
      const client = new Client({ connectionString: url });
      await client.connect();
      await client.query(`CREATE DATABASE "${name}"`);
      await client.end();
      return `postgres://hiregraph@127.0.0.1:${port}/${name}`;
    },
    async close() {
      if (child.exitCode === null) {
        const exited = once(child, "close");
        // SIGINT is PostgreSQL's fast shutdown: it ends sessions and exits without waiting for clients.
        process.kill(-child.pid!, "SIGINT");
        await exited;
      }
      rmSync(base, { recursive: true, force: true });
    },
  };
}

async function waitReady(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`postgres exited with ${child.exitCode}:\n${output()}`);
    const client = new Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      return;
    } catch {
      await client.end().catch(() => undefined);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  process.kill(-child.pid!, "SIGKILL");
  throw new Error(`postgres did not accept connections within 20 s:\n${output()}`);
}
