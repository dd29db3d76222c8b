import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, resolve, sep } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

/** Debian's chromium, installed by scripts/ensure-chromium.sh (pretest); CHROMIUM_PATH overrides it. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** What a page loaded and what was refused because it was not on this machine. */
export interface NetworkLog {
  /** Every URL the browser requested (pages, scripts, styles, fonts, workers' fetches, websockets). */
  readonly requested: string[];
  /** Requests that failed (refused, aborted, unreachable). */
  readonly failed: string[];
}

export interface OfflineBrowser {
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly network: NetworkLog;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

const isLocal = (url: string): boolean => {
  if (url.startsWith("data:") || url.startsWith("blob:") || url === "about:blank") return true;
  try {
    return ["127.0.0.1", "localhost", "[::1]"].includes(new URL(url).hostname);
  } catch {
    return false;
  }
};

/**
 * Headless Chromium with the network cut off inside the browser: every host name other than localhost fails to
 * resolve (`--host-resolver-rules`), and everything not bound for loopback is sent to a proxy on a closed
 * local port (`--proxy-server`; loopback always bypasses it), so even an IP address outside fails. Background
 * traffic (component updates, sync, QUIC probes) is switched off, and playwright gives each launch a fresh,
 * temporary profile that it deletes on close. Every request and websocket is recorded, so a test can assert
 * that the page asked for nothing outside this machine.
 *
 * Requests are watched, never intercepted: while playwright intercepts (`route`), it answers CORS preflights
 * itself, which would hide exactly what the CORS test checks.
 */
export async function launchOfflineBrowser(): Promise<OfflineBrowser> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-quic",
      "--no-first-run",
      "--disable-component-update",
      "--disable-sync",
      "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
      `--proxy-server=http://127.0.0.1:${CLOSED_PORT}`,
    ],
  });
  const context = await browser.newContext();
  const network = { requested: [] as string[], failed: [] as string[] };
  context.on("request", (req) => network.requested.push(req.url()));
  context.on("requestfailed", (req) => network.failed.push(req.url()));
  return {
    browser,
    context,
    network,
    async newPage() {
      const page = await context.newPage();
      page.on("websocket", (ws) => network.requested.push(ws.url()));
      page.on("worker", (worker) => network.requested.push(worker.url()));
      return page;
    },
    close: () => browser.close(),
  };
}

/** Port 9 (discard) on loopback: nothing listens there, so a proxied request fails at once. */
const CLOSED_PORT = 9;

/** Every URL in `urls` that is not on this machine; a test of an offline page expects none. */
export const nonLocal = (urls: readonly string[]): string[] => urls.filter((u) => !isLocal(u));

/** A second local origin: one page at `/`, served from its own port (so its origin differs from hiregraph's). */
export async function servePage(html: string, host = "127.0.0.1"): Promise<{ origin: string; close(): Promise<void> }> {
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://${host === "127.0.0.1" ? "127.0.0.1" : host}:${port}`, close: () => new Promise((r) => server.close(() => r())) };
}

const CONTENT_TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml" };

/** A second local origin serving a built static site from `dir` (a Vite build); `/` is its index.html. */
export async function serveDirectory(dir: string): Promise<{ origin: string; close(): Promise<void> }> {
  const root = resolve(dir);
  const server: Server = createServer(async (req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    const file = resolve(root, `.${path === "/" ? "/index.html" : decodeURIComponent(path)}`);
    try {
      if (!file.startsWith(root + sep)) throw new Error("outside the site");
      const body = await readFile(file);
      res.writeHead(200, { "content-type": CONTENT_TYPES[extname(file)] ?? "application/octet-stream" }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) };
}
