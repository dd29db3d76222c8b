import { SignJWT } from "jose";
import { startApp, type TestApp } from "../helpers/app";
import { startRedis, type TestRedis } from "../helpers/redis";
import { IDS } from "../helpers/seeds";

const SECRET = "test-only-hs256-secret-0123456789abcdef";
const QUERY = `{ invite(id: "${IDS.imocha.pending}") { id status } }`;

const token = (sub: string) =>
  new SignJWT({ scope: "hiregraph:read" }).setProtectedHeader({ alg: "HS256" }).setSubject(sub).setIssuedAt().setExpirationTime("5m").sign(new TextEncoder().encode(SECRET));

const post = (url: string, headers: Record<string, string> = {}) =>
  fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query: QUERY }) });

/** Sends `n` queries one after another and returns their HTTP statuses. */
async function statuses(url: string, n: number, headers?: Record<string, string>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push((await post(url, headers)).status);
  return out;
}

describe("inbound rate limit per caller (RATE_LIMIT_PER_MIN)", () => {
  describe("anonymous callers, by client IP", () => {
    let t: TestApp;
    beforeAll(async () => (t = await startApp({ RATE_LIMIT_PER_MIN: "3" })));
    afterAll(() => t.close());

    it("answers the request over the limit with 429, Retry-After and a RATE_LIMITED GraphQL error, without calling a provider", async () => {
      expect(await statuses(t.url, 3)).toEqual([200, 200, 200]);
      t.resetCounters();
      const res = await post(t.url, { origin: "http://localhost:5173" });
      expect(res.status).toBe(429);
      const retryAfter = Number(res.headers.get("retry-after"));
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(60);
      // A browser app can read the answer and its Retry-After.
      expect(res.headers.get("access-control-allow-origin")).toBe("*");
      expect(await res.json()).toEqual({
        errors: [{ message: expect.stringContaining("Too many requests"), extensions: { code: "RATE_LIMITED", retryable: true, retryAfterSeconds: retryAfter } }],
      });
      expect(t.upstreamCalls().IMOCHA).toBe(0);
    });

    it("never limits /health, /ready or /metrics, the GraphiQL page, nor preflights", async () => {
      for (const path of ["/health", "/ready", "/metrics"]) {
        const codes = await Promise.all(Array.from({ length: 8 }, () => fetch(`${t.url}${path}`).then((r) => r.status)));
        expect([path, codes]).toEqual([path, Array(8).fill(200)]);
      }
      // 200 once `npm run build` has built the page, 503 before; never 429.
      const page = await Promise.all(Array.from({ length: 8 }, () => fetch(`${t.url}/graphiql`).then((r) => r.status)));
      expect(page.filter((c) => c === 429)).toEqual([]);
      const pre = await fetch(`${t.url}/graphql`, { method: "OPTIONS", headers: { origin: "http://localhost:5173", "access-control-request-method": "POST" } });
      expect(pre.status).toBe(204);
    });
  });

  describe("authenticated callers, by JWT sub", () => {
    let t: TestApp;
    beforeAll(async () => (t = await startApp({ RATE_LIMIT_PER_MIN: "2", AUTH_JWT_SECRET: SECRET })));
    afterAll(() => t.close());

    it("gives each subject its own budget, even from the same address", async () => {
      const alice = { authorization: `Bearer ${await token("alice")}` };
      const bob = { authorization: `Bearer ${await token("bob")}` };
      expect(await statuses(t.url, 3, alice)).toEqual([200, 200, 429]);
      expect(await statuses(t.url, 3, bob)).toEqual([200, 200, 429]);
      // A fresh token for the same subject is the same caller.
      expect(await statuses(t.url, 1, { authorization: `Bearer ${await token("alice")}` })).toEqual([429]);
    });

    it("counts a forged or missing token by address, so it cannot spend a real subject's budget", async () => {
      const forged = { authorization: `Bearer ${(await token("carol")).slice(0, -4)}AAAA` };
      expect(await statuses(t.url, 3, forged)).toEqual([401, 401, 429]);
      expect(await statuses(t.url, 2, { authorization: `Bearer ${await token("carol")}` })).toEqual([200, 200]);
    });
  });

  /** Waits (bounded) until the instance's /ready says its shared store is reachable, or that it is not. */
  const storeReady = async (url: string, ok: boolean) => {
    for (let waited = 0; waited < 20_000; waited += 100) {
      const body = (await (await fetch(`${url}/ready`)).json()) as { failing: string[] };
      if (body.failing.includes("idempotency-store") !== ok) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`the shared store of ${url} did not become ${ok ? "reachable" : "unreachable"} within 20 s`);
  };

  describe("several instances sharing REDIS_URL", () => {
    let redis: TestRedis;
    let a: TestApp;
    let b: TestApp;
    beforeAll(async () => {
      redis = await startRedis();
      const env = { RATE_LIMIT_PER_MIN: "3", REDIS_URL: redis.url, REDIS_KEY_PREFIX: "inbound-test:" };
      [a, b] = await Promise.all([startApp(env), startApp(env)]);
      // Both instances count in Redis only once connected; on a loaded machine that can follow start-up.
      await Promise.all([storeReady(a.url, true), storeReady(b.url, true)]);
    }, 60_000);
    afterAll(async () => {
      await Promise.all([a?.close(), b?.close()]);
      await redis?.close();
    });

    it("share one count per caller, stored under a hashed key", async () => {
      expect(await statuses(a.url, 2)).toEqual([200, 200]);
      expect(await statuses(b.url, 2)).toEqual([200, 429]);
      const keys = await redis.client.keys("inbound-test:ratelimit:inbound:*");
      expect(keys).toHaveLength(1);
      expect(keys[0]).not.toContain("127.0.0.1");
    });

    it("fall back to counting in each instance while Redis is down, and keep serving", async () => {
      await redis.stop();
      try {
        await storeReady(a.url, false);
        expect(await statuses(a.url, 4)).toEqual([200, 200, 200, 429]);
      } finally {
        await redis.start();
      }
    });
  });
});
