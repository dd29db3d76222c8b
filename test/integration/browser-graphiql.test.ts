import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { startApp, type TestApp } from "../helpers/app";
import { launchOfflineBrowser, nonLocal, type OfflineBrowser } from "../helpers/browser";

const root = join(__dirname, "..", "..");
const QUERY = `{ invite(id: "imocha:invite:2932952") { id status providerStatus } }`;

describe("GraphiQL at /graphiql (headless Chromium, network offline)", () => {
  let t: TestApp;
  let browser: OfflineBrowser;
  const started = Date.now();

  beforeAll(async () => {
    // The page's bundle is built by `npm run build` (run by pretest); build it when this file runs alone.
    execFileSync(process.execPath, ["scripts/build-graphiql.js"], { cwd: root, stdio: "ignore", timeout: 60_000 });
    [t, browser] = await Promise.all([startApp(), launchOfflineBrowser()]);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([browser?.close(), t?.close()]);
    if (process.env.REPORT_BROWSER_TIMES) process.stderr.write(`browser-graphiql: ${Date.now() - started} ms\n`);
  });

  it("runs a query and shows the result, with every asset served by hiregraph", async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on("pageerror", (err) => problems.push(err.message));
    page.on("console", (msg) => msg.type() === "error" && problems.push(msg.text()));
    await page.goto(`${t.url}/graphiql?query=${encodeURIComponent(QUERY)}`);
    // Wait until the editor shows the operation from the link, as a person would before pressing run.
    await page.waitForFunction(() => document.querySelector(".graphiql-query-editor")?.textContent?.includes("imocha:invite:2932952"), undefined, { timeout: 30_000 });
    await page.locator(".graphiql-execute-button").click();
    await page.waitForFunction(() => document.querySelector(".result-window")?.textContent?.includes("COMPLETED"), undefined, { timeout: 30_000 });
    const text = (await page.locator(".result-window").innerText()).replace(/\u00a0/g, " ");
    expect(text).toContain('"id": "imocha:invite:2932952"');
    expect(text).toContain('"providerStatus": "Complete"');
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);

  it("loaded its scripts, styles and editor workers from this server only", () => {
    const assets = browser.network.requested.filter((u) => u.includes("/graphiql/assets/"));
    expect(assets).toEqual(expect.arrayContaining([`${t.url}/graphiql/assets/main.js`, `${t.url}/graphiql/assets/style.css`]));
    expect(assets.some((u) => u.endsWith(".worker.js"))).toBe(true);
    expect(nonLocal(browser.network.requested)).toEqual([]);
    expect(browser.network.failed).toEqual([]);
  });
});
