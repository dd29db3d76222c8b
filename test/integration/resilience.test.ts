import http from "node:http";
import type { AddressInfo } from "node:net";
import { ErrorCode, Provider } from "../../src/domain/enums";
import { ProviderError } from "../../src/providers/errors";
import { createHttpClient } from "../../src/providers/http";
import { TokenBucket } from "../../src/providers/rate-limit";

/** A provider stand-in whose failures are scripted per test: each request takes the next planned answer. */
function startScripted() {
  let plan: Array<[number, Record<string, string>?]> = [];
  let hits = 0;
  const server = http.createServer((_req, res) => {
    hits += 1;
    const [status, headers] = plan.shift() ?? [200];
    res.writeHead(status, { "content-type": "application/json", ...headers });
    res.end(JSON.stringify({ hit: hits }));
  });
  return new Promise<{ url: string; script: (p: typeof plan) => void; hits: () => number; close: () => Promise<void> }>((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        script: (p) => {
          plan = [...p];
          hits = 0;
        },
        hits: () => hits,
        close: () => new Promise((r) => server.close(() => r())),
      }),
    ),
  );
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "ok";
  } catch (err) {
    if (err instanceof ProviderError) return err.code;
    throw err;
  }
}

describe("retries, circuit breaker and outbound rate limit", () => {
  let srv: Awaited<ReturnType<typeof startScripted>>;
  beforeAll(async () => (srv = await startScripted()));
  afterAll(() => srv.close());

  const client = (extra: Parameters<typeof createHttpClient>[0]["resilience"] = {}, timeoutMs = 1000) =>
    createHttpClient({
      provider: Provider.IMOCHA,
      baseUrl: srv.url,
      headers: {},
      timeoutMs,
      resilience: { readRetries: 2, baseDelayMs: 10, maxRetryAfterMs: 1500, ...extra },
    });
  const get = { method: "GET" as const, path: "/x", endpoint: "/x" };
  const post = { method: "POST" as const, path: "/x", endpoint: "/x", body: {} };

  it("retries a failed read and succeeds", async () => {
    srv.script([[503], [502]]);
    const res = await client().read<{ hit: number }>(get);
    expect(res.data.hit).toBe(3);
    expect(srv.hits()).toBe(3);
  });

  it("gives up after the attempt cap", async () => {
    srv.script([[503], [503], [503], [503]]);
    expect(await codeOf(client().read(get))).toBe(ErrorCode.PROVIDER_UNAVAILABLE);
    expect(srv.hits()).toBe(3);
  });

  it("never retries a write", async () => {
    srv.script([[503], [200]]);
    expect(await codeOf(client().write(post))).toBe(ErrorCode.PROVIDER_UNAVAILABLE);
    expect(srv.hits()).toBe(1);
  });

  it("does not retry client errors", async () => {
    srv.script([[404], [200]]);
    expect(await codeOf(client().read(get))).toBe(ErrorCode.NOT_FOUND);
    expect(srv.hits()).toBe(1);
  });

  it("waits for a short Retry-After and hands a long one back to the caller", async () => {
    srv.script([[429, { "retry-after": "1" }]]);
    const started = Date.now();
    expect(await codeOf(client({}, 3000).read(get))).toBe("ok");
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    srv.script([[429, { "retry-after": "120" }]]);
    expect(await codeOf(client().read(get))).toBe(ErrorCode.RATE_LIMITED);
    expect(srv.hits()).toBe(1);
  });

  it("retries only within the call's budget: a Retry-After longer than the time left is handed back", async () => {
    srv.script([[429, { "retry-after": "1" }], [200]]);
    expect(await codeOf(client({}, 800).read(get))).toBe(ErrorCode.RATE_LIMITED);
    expect(srv.hits()).toBe(1);
  });

  it("opens the breaker after consecutive outages and fails fast without calling upstream", async () => {
    const c = client({ readRetries: 0, breakerThreshold: 3, breakerHalfOpenAfterMs: 300 });
    srv.script([[500], [500], [500], [200], [200]]);
    for (let i = 0; i < 3; i++) expect(await codeOf(c.read(get))).toBe(ErrorCode.PROVIDER_UNAVAILABLE);
    const started = performance.now();
    let openErr: ProviderError | undefined;
    try {
      await c.read(get);
    } catch (err) {
      openErr = err as ProviderError;
    }
    expect(openErr?.message).toContain("circuit open");
    expect(openErr?.retryable).toBe(true);
    expect(performance.now() - started).toBeLessThan(50);
    expect(srv.hits()).toBe(3);
    await new Promise((r) => setTimeout(r, 350));
    expect(await codeOf(c.read(get))).toBe("ok");
  });

  it("refuses with RATE_LIMITED when the outbound budget is spent", async () => {
    srv.script([]);
    const c = createHttpClient({ provider: Provider.ALFAONE, baseUrl: srv.url, headers: {}, rateLimitPerMinute: 2, maxRateWaitMs: 100 });
    expect(await codeOf(c.read(get))).toBe("ok");
    expect(await codeOf(c.read(get))).toBe("ok");
    let err: ProviderError | undefined;
    try {
      await c.read(get);
    } catch (e) {
      err = e as ProviderError;
    }
    expect(err).toMatchObject({ code: ErrorCode.RATE_LIMITED, retryable: true });
    expect(err?.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(srv.hits()).toBe(2);
  });
});

describe("TokenBucket", () => {
  it("allows a burst of perMinute, then refills over time", () => {
    let now = 0;
    const bucket = new TokenBucket(60, () => now);
    for (let i = 0; i < 60; i++) expect(bucket.take()).toBe(0);
    expect(bucket.take()).toBe(1000);
    now = 1000;
    expect(bucket.take()).toBe(0);
  });
});
