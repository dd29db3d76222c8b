import { Provider } from "../../src/domain/enums";
import { shutdown } from "../../src/server/shutdown";
import { startApp, type TestApp } from "../helpers/app";
import { IDS } from "../helpers/seeds";

const QUERY = `query Slow($ids: [ID!]!) { invites(ids: $ids) { id status } }`;

/** Resolves once `condition` holds, polling every 10 ms; fails the test after 3 s. */
async function until(condition: () => boolean): Promise<void> {
  for (const deadline = Date.now() + 3000; !condition(); ) {
    if (Date.now() > deadline) throw new Error("condition not reached within 3 s");
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Starts a query whose AlfaOne call takes `latencyMs`, and resolves once that call is in flight. */
async function slowQueryInFlight(t: TestApp, latencyMs: number) {
  t.sim(Provider.ALFAONE).setFaults([{ latencyMs }]);
  const running = t.gql(QUERY, { ids: [IDS.alfa.pending] });
  await until(() => t.sim(Provider.ALFAONE).stats().total === 1);
  return { running };
}

describe("graceful shutdown", () => {
  it("lets the request in flight finish, turns /ready to 503, then refuses new connections", async () => {
    const t = await startApp();
    const { running } = await slowQueryInFlight(t, 400);
    const started = performance.now();
    const stopping = shutdown(t.app, 5000);

    const ready = await t.app.readiness.evaluate();
    expect(ready.ready).toBe(false);
    expect(ready.checks.find((c) => c.name === "shutdown")).toMatchObject({ ok: false });

    const res = await running;
    expect(res.status).toBe(200);
    expect(res.errors).toBeUndefined();
    expect(res.data!.invites[0]).toMatchObject({ id: IDS.alfa.pending, status: "PENDING" });
    expect(await stopping).toBe("drained");
    expect(performance.now() - started).toBeLessThan(2000);
    await expect(fetch(`${t.url}/health`)).rejects.toThrow();
  });

  it("cuts off requests still running at the deadline", async () => {
    const t = await startApp();
    const { running } = await slowQueryInFlight(t, 1000);
    const started = performance.now();
    expect(await shutdown(t.app, 200)).toBe("timed-out");
    const took = performance.now() - started;
    expect(took).toBeGreaterThanOrEqual(190);
    expect(took).toBeLessThan(1000);
    await expect(running).rejects.toThrow();
    await t.app.stop(); // the stop begun above completes once its connections are gone
  });
});
