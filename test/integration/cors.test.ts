import { startApp, type TestApp } from "../helpers/app";

const SECRET = "test-only-secret-0123456789abcdef0123";
const APP_ORIGIN = "https://app.example.com";

const preflight = (url: string, origin: string, headers = "content-type, authorization, apollo-require-preflight, x-apollo-operation-name, x-request-id") =>
  fetch(`${url}/graphql`, {
    method: "OPTIONS",
    headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": headers },
  });

const post = (url: string, origin: string, contentType = "application/json") =>
  fetch(`${url}/graphql`, { method: "POST", headers: { origin, "content-type": contentType }, body: JSON.stringify({ query: "{ providers { provider } }" }) });

describe("CORS on /graphql", () => {
  describe("with CORS_ORIGINS listing one origin", () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startApp({ CORS_ORIGINS: `${APP_ORIGIN},https://studio.apollographql.com` });
    });
    afterAll(() => t.close());

    it("answers a preflight from an allowed origin with the origin, GET/POST and every header a GraphQL client sends", async () => {
      const res = await preflight(t.url, APP_ORIGIN);
      expect(res.status).toBe(204);
      expect(res.headers.get("access-control-allow-origin")).toBe(APP_ORIGIN);
      expect(res.headers.get("access-control-allow-methods")).toBe("GET, POST");
      const allowed = res.headers.get("access-control-allow-headers")!.split(",").map((h) => h.trim());
      expect(allowed).toEqual(expect.arrayContaining(["content-type", "authorization", "apollo-require-preflight", "x-apollo-operation-name", "x-request-id"]));
      expect(res.headers.get("vary")).toContain("Origin");
    });

    it("treats the hosted Apollo Sandbox as an origin like any other", async () => {
      const res = await preflight(t.url, "https://studio.apollographql.com");
      expect(res.headers.get("access-control-allow-origin")).toBe("https://studio.apollographql.com");
    });

    it("marks POST answers for an allowed origin and lets the browser read x-request-id and Retry-After", async () => {
      const res = await post(t.url, APP_ORIGIN);
      expect(res.status).toBe(200);
      expect(res.headers.get("access-control-allow-origin")).toBe(APP_ORIGIN);
      expect(res.headers.get("access-control-expose-headers")).toContain("retry-after");
    });

    it("gives a disallowed origin no Access-Control-Allow-Origin, on the preflight or the request", async () => {
      const pre = await preflight(t.url, "https://evil.example.net");
      expect(pre.headers.get("access-control-allow-origin")).toBeNull();
      const res = await post(t.url, "https://evil.example.net");
      expect(res.headers.get("access-control-allow-origin")).toBeNull();
    });

    it("keeps CSRF prevention: a simple cross-origin POST (text/plain, no preflight) is refused before execution", async () => {
      const res = await post(t.url, APP_ORIGIN, "text/plain");
      expect(res.status).toBe(400);
      expect(await res.text()).toContain("Cross-Site Request Forgery");
    });

    it("adds no CORS headers to operator routes", async () => {
      const res = await fetch(`${t.url}/health`, { headers: { origin: APP_ORIGIN } });
      expect(res.status).toBe(200);
      expect(res.headers.get("access-control-allow-origin")).toBeNull();
    });
  });

  it("allows any origin by default outside production", async () => {
    const t = await startApp();
    try {
      const res = await preflight(t.url, "http://localhost:5173");
      expect(res.status).toBe(204);
      expect(res.headers.get("access-control-allow-origin")).toBe("*");
      expect((await post(t.url, "http://localhost:5173")).headers.get("access-control-allow-origin")).toBe("*");
    } finally {
      await t.close();
    }
  });

  it("allows no cross-origin access in production unless CORS_ORIGINS is set", async () => {
    const t = await startApp({ NODE_ENV: "production", AUTH_JWT_SECRET: SECRET });
    try {
      const pre = await preflight(t.url, APP_ORIGIN);
      expect(pre.headers.get("access-control-allow-origin")).toBeNull();
      expect(pre.headers.get("access-control-allow-methods")).toBeNull();
    } finally {
      await t.close();
    }
  });
});
