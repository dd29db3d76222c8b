import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Fastify, { type FastifyInstance } from "fastify";
import { IDS } from "../helpers/seeds";

/**
 * The real entry point (`node dist/src/main.js`) as an operator runs it: traces exported over OTLP/HTTP to a fake
 * collector, and SIGTERM draining a request in flight, flushing the spans and exiting 0.
 */
const root = join(__dirname, "..", "..");

interface OtlpJson {
  resourceSpans: Array<{
    resource: { attributes: Array<{ key: string; value: { stringValue?: string } }> };
    scopeSpans: Array<{ spans: Array<{ name: string; spanId: string; parentSpanId?: string }> }>;
  }>;
}

async function startCollector(batches: OtlpJson[]): Promise<{ collector: FastifyInstance; url: string }> {
  const collector = Fastify({ logger: false });
  collector.post("/v1/traces", async (req) => {
    batches.push(req.body as OtlpJson);
    return {};
  });
  await collector.listen({ port: 0, host: "127.0.0.1" });
  return { collector, url: `http://127.0.0.1:${(collector.server.address() as { port: number }).port}` };
}

/** Spawns the server and resolves with its URL once it logs that it is ready. */
function startMain(env: Record<string, string>): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  // Each run gets its own embedded store, never the repository's data/.
  const dataDir = mkdtempSync(join(tmpdir(), "hiregraph-main-"));
  const child = spawn(process.execPath, ["dist/src/main.js"], { cwd: root, env: { PATH: process.env.PATH ?? "", DATA_DIR: dataDir, ...env } });
  child.once("exit", () => rmSync(dataDir, { recursive: true, force: true }));
  let output = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ready line within 15 s:\n${output}`)), 15_000);
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /hiregraph ready on (http:\/\/127\.0\.0\.1:\d+)\/graphql/.exec(output);
      if (ready) {
        clearTimeout(timer);
        resolve({ child, url: ready[1], output: () => output });
      }
    });
    child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("exit", (code) => reject(new Error(`exited with ${code} before ready:\n${output}`)));
  });
}

describe("node dist/src/main.js", () => {
  // Builds dist/ only when it is missing or older than src/ (npm test has already built it).
  beforeAll(() => execFileSync(process.execPath, ["scripts/ensure-build.js"], { cwd: root, stdio: "ignore", timeout: 120_000 }), 120_000);

  it("refuses to start on bad configuration, listing every problem, exit code 2, without echoing keys", () => {
    let status: number | null = null;
    let stderr = "";
    try {
      execFileSync(process.execPath, ["dist/src/main.js"], {
        cwd: root,
        env: { PATH: process.env.PATH ?? "", PORT: "0", ALFAONE_BASE_URL: "alfaone.app/api/v1", ALFAONE_API_KEY: "test_fake-key-without-prefix", NODE_ENV: "production" },
        stdio: "pipe",
        timeout: 15_000,
      });
    } catch (err) {
      const e = err as { status: number | null; stderr: Buffer };
      status = e.status;
      stderr = e.stderr.toString();
    }
    expect(status).toBe(2);
    expect(stderr).toContain('ALFAONE_BASE_URL="alfaone.app/api/v1" must be an absolute http(s) URL');
    expect(stderr).toContain("ALFAONE_API_KEY must be ak_live_ or ak_test_ followed by the rest of the key");
    expect(stderr).toContain("NODE_ENV=production requires caller authentication");
    expect(stderr).not.toContain("test_fake-key-without-prefix");
  });

  it.each([
    ["32 spaces", " ".repeat(32)],
    ["one character repeated", "a".repeat(48)],
    ["a short pattern repeated", "abcd".repeat(8)],
  ])("refuses an AUTH_JWT_SECRET of %s at start-up, exit code 2", (_what, secret) => {
    let status: number | null = null;
    let stderr = "";
    try {
      execFileSync(process.execPath, ["dist/src/main.js"], { cwd: root, env: { PATH: process.env.PATH ?? "", PORT: "0", AUTH_JWT_SECRET: secret }, stdio: "pipe", timeout: 15_000 });
    } catch (err) {
      const e = err as { status: number | null; stderr: Buffer };
      status = e.status;
      stderr = e.stderr.toString();
    }
    expect(status).toBe(2);
    expect(stderr).toContain("AUTH_JWT_SECRET looks guessable");
  });

  it("exports spans over OTLP, and on SIGTERM drains the request in flight, flushes and exits 0", async () => {
    const batches: OtlpJson[] = [];
    const { collector, url: otlp } = await startCollector(batches);
    const { child, url, output } = await startMain({
      PORT: "0",
      HOST: "127.0.0.1",
      LOG_LEVEL: "info",
      OTEL_EXPORTER_OTLP_ENDPOINT: otlp,
      OTEL_SERVICE_NAME: "hiregraph-e2e",
      SHUTDOWN_TIMEOUT_MS: "5000",
    });
    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
    try {
      await fetch(`${url}/sandbox/alfaone/__control/faults`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ latencyMs: 500 }) });
      const running = fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "query Drained($id: ID!) { invite(id: $id) { id status } }", variables: { id: IDS.alfa.pending } }),
      });
      await new Promise((r) => setTimeout(r, 200)); // the upstream call is now waiting on the 500 ms fault
      child.kill("SIGTERM");

      const res = await running;
      expect(res.status).toBe(200);
      expect(((await res.json()) as { data: unknown }).data).toEqual({ invite: { id: IDS.alfa.pending, status: "PENDING" } });
      expect(await exited).toBe(0);
    } finally {
      child.kill("SIGKILL");
      await collector.close();
    }
    expect(output()).toContain("SIGTERM received, draining in-flight requests");
    expect(output()).toContain('"outcome":"drained"');

    const service = batches[0]?.resourceSpans[0].resource.attributes.find((a) => a.key === "service.name");
    expect(service?.value.stringValue).toBe("hiregraph-e2e");
    const spans = batches.flatMap((b) => b.resourceSpans.flatMap((r) => r.scopeSpans.flatMap((s) => s.spans)));
    const request = spans.find((s) => s.name === "query Drained");
    expect(request).toBeDefined();
    expect(spans.find((s) => s.name === "GET /invites/{inviteId}")?.parentSpanId).toBe(request!.spanId);
  }, 30_000);

  it("completes shutdown on SIGTERM when its stdout is a pipe whose reader has gone", async () => {
    const { child, url } = await startMain({ PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "info", SHUTDOWN_TIMEOUT_MS: "2000" });
    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
    try {
      expect((await fetch(`${url}/health`)).status).toBe(200);
      await new Promise((r) => setTimeout(r, 200)); // its log line is written while the reader is still there
      child.stdout!.destroy(); // as `npm start | head -3` does once head has its lines
      child.kill("SIGTERM");
      let timer: NodeJS.Timeout | undefined;
      const code = await Promise.race([exited, new Promise<string>((r) => (timer = setTimeout(() => r("still running after 10 s"), 10_000)))]);
      clearTimeout(timer);
      expect(code).toBe(0);
    } finally {
      child.kill("SIGKILL");
    }
  }, 30_000);
});
