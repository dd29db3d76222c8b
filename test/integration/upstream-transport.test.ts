import http from "node:http";
import { once } from "node:events";
import type { AddressInfo, Socket } from "node:net";
import { Provider } from "../../src/domain/enums";
import { createHttpClient } from "../../src/providers/http";
import { exchange } from "../../src/providers/http-exchange";
import type { ProxyResolver, Transport } from "../../src/providers/http-exchange";
import { createAxiosTransport } from "../../src/providers/transport/axios";
import { createUndiciTransport } from "../../src/providers/transport/undici";
import zlib from "node:zlib";

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

const COMPRESSORS: Record<string, (b: Buffer) => Buffer> = { gzip: zlib.gzipSync, deflate: zlib.deflateSync, br: zlib.brotliCompressSync };

/**
 * A provider that answers every request with what it was sent. `/moved` redirects, `/compressed/<encoding>`
 * answers compressed, `/slow` never finishes its body.
 */
function upstream(): http.Server {
  return http.createServer((req, res) => {
    if (req.url === "/moved") {
      res.writeHead(302, { location: "/elsewhere" }).end();
      return;
    }
    if (req.url === "/slow") {
      res.writeHead(200, { "content-type": "application/json" });
      res.write('{"partial":');
      return;
    }
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const answer = Buffer.from(
        JSON.stringify({ path: req.url, method: req.method, key: req.headers["apikey"] ?? null, body: Buffer.concat(chunks).toString() || null, accepts: req.headers["accept-encoding"] ?? null }),
      );
      const encoding = req.url?.startsWith("/compressed/") ? req.url.slice("/compressed/".length) : undefined;
      if (encoding && COMPRESSORS[encoding]) {
        res.writeHead(200, { "content-type": "application/json", "content-encoding": encoding }).end(COMPRESSORS[encoding](answer));
        return;
      }
      res.writeHead(200, { "content-type": "application/json" }).end(answer);
    });
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

/** The transports that honour a forward proxy. */
const PROXY_CAPABLE: Array<[string, (resolveProxy?: ProxyResolver) => Transport, { refusedTunnel: number | string }]> = [
  // undici reports a refused tunnel as the failure to send it is; axios hands back the proxy's own answer.
  ["undici (the default)", createUndiciTransport, { refusedTunnel: "EPROXYREFUSED" }],
  ["axios", createAxiosTransport, { refusedTunnel: 403 }],
];

describe.each(PROXY_CAPABLE)("the %s transport and forward proxies", (_name, createTransport, expected) => {
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
    createHttpClient({ provider: Provider.XOBIN, baseUrl: targetUrl, headers: { apiKey: KEY }, timeoutMs: 2000, transport: createTransport(resolveProxy) });

  it("sends through the proxy that the resolver names for an http target", async () => {
    const res = await client(() => proxyUrl).read<{ path: string; key: string }>({ method: "GET", path: "/invites/1", endpoint: "/invites/{id}" });
    expect(res.data).toMatchObject({ path: "/invites/1", key: KEY });
    expect(proxy.seen).toEqual([`GET ${targetUrl}/invites/1`]);
  });

  it("goes direct when no proxy applies (NO_PROXY)", async () => {
    const res = await client(() => "").read<{ path: string }>({ method: "GET", path: "/invites/2", endpoint: "/invites/{id}" });
    expect(res.data.path).toBe("/invites/2");
    expect(proxy.seen).toEqual([]);
  });

  it("tunnels an https target through the proxy with CONNECT, never in clear", async () => {
    const transport = createTransport(() => proxyUrl);
    // The proxy refuses the tunnel, and nothing was sent to it in clear.
    const outcome = await transport({ url: new URL("https://127.0.0.1:9/invites/3"), method: "GET", headers: {}, timeoutMs: 2000 }).then(
      (res) => res.status,
      (err: { code?: string }) => err.code,
    );
    expect(outcome).toBe(expected.refusedTunnel);
    expect(proxy.seen).toEqual(["CONNECT 127.0.0.1:9"]);
  });

  it("reads HTTPS_PROXY / HTTP_PROXY / NO_PROXY from the environment by default, per target URL", async () => {
    const saved = { HTTP_PROXY: process.env.HTTP_PROXY, NO_PROXY: process.env.NO_PROXY };
    try {
      process.env.HTTP_PROXY = proxyUrl;
      delete process.env.NO_PROXY;
      const viaEnv = createHttpClient({ provider: Provider.XOBIN, baseUrl: targetUrl, headers: { apiKey: KEY }, timeoutMs: 2000, transport: createTransport() });
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
  ["undici", createUndiciTransport(() => "")],
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
    expect(JSON.parse(res.text)).toMatchObject({ path: "/x", key: null });
    expect(res.headers["content-type"]).toBe("application/json");
  });

  it("sends the method, headers and body it is given", async () => {
    const res = await transport({ url: new URL(`${targetUrl}/w`), method: "POST", headers: { apikey: KEY, "content-type": "application/json" }, body: '{"a":1}', timeoutMs: 2000 });
    expect(JSON.parse(res.text)).toMatchObject({ path: "/w", method: "POST", key: KEY, body: '{"a":1}' });
  });

  it.each(["gzip", "deflate", "br"])("asks for compression and decodes a %s answer", async (encoding) => {
    const res = await transport({ url: new URL(`${targetUrl}/compressed/${encoding}`), method: "GET", headers: {}, timeoutMs: 2000 });
    expect(JSON.parse(res.text)).toMatchObject({ path: `/compressed/${encoding}`, accepts: "gzip, deflate, br" });
  });

  it("fails with ETIMEDOUT when the whole answer does not come within the limit", async () => {
    const started = performance.now();
    await expect(transport({ url: new URL(`${targetUrl}/slow`), method: "GET", headers: {}, timeoutMs: 300 })).rejects.toMatchObject({ code: "ETIMEDOUT" });
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it("fails with ECONNREFUSED (never sent) when nothing listens", async () => {
    const closed = http.createServer();
    const url = await listen(closed);
    await close(closed);
    await expect(transport({ url: new URL(`${url}/x`), method: "GET", headers: {}, timeoutMs: 2000 })).rejects.toMatchObject({ code: "ECONNREFUSED" });
  });
});

describe("a write through a proxy that refuses the tunnel", () => {
  it("is reported as not sent (PROVIDER_UNAVAILABLE), not as an unknown outcome", async () => {
    const proxy = forwardProxy();
    const proxyUrl = await listen(proxy.server);
    try {
      const client = createHttpClient({ provider: Provider.XOBIN, baseUrl: "https://127.0.0.1:9", headers: { apiKey: KEY }, timeoutMs: 2000, transport: createUndiciTransport(() => proxyUrl) });
      await expect(client.write({ method: "POST", path: "/invites", endpoint: "/invites", body: { a: 1 } })).rejects.toMatchObject({ code: "PROVIDER_UNAVAILABLE" });
      expect(proxy.seen).toEqual(["CONNECT 127.0.0.1:9"]);
    } finally {
      await close(proxy.server);
    }
  });
});
