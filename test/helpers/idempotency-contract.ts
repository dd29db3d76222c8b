import type { IdempotencyStore } from "../../src/idempotency/store";

/**
 * The behaviour every IdempotencyStore must have, run against each implementation. `makeStore` gives a fresh,
 * empty store for each test.
 */
export function itBehavesAsAnIdempotencyStore(makeStore: () => IdempotencyStore | Promise<IdempotencyStore>): void {
  const run = (store: IdempotencyStore, key: string, fp: string, work: () => Promise<string>, shouldStore = () => true) =>
    store.run({ scope: "s", key, fingerprint: fp, work, shouldStore });

  it("runs the work once and replays it for the same key and input", async () => {
    const store = await makeStore();
    let calls = 0;
    const work = async () => `result-${++calls}`;
    expect(await run(store, "k", "f", work)).toEqual({ reused: false, result: "result-1", replayed: false });
    expect(await run(store, "k", "f", work)).toEqual({ reused: false, result: "result-1", replayed: true });
    expect(calls).toBe(1);
  });

  it("refuses the same key with a different input", async () => {
    const store = await makeStore();
    await run(store, "k", "f1", async () => "x");
    expect(await run(store, "k", "f2", async () => "y")).toEqual({ reused: true });
  });

  it("makes concurrent repeats share one call", async () => {
    const store = await makeStore();
    let calls = 0;
    const work = () => new Promise<string>((r) => setTimeout(() => r(`r${++calls}`), 20));
    const results = await Promise.all([1, 2, 3, 4, 5].map(() => run(store, "k", "f", work)));
    expect(calls).toBe(1);
    expect(results.every((r) => !r.reused && r.result === "r1")).toBe(true);
  });

  it("forgets transient results and thrown errors so a retry runs again", async () => {
    const store = await makeStore();
    let calls = 0;
    await run(store, "k", "f", async () => `t${++calls}`, () => false);
    await expect(run(store, "k2", "f", async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await run(store, "k", "f", async () => `t${++calls}`)).toMatchObject({ result: "t2", replayed: false });
    expect(await run(store, "k2", "f", async () => "ok")).toMatchObject({ result: "ok", replayed: false });
  });
}
