import { ErrorCode } from "../../src/domain/enums";
import { IdempotencyUnavailableError, RedisIdempotencyStore, type RedisIdempotencyOptions } from "../../src/idempotency/redis-store";
import { itBehavesAsAnIdempotencyStore } from "../helpers/idempotency-contract";
import { startRedis, type TestRedis } from "../helpers/redis";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("RedisIdempotencyStore (real redis-server)", () => {
  let redis: TestRedis;
  let prefixes = 0;
  beforeAll(async () => (redis = await startRedis()));
  afterAll(() => redis.close());

  /** A new key space per test; `instances` stores on separate connections, as separate servers would have. */
  async function stores(instances: number, opts: RedisIdempotencyOptions = {}): Promise<RedisIdempotencyStore[]> {
    const prefix = `t${++prefixes}:`;
    return Promise.all(Array.from({ length: instances }, async () => new RedisIdempotencyStore(await redis.connect(prefix), opts)));
  }
  const args = (work: () => Promise<unknown>, key = "k", fp = "f") => ({ scope: "s", key, fingerprint: fp, work, shouldStore: () => true });

  itBehavesAsAnIdempotencyStore(async () => (await stores(1))[0]);

  it("makes concurrent repeats on two instances share one call and one result", async () => {
    const [a, b] = await stores(2);
    let calls = 0;
    const work = () => new Promise<string>((r) => setTimeout(() => r(`r${++calls}`), 50));
    const results = await Promise.all([a, b, a, b, b].map((s) => s.run(args(work))));
    expect(calls).toBe(1);
    expect(results.map((r) => !r.reused && r.result)).toEqual(["r1", "r1", "r1", "r1", "r1"]);
    expect(results.filter((r) => !r.reused && !r.replayed)).toHaveLength(1);
    expect(await b.run(args(async () => "other", "k", "changed"))).toEqual({ reused: true });
  });

  it("keeps a final result for 24 h by default, hashed under the key prefix, Dates intact", async () => {
    const [a, b] = await stores(2);
    const at = new Date("2030-05-01T10:00:00.000Z");
    await a.run(args(async () => ({ at, n: 1 })));
    const replay = await b.run(args(async () => ({ at: new Date(0), n: 2 })));
    expect(replay).toEqual({ reused: false, replayed: true, result: { at, n: 1 } });
    const keys = await redis.client.keys(`t${prefixes}:idem:*`);
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(/^t\d+:idem:[0-9a-f]{64}$/);
    const ttl = await redis.client.pttl(keys[0]);
    expect(ttl).toBeGreaterThan(24 * 3600_000 - 60_000);
    expect(ttl).toBeLessThanOrEqual(24 * 3600_000);
  });

  it("forgets a result after its TTL", async () => {
    const [a] = await stores(1, { ttlMs: 150 });
    await a.run(args(async () => "first"));
    await sleep(200);
    expect(await a.run(args(async () => "second", "k", "another input"))).toMatchObject({ result: "second", replayed: false });
  });

  it("lets a waiter take over once a stalled first run's claim expires, and the late finisher cannot overwrite it", async () => {
    const [a, b, c] = await stores(3, { claimMs: 150, pollMaxMs: 20 });
    let finishStalled: (v: string) => void = () => undefined;
    const stalled = a.run(args(() => new Promise<string>((r) => (finishStalled = r))));
    await sleep(20);
    const started = Date.now();
    expect(await b.run(args(async () => "taken over"))).toMatchObject({ result: "taken over", replayed: false });
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
    finishStalled("late");
    expect(await stalled).toMatchObject({ result: "late", replayed: false });
    expect(await c.run(args(async () => "third"))).toMatchObject({ result: "taken over", replayed: true });
  });

  it("answers IDEMPOTENCY_UNAVAILABLE (retryable) when the first run is still going after the wait", async () => {
    const [owner] = await stores(1, { claimMs: 5000 });
    const waiter = new RedisIdempotencyStore(await redis.connect(`t${prefixes}:`), { claimMs: 100, pollMaxMs: 20 });
    void owner.run(args(() => sleep(1000).then(() => "slow")));
    await sleep(20);
    let ran = false;
    const err = await waiter.run(args(async () => (ran = true))).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IdempotencyUnavailableError);
    expect(err).toMatchObject({ code: ErrorCode.IDEMPOTENCY_UNAVAILABLE, retryable: true });
    expect(ran).toBe(false);
  });
});
