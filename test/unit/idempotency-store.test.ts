import { fingerprint, MemoryIdempotencyStore } from "../../src/idempotency/store";

describe("MemoryIdempotencyStore", () => {
  const run = (store: MemoryIdempotencyStore, key: string, fp: string, work: () => Promise<string>, shouldStore = () => true) =>
    store.run({ scope: "s", key, fingerprint: fp, work, shouldStore });

  it("runs the work once and replays it for the same key and input", async () => {
    const store = new MemoryIdempotencyStore();
    let calls = 0;
    const work = async () => `result-${++calls}`;
    expect(await run(store, "k", "f", work)).toEqual({ reused: false, result: "result-1", replayed: false });
    expect(await run(store, "k", "f", work)).toEqual({ reused: false, result: "result-1", replayed: true });
    expect(calls).toBe(1);
  });

  it("refuses the same key with a different input", async () => {
    const store = new MemoryIdempotencyStore();
    await run(store, "k", "f1", async () => "x");
    expect(await run(store, "k", "f2", async () => "y")).toEqual({ reused: true });
  });

  it("makes concurrent repeats share one call", async () => {
    const store = new MemoryIdempotencyStore();
    let calls = 0;
    const work = () => new Promise<string>((r) => setTimeout(() => r(`r${++calls}`), 20));
    const results = await Promise.all([1, 2, 3, 4, 5].map(() => run(store, "k", "f", work)));
    expect(calls).toBe(1);
    expect(results.every((r) => !r.reused && r.result === "r1")).toBe(true);
  });

  it("forgets transient results and thrown errors so a retry runs again", async () => {
    const store = new MemoryIdempotencyStore();
    let calls = 0;
    await run(store, "k", "f", async () => `t${++calls}`, () => false);
    await expect(run(store, "k2", "f", async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await run(store, "k", "f", async () => `t${++calls}`)).toMatchObject({ result: "t2", replayed: false });
    expect(await run(store, "k2", "f", async () => "ok")).toMatchObject({ result: "ok", replayed: false });
  });

  it("expires entries after the TTL", async () => {
    let now = 0;
    const store = new MemoryIdempotencyStore(1000, 10, () => now);
    await run(store, "k", "f", async () => "a");
    now = 1001;
    expect(await run(store, "k", "other", async () => "b")).toMatchObject({ result: "b", replayed: false });
  });

  it("evicts the oldest entries past its cap", async () => {
    const store = new MemoryIdempotencyStore(60_000, 2);
    for (const k of ["a", "b", "c"]) await run(store, k, "f", async () => k);
    expect(await run(store, "a", "other", async () => "new")).toMatchObject({ result: "new" });
  });
});

describe("fingerprint", () => {
  it("ignores key order, undefined fields and the idempotency key itself", () => {
    expect(fingerprint({ a: 1, b: { c: 2, d: undefined }, idempotencyKey: "x" })).toBe(fingerprint({ b: { c: 2 }, a: 1, idempotencyKey: "y" }));
  });
  it("tells different inputs and dates apart", () => {
    expect(fingerprint({ at: new Date("2030-01-01T00:00:00Z") })).not.toBe(fingerprint({ at: new Date("2030-01-02T00:00:00Z") }));
  });
});
