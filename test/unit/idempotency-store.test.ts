import { fingerprint, MemoryIdempotencyStore } from "../../src/idempotency/store";
import { itBehavesAsAnIdempotencyStore } from "../helpers/idempotency-contract";

describe("MemoryIdempotencyStore", () => {
  itBehavesAsAnIdempotencyStore(() => new MemoryIdempotencyStore());

  const run = (store: MemoryIdempotencyStore, key: string, fp: string, work: () => Promise<string>, shouldStore = () => true) =>
    store.run({ scope: "s", key, fingerprint: fp, work, shouldStore });

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
