import http from "node:http";
import { once } from "node:events";
import type { AddressInfo, Socket } from "node:net";
import { Provider } from "../../src/domain/enums";
import { createHttpClient } from "../../src/providers/http";
import { exchange } from "../../src/providers/http-exchange";
import { createAxiosTransport } from "../../src/providers/transport/axios";

const KEY = "fake-test-key-0123456789";

async function listen(server: http.Server): Promise<string> {
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function close(server: http.Server): Promise<void> {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
}

/** A provider that answers every request with what it was sent. */
function upstream(): http.Server {
  return http.createServer((req, res) => {
    if (req.url === "/moved") {
      res.writeHead(302, { location: "/elsewhere" }).end();
      return;
    }
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ path: req.url, key: req.headers["apikey"] ?? null }));
  });
}

/** A forward proxy that relays plain-HTTP requests and records CONNECT tunnels (refusing them). */
function forwardProxy() {
  const seen: string[] = [];
  const server = http.createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    const target = new URL(req.url ?? "");
    const out = http.request(target, { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    req.pipe(out);
  });
  server.on("connect", (req: http.IncomingMessage, socket: Socket) => {
    seen.push(`CONNECT ${req.url}`);
    socket.end("HTTP/1.1 403 Forbidden\r\n\r\n");
  });
  return { server, seen };
}

describe("the axios transport (the default)", () => {
  let target: http.Server;
  let targetUrl: string;
  const proxy = forwardProxy();
  let proxyUrl: string;

  beforeAll(async () => {
    target = upstream();
    targetUrl = await listen(target);
    proxyUrl = await listen(proxy.server);
  });
  afterAll(async () => {
    await close(target);
    await close(proxy.server);
  });
  beforeEach(() => {
    proxy.seen.length = 0;
  });

  const client = (resolveProxy: (url: string) => string) =>
    createHttpClient({ provider: Provider.XOBIN, baseUrl: targetUrl, headers: { apiKey: KEY }, timeoutMs: 2000, transport: createAxiosTransport(resolveProxy) });

  it("sends through the proxy that the resolver names for an http target", async () => {
    const res = await client(() => proxyUrl).read<{ path: string; key: string }>({ method: "GET", path: "/invites/1", endpoint: "/invites/{id}" });
    expect(res.data).toEqual({ path: "/invites/1", key: KEY });
    expect(proxy.seen).toEqual([`GET ${targetUrl}/invites/1`]);
  });

  it("goes direct when no proxy applies (NO_PROXY)", async () => {
    const res = await client(() => "").read<{ path: string }>({ method: "GET", path: "/invites/2", endpoint: "/invites/{id}" });
    expect(res.data.path).toBe("/invites/2");
    expect(proxy.seen).toEqual([]);
  });

  it("tunnels an https target through the proxy with CONNECT, never in clear", async () => {
    const transport = createAxiosTransport(() => proxyUrl);
    // The proxy refuses the tunnel; its 403 is what comes back, and nothing was sent to it in clear.
    const res = await transport({ url: new URL("https://127.0.0.1:9/invites/3"), method: "GET", headers: {}, timeoutMs: 2000 });
    expect(res.status).toBe(403);
    expect(proxy.seen).toEqual(["CONNECT 127.0.0.1:9"]);
  });

  it("reads HTTPS_PROXY / HTTP_PROXY / NO_PROXY from the environment by default", async () => {
    const saved = { HTTP_PROXY: process.env.HTTP_PROXY, NO_PROXY: process.env.NO_PROXY };
    try {
      process.env.HTTP_PROXY = proxyUrl;
      delete process.env.NO_PROXY;
      const viaEnv = createHttpClient({ provider: Provider.XOBIN, baseUrl: targetUrl, headers: { apiKey: KEY }, timeoutMs: 2000 });
      await viaEnv.read({ method: "GET", path: "/a", endpoint: "/a" });
      process.env.NO_PROXY = "127.0.0.1";
      await viaEnv.read({ method: "GET", path: "/b", endpoint: "/b" });
      expect(proxy.seen).toEqual([`GET ${targetUrl}/a`]);
    } finally {
      for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  });
});

describe.each([
  ["axios", createAxiosTransport(() => "")],
  ["node", exchange],
])("the %s transport's contract", (_name, transport) => {
  let target: http.Server;
  let targetUrl: string;
  beforeAll(async () => {
    target = upstream();
    targetUrl = await listen(target);
  });
  afterAll(() => close(target));

  it("hands a redirect back instead of following it", async () => {
    const res = await transport({ url: new URL(`${targetUrl}/moved`), method: "GET", headers: {}, timeoutMs: 2000 });
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe("/elsewhere");
  });

  it("returns the body as raw text, headers lower-cased", async () => {
    const res = await transport({ url: new URL(`${targetUrl}/x`), method: "GET", headers: {}, timeoutMs: 2000 });
    expect(typeof res.text).toBe("string");
    expect(JSON.parse(res.text)).toEqual({ path: "/x", key: null });
    expect(res.headers["content-type"]).toBe("application/json");
  });
});
