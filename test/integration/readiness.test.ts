import { Provider } from "../../src/domain/enums";
import { parseId } from "../../src/providers/ids";
import { MemoryIdempotencyStore, type IdempotencyStore } from "../../src/idempotency/store";
import { xobinSimulator } from "../../src/providers/xobin";
import { startApp, type TestApp } from "../helpers/app";
import { IDS } from "../helpers/seeds";
import { startSimulator, type RunningSimulator } from "../helpers/sim-server";

interface ReadyBody {
  status: string;
  failing: string[];
  checks: Array<{ name: string; ok: boolean; detail?: string }>;
}

async function ready(t: TestApp): Promise<{ status: number; body: ReadyBody }> {
  const res = await fetch(`${t.url}/ready`);
  return { status: res.status, body: (await res.json()) as ReadyBody };
}

/** A shared store whose ping fails or never answers, as an unreachable Redis would. */
function unreachableStore(ping: () => Promise<void>): IdempotencyStore {
  const inner = new MemoryIdempotencyStore();
  return { run: (args) => inner.run(args), ping };
}

describe("/ready", () => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it("is 200 with every check listed when all providers are sandboxed and the store is in process", async () => {
    t = await startApp();
    const upstreamBefore = t.upstreamCalls();
    const { status, body } = await ready(t);
    expect(status).toBe(200);
    expect(body.status).toBe("ready");
    expect(body.failing).toEqual([]);
    expect(body.checks.map((c) => c.name)).toEqual(["shutdown", "provider:XOBIN", "provider:ALFAONE", "provider:IMOCHA", "provider:DRVN", "idempotency-store", "record-store"]);
    expect(body.checks.find((c) => c.name === "provider:XOBIN")).toEqual({ name: "provider:XOBIN", ok: true, detail: "sandbox" });
    expect(t.upstreamCalls()).toEqual(upstreamBefore); // probes never call providers
  });

  it("is 503 naming the store when the shared store fails or does not answer within 1 s", async () => {
    t = await startApp({}, { idempotency: unreachableStore(() => Promise.reject(new Error("connect ECONNREFUSED redis://:secret@10.0.0.1"))) });
    let res = await ready(t);
    expect(res.status).toBe(503);
    expect(res.body.failing).toEqual(["idempotency-store"]);
    expect(JSON.stringify(res.body)).not.toContain("secret");
    await t.close();

    t = await startApp({}, { idempotency: unreachableStore(() => new Promise(() => undefined)) });
    const started = performance.now();
    res = await ready(t);
    expect(performance.now() - started).toBeLessThan(1800);
    expect(res.status).toBe(503);
    expect(res.body.checks.find((c) => c.name === "idempotency-store")).toMatchObject({ ok: false, detail: "no answer within 1000 ms" });
  });

  it("is 503 naming the record when its database is down", async () => {
    const broken = await startApp();
    await broken.record.database.db.destroy();
    try {
      const res = await ready(broken);
      expect(res.status).toBe(503);
      expect(res.body.failing).toEqual(["record-store"]);
    } finally {
      await broken.app.server.close();
    }
  });

  it("is 503 while draining for shutdown", async () => {
    t = await startApp();
    t.app.readiness.startDraining();
    const { status, body } = await ready(t);
    expect(status).toBe(503);
    expect(body.failing).toEqual(["shutdown"]);
  });

  describe("with a live provider", () => {
    let sim: RunningSimulator;
    beforeAll(async () => (sim = await startSimulator(xobinSimulator, { prefix: "/sandbox/xobin", secret: "live-xobin-key-for-tests" })));
    afterAll(() => sim.close());

    it("is 503 while its circuit breaker is open and 200 again once a trial call succeeds", async () => {
      t = await startApp({
        XOBIN_BASE_URL: sim.baseUrl,
        XOBIN_API_KEY: "live-xobin-key-for-tests",
        AUTH_JWT_SECRET: "a-test-secret-of-at-least-32-characters!",
        UPSTREAM_RETRIES: "0",
        BREAKER_THRESHOLD: "2",
        BREAKER_COOLDOWN_MS: "300",
      });
      expect((await ready(t)).body.checks.find((c) => c.name === "provider:XOBIN")).toEqual({ name: "provider:XOBIN", ok: true, detail: "live, circuit closed" });

      const xobin = t.app.registry.get(Provider.XOBIN)!;
      const read = () => xobin.getInvites!([parseId(IDS.xobin.pendingAi)]);
      sim.control.setFaults([{ status: 503 }]);
      await read();
      await read();
      const callsWhenOpen = sim.control.stats().total;
      const open = await ready(t);
      expect(open.status).toBe(503);
      expect(open.body.failing).toEqual(["provider:XOBIN"]);
      expect(open.body.checks.find((c) => c.name === "provider:XOBIN")?.detail).toBe("circuit open after repeated failures");
      expect(sim.control.stats().total).toBe(callsWhenOpen); // the probe itself made no call

      sim.control.setFaults([]);
      await new Promise((r) => setTimeout(r, 350));
      expect((await read())[0]).not.toBeInstanceOf(Error);
      expect((await ready(t)).status).toBe(200);
    });
  });
});
