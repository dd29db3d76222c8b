import { startApp, type TestApp } from "../helpers/app";
import { launchOfflineBrowser, nonLocal, servePage, type OfflineBrowser } from "../helpers/browser";

/**
 * A frontend as it would be written: on load, it reads and then mutates through hiregraph (whose address is in
 * `?api=`) with fetch from its own origin, and writes what happened into #out.
 */
const FRONTEND = `<!doctype html><meta charset="utf-8"><title>frontend</title><pre id="out"></pre>
<script>
  const api = new URL(location.href).searchParams.get("api");
  const gql = (query, variables) =>
    fetch(api, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) })
      .then((r) => r.json());
  (async () => {
    try {
      const read = await gql("query($id: ID!) { invite(id: $id) { id status candidate { email } } }", { id: "xobin:ai-invite:7401" });
      const write = await gql("mutation($id: ID!) { revokeInvite(input: { id: $id }) { invite { id status } userErrors { code } } }", { id: "xobin:ai-invite:7401" });
      document.getElementById("out").textContent = JSON.stringify({ read, write });
    } catch (err) {
      document.getElementById("out").textContent = JSON.stringify({ failed: String(err) });
    }
  })();
</script>`;

describe("a browser page on another origin (headless Chromium, network offline)", () => {
  let t: TestApp;
  let allowed: Awaited<ReturnType<typeof servePage>>;
  let other: Awaited<ReturnType<typeof servePage>>;
  let browser: OfflineBrowser;
  const started = Date.now();

  beforeAll(async () => {
    [allowed, other, browser] = await Promise.all([servePage(FRONTEND), servePage(FRONTEND), launchOfflineBrowser()]);
    t = await startApp({ CORS_ORIGINS: allowed.origin });
  }, 30_000);
  afterAll(async () => {
    await Promise.all([browser?.close(), t?.close(), allowed?.close(), other?.close()]);
    // The run time of the browser tests is reported to the team; printed only on request to keep jest quiet.
    if (process.env.REPORT_BROWSER_TIMES) process.stderr.write(`browser-cors: ${Date.now() - started} ms\n`);
  });

  const outputOf = async (origin: string) => {
    const page = await browser.newPage();
    try {
      await page.goto(`${origin}/?api=${encodeURIComponent(`${t.url}/graphql`)}`);
      await page.waitForFunction(() => document.getElementById("out")?.textContent, undefined, { timeout: 15_000 });
      return JSON.parse((await page.textContent("#out"))!);
    } finally {
      await page.close();
    }
  };

  it("reads and mutates through hiregraph from an allowed origin", async () => {
    const out = await outputOf(allowed.origin);
    expect(out.read.data.invite).toEqual({ id: "xobin:ai-invite:7401", status: "PENDING", candidate: { email: expect.stringContaining("@") } });
    expect(out.write.data.revokeInvite).toEqual({ invite: { id: "xobin:ai-invite:7401", status: "REVOKED" }, userErrors: [] });
  });

  it("is blocked by the browser from a disallowed origin, and nothing runs", async () => {
    t.resetCounters();
    const out = await outputOf(other.origin);
    expect(out).toEqual({ failed: expect.stringContaining("Failed to fetch") });
    // The preflight is refused, so the mutation's POST is never sent and no provider is called.
    expect(t.upstreamCalls()).toEqual({ XOBIN: 0, ALFAONE: 0, IMOCHA: 0, DRVN: 0 });
  });

  it("needed nothing outside this machine", () => {
    expect(browser.network.requested.length).toBeGreaterThan(3);
    expect(nonLocal(browser.network.requested)).toEqual([]);
    // The only failure is the disallowed origin's preflight, refused by the browser.
    expect(browser.network.failed).toEqual([`${t.url}/graphql`]);
  });
});
