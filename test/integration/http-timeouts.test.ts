import net from "node:net";
import { startApp, type TestApp } from "../helpers/app";

/**
 * Slow clients: a connection trickling its headers or body must be closed at the configured deadline, before any
 * auth or GraphQL work. Each probe sends one piece every 250 ms and counts how many it got out before the server
 * hung up; without deadlines it sends all 40 (10 s).
 */
async function trickle(url: string, head: string, pieces: string[]): Promise<{ sent: number; answer: string }> {
  const { port } = new URL(url);
  const socket = net.connect(Number(port), "127.0.0.1");
  let answer = "";
  let closed = false;
  socket.on("data", (d) => (answer += String(d)));
  socket.on("error", () => undefined);
  socket.on("close", () => (closed = true));
  await new Promise((r) => socket.once("connect", r));
  socket.write(head);
  let sent = 0;
  for (const piece of pieces) {
    if (closed) break;
    await new Promise((r) => setTimeout(r, 250));
    if (closed) break;
    socket.write(piece);
    sent += 1;
  }
  socket.destroy();
  return { sent, answer };
}

describe("slow clients", () => {
  let t: TestApp;
  beforeAll(async () => (t = await startApp({ HTTP_REQUEST_TIMEOUT_MS: "2000", HTTP_HEADERS_TIMEOUT_MS: "1000" })));
  afterAll(() => t.close());

  it("closes a connection whose body arrives one byte at a time, at the request deadline", async () => {
    const head = "POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n";
    const { sent, answer } = await trickle(t.url, head, Array.from({ length: 40 }, () => " "));
    expect(sent).toBeLessThan(20); // 2 s deadline, checked every second
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
  }, 20_000);

  it("closes a connection whose headers arrive one line at a time, at the headers deadline", async () => {
    const lines = Array.from({ length: 40 }, (_, i) => `X-Slow-${i}: 1\r\n`);
    const { sent } = await trickle(t.url, "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n", lines);
    expect(sent).toBeLessThan(16);
  }, 20_000);
});

describe("HTTP timeout defaults", () => {
  it("applies the documented defaults to the listening server", async () => {
    const t = await startApp();
    try {
      const server = t.app.server.server;
      expect({ request: server.requestTimeout, headers: server.headersTimeout, keepAlive: server.keepAliveTimeout, socket: server.timeout }).toEqual({
        request: 15_000,
        headers: 10_000,
        keepAlive: 72_000,
        socket: 120_000,
      });
    } finally {
      await t.close();
    }
  });
});
