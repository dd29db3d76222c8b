import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startPostgres, type TestPostgres } from "../helpers/postgres";

/**
 * The acknowledgement promise under a crash: the built server (`node dist/src/main.js`) takes a stream of callbacks
 * and is killed with SIGKILL mid-stream; restarted on the same store, every callback it acknowledged is in the
 * record, and none twice. Run on the embedded store (DATA_DIR) and on PostgreSQL (DATABASE_URL).
 */
const root = join(__dirname, "..", "..");
const TOKEN = "durability-callback-token-0123456789abcdef";
const WORKERS = 8;
const KILL_AFTER_ACKS = 120;
const MAX_SENDS = 3000;

function startMain(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ["dist/src/main.js"], {
    cwd: root,
    env: { PATH: process.env.PATH ?? "", PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "info", CALLBACK_TOKEN: TOKEN, POLL_INTERVAL_MS: "0", ...env },
  });
  let output = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ready line within 30 s:\n${output}`)), 30_000);
    child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /hiregraph ready on (http:\/\/127\.0\.0\.1:\d+)\/graphql/.exec(output);
      if (ready) {
        clearTimeout(timer);
        resolve({ child, url: ready[1] });
      }
    });
    child.once("exit", (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
}

const callback = (url: string, id: number) =>
  fetch(`${url}/callbacks/imocha?token=${TOKEN}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ TestInvitationId: id, Status: "In Progress", CandidateEmailId: `c${id}@example.com`, AttemptedOnUtc: "2030-01-01T10:00:00" }),
  });

/** Streams callbacks with WORKERS in parallel and SIGKILLs the server once KILL_AFTER_ACKS are acknowledged. */
async function streamAndKill(url: string, child: ChildProcess): Promise<{ sent: number; acked: number[] }> {
  let next = 5_000_001;
  let sent = 0;
  const acked: number[] = [];
  let killed = false;
  const exited = once(child, "exit");
  await Promise.all(
    Array.from({ length: WORKERS }, async () => {
      while (!killed && sent < MAX_SENDS) {
        const id = next++;
        sent++;
        try {
          const res = await callback(url, id);
          if (res.status === 200) acked.push(id);
          await res.arrayBuffer();
        } catch {
          // The server is gone: this one was sent but never acknowledged.
        }
        if (acked.length >= KILL_AFTER_ACKS && !killed) {
          killed = true;
          child.kill("SIGKILL");
        }
      }
    }),
  );
  await exited;
  return { sent, acked };
}

async function recordedEvents(url: string): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  let after: string | null = null;
  for (let page = 0; page < 100; page++) {
    const res = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: `query($after: String) { inviteEvents(filter: { providers: [IMOCHA] }, after: $after, first: 200) { nodes { inviteId } pageInfo { hasNextPage endCursor } } }`,
        variables: { after },
      }),
    });
    const body = (await res.json()) as { data: { inviteEvents: { nodes: Array<{ inviteId: string }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } };
    for (const n of body.data.inviteEvents.nodes) counts.set(n.inviteId, (counts.get(n.inviteId) ?? 0) + 1);
    if (!body.data.inviteEvents.pageInfo.hasNextPage) break;
    after = body.data.inviteEvents.pageInfo.endCursor;
  }
  return counts;
}

async function crashAndCheck(name: string, env: Record<string, string>): Promise<void> {
  const first = await startMain(env);
  const { sent, acked } = await streamAndKill(first.url, first.child);
  const second = await startMain(env);
  try {
    const found = await recordedEvents(second.url);
    const missing = acked.filter((id) => !found.has(`imocha:invite:${id}`));
    const twice = [...found.values()].filter((n) => n > 1).length;
    // Deliveries repeated after the restart are acknowledged and add nothing.
    const repeats = await Promise.all(acked.slice(0, 20).map(async (id) => (await callback(second.url, id)).status));
    const afterRepeats = await recordedEvents(second.url);
    // The counts the issue asks for, printed on request only (jest stays quiet): DURABILITY_REPORT=1 npm test -- durability
    if (process.env.DURABILITY_REPORT) console.log(`durability on ${name}: sent ${sent}, acknowledged ${acked.length}, found ${found.size} (missing ${missing.length}, twice ${twice})`);
    expect(acked.length).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);
    expect(missing).toEqual([]);
    expect(twice).toBe(0);
    expect(found.size).toBeLessThanOrEqual(sent);
    expect(repeats.every((s) => s === 200)).toBe(true);
    expect(afterRepeats).toEqual(found);
  } finally {
    second.child.kill("SIGKILL");
    await once(second.child, "exit").catch(() => undefined);
  }
}

describe("durability: SIGKILL while callbacks stream in", () => {
  it("keeps every acknowledged callback once, on the embedded store (same DATA_DIR)", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "hiregraph-durable-"));
    try {
      await crashAndCheck("PGlite", { DATA_DIR: dataDir });
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);

  it("keeps every acknowledged callback once, on PostgreSQL", async () => {
    const pg: TestPostgres = await startPostgres();
    try {
      await crashAndCheck("PostgreSQL", { DATABASE_URL: await pg.createDatabase("durability") });
    } finally {
      await pg.close();
    }
  }, 120_000);
});
