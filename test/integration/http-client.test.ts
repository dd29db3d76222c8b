import http from "node:http";
import { rejection } from "../helpers/caught";
import type { AddressInfo } from "node:net";
import { ErrorCode, Provider } from "../../src/domain/enums";
import { ProviderError } from "../../src/providers/errors";
import { createHttpClient, type UpstreamCallEvent } from "../../src/providers/http";

const KEY = "fake-test-key-0123456789";

/** A local server with one route per upstream behaviour the shared client must handle. */
function startServer(): Promise<{ url: string; close: () => Promise<void>; hits: () => number }> {
  let hits = 0;
  const server = http.createServer((req, res) => {
    hits += 1;
    const send = (status: number, body: string, headers: Record<string, string> = {}) => {
      res.writeHead(status, { "content-type": "application/json", ...headers });
      res.end(body);
    };
    switch (req.url?.split("?")[0]) {
      case "/ok":
        return send(200, JSON.stringify({ key: req.headers["apikey"], method: req.method, query: req.url?.split("?")[1] ?? null }));
      case "/empty":
        return send(204, "");
      case "/bad-json":
        return send(200, "<html>oops</html>");
      case "/500":
        return send(503, JSON.stringify({ error: "maintenance" }));
      case "/429":
        return send(429, JSON.stringify({ error: "slow down" }), { "retry-after": "7" });
      case "/401":
        return send(401, JSON.stringify({ error: "Invalid API key" }));
      case "/404":
        return send(404, JSON.stringify({ error: "Invite not found" }));
      case "/echo-key":
        return send(400, JSON.stringify({ message: `bad key ${KEY}` }));
      case "/hang":
        return; // never answers; the client times out
      default:
        return send(418, "teapot");
    }
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        hits: () => hits,
        close: () =>
          new Promise<void>((r) => {
            server.closeAllConnections();
            server.close(() => r());
          }),
      }),
    ),
  );
}

describe("shared provider HTTP client", () => {
  let srv: Awaited<ReturnType<typeof startServer>>;
  const events: UpstreamCallEvent[] = [];
  const client = () =>
    createHttpClient({ provider: Provider.XOBIN, baseUrl: srv.url, headers: { apiKey: KEY }, timeoutMs: 300, onCall: (e) => events.push(e) });
  const failure = async (p: Promise<unknown>): Promise<ProviderError> => {
    const err = await rejection(p);
    if (err instanceof ProviderError) return err;
    throw err;
  };

  beforeAll(async () => {
    srv = await startServer();
  });
  afterAll(() => srv.close());
  beforeEach(() => (events.length = 0));

  it("sends the auth header and query, parses JSON and reports the call", async () => {
    const res = await client().read<{ key: string; query: string }>({ method: "GET", path: "/ok", endpoint: "/ok", query: { page: 2 } });
    expect(res.data).toEqual({ key: KEY, method: "GET", query: "page=2" });
    expect(events).toEqual([expect.objectContaining({ provider: "XOBIN", endpoint: "/ok", status: 200 })]);
  });

  it("treats an empty body as null", async () => {
    expect((await client().read({ method: "GET", path: "/empty", endpoint: "/empty" })).data).toBeNull();
  });

  it.each([
    ["/500", ErrorCode.PROVIDER_UNAVAILABLE, true],
    ["/401", ErrorCode.PROVIDER_AUTH_FAILED, false],
    ["/404", ErrorCode.NOT_FOUND, false],
    ["/418", ErrorCode.PROVIDER_REJECTED, false],
  ])("maps %s to %s", async (path, code, retryable) => {
    const err = await failure(client().read({ method: "GET", path, endpoint: path }));
    expect(err.code).toBe(code);
    expect(err.retryable).toBe(retryable);
    expect(events[0].errorCode).toBe(code);
  });

  it("maps 429 to RATE_LIMITED with Retry-After", async () => {
    const err = await failure(client().read({ method: "GET", path: "/429", endpoint: "/429" }));
    expect(err).toMatchObject({ code: ErrorCode.RATE_LIMITED, retryable: true, retryAfterSeconds: 7 });
  });

  it("reports a non-JSON 2xx read as PROVIDER_UNAVAILABLE and a non-JSON 2xx write as OUTCOME_UNKNOWN", async () => {
    expect((await failure(client().read({ method: "GET", path: "/bad-json", endpoint: "/bad-json" }))).code).toBe(ErrorCode.PROVIDER_UNAVAILABLE);
    expect((await failure(client().write({ method: "POST", path: "/bad-json", endpoint: "/bad-json", body: {} }))).code).toBe(ErrorCode.OUTCOME_UNKNOWN);
  });

  it("times out: reads are PROVIDER_UNAVAILABLE, writes OUTCOME_UNKNOWN, and neither is retried", async () => {
    const before = srv.hits();
    const started = Date.now();
    const read = await failure(client().read({ method: "GET", path: "/hang", endpoint: "/hang" }));
    const write = await failure(client().write({ method: "POST", path: "/hang", endpoint: "/hang", body: { a: 1 } }));
    expect(read).toMatchObject({ code: ErrorCode.PROVIDER_UNAVAILABLE, retryable: true });
    expect(write.code).toBe(ErrorCode.OUTCOME_UNKNOWN);
    expect(write.message).toContain("may or may not have been applied");
    expect(srv.hits() - before).toBe(2);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it("reports a write that never left the machine as unavailable, not unknown", async () => {
    const dead = createHttpClient({ provider: Provider.XOBIN, baseUrl: "http://127.0.0.1:1", headers: {}, timeoutMs: 500 });
    expect((await failure(dead.write({ method: "POST", path: "/x", endpoint: "/x", body: {} }))).code).toBe(ErrorCode.PROVIDER_UNAVAILABLE);
  });

  it("never lets the API key through in an error message", async () => {
    const err = await failure(client().read({ method: "GET", path: "/echo-key", endpoint: "/echo-key" }));
    expect(err.message).toContain("bad key [redacted]");
    expect(err.message).not.toContain(KEY);
  });
});
