import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "graphql";
import type { Page } from "playwright-core";
import { startApp, type TestApp } from "../helpers/app";
import { launchOfflineBrowser, nonLocal, serveDirectory, type OfflineBrowser } from "../helpers/browser";
import { IDS } from "../helpers/seeds";

const root = join(__dirname, "..", "..");
const EMAIL = "Noor.Haddad@Example.com";
const EXTERNAL_ID = "ATS-CAND-42";
const HOUR_MS = 3_600_000;
const INVITE = `mutation($input: InviteCandidateInput!) { inviteCandidate(input: $input) { invite { id } userErrors { code message } } }`;
const SCHEDULE = `mutation($input: ScheduleInterviewInput!) { scheduleInterview(input: $input) { interview { id startAt } userErrors { code message } } }`;
const noUpstream = { XOBIN: 0, IMOCHA: 0, ALFAONE: 0, DRVN: 0 };
// Apollo logs the warning printf-style; the console's text is its template followed by the arguments.
const DATA_LOSS = /Cache data may be lost when replacing the/;

/** Waits until the element with this test id shows exactly `text` (the page is never reloaded to get there). */
const shows = (page: Page, testId: string, text: string) =>
  page.waitForFunction(([id, want]) => document.querySelector(`[data-testid="${id}"]`)?.textContent?.trim() === want, [testId, text] as const, { timeout: 15_000 });
const logShows = (page: Page, line: string) =>
  page.waitForFunction((want) => document.querySelector('[data-testid="events"]')?.textContent?.includes(want), line, { timeout: 15_000 });

/**
 * The example dashboard (examples/dashboard: React, Apollo Client's InMemoryCache, graphql-ws), built by Vite and
 * served from its own origin, driving a sandboxed hiregraph from headless Chromium with the network cut off.
 */
describe("the example dashboard in a browser (headless Chromium, network offline)", () => {
  let t: TestApp;
  let site: Awaited<ReturnType<typeof serveDirectory>>;
  let browser: OfflineBrowser;
  let page: Page;
  let outDir: string;
  const logged: string[] = [];
  const invites: Record<"xobin" | "imocha" | "alfaone", string> = { xobin: "", imocha: "", alfaone: "" };
  let interview: { id: string; startAt: string };
  const started = Date.now();

  beforeAll(async () => {
    // Built as `npm run dashboard` builds it (jest's NODE_ENV=test would make Vite bundle React's development build).
    // pretest generates the dashboard's types; generate them when this file runs alone.
    if (!existsSync(join(root, "examples/dashboard/src/__generated__/graphql.ts"))) execFileSync("npm", ["run", "-s", "codegen"], { cwd: root, stdio: "ignore", timeout: 60_000 });
    outDir = mkdtempSync(join(tmpdir(), "hiregraph-dashboard-"));
    execFileSync(process.execPath, [join(root, "node_modules/vite/bin/vite.js"), "build", "examples/dashboard", "--outDir", outDir, "--emptyOutDir", "--logLevel", "error"], { cwd: root, stdio: "pipe", timeout: 60_000, env: { ...process.env, NODE_ENV: "production" } });
    [t, site, browser] = await Promise.all([startApp(), serveDirectory(outDir), launchOfflineBrowser()]);
    const candidate = { name: "Noor Haddad", email: EMAIL };
    for (const [key, assessmentId] of [["xobin", IDS.xobin.assessment], ["imocha", IDS.imocha.jsTest], ["alfaone", IDS.alfa.supportAssessment]] as const) {
      const res = await t.gql(INVITE, { input: { assessmentId, candidate, externalId: EXTERNAL_ID } });
      expect(res.data!.inviteCandidate.userErrors).toEqual([]);
      invites[key] = res.data!.inviteCandidate.invite.id;
    }
    const startAt = new Date(Math.ceil(Date.now() / HOUR_MS) * HOUR_MS + 24 * HOUR_MS);
    const res = await t.gql(SCHEDULE, {
      input: { startAt: startAt.toISOString(), endAt: new Date(startAt.getTime() + HOUR_MS).toISOString(), format: "VIDEO_CALL", interviewerId: IDS.drvn.interviewer, candidateId: IDS.drvn.candidate, externalId: EXTERNAL_ID, candidate: { email: EMAIL } },
    });
    expect(res.data!.scheduleInterview.userErrors).toEqual([]);
    interview = res.data!.scheduleInterview.interview;
    page = await browser.newPage();
    await page.setViewportSize({ width: 1180, height: 720 });
    page.on("console", (msg) => logged.push(`${msg.type()}: ${msg.text()}`));
    page.on("pageerror", (err) => logged.push(`pageerror: ${err.message}`));
  }, 90_000);
  afterAll(async () => {
    await Promise.all([browser?.close(), t?.close(), site?.close()]);
    if (outDir) rmSync(outDir, { recursive: true, force: true });
    if (process.env.REPORT_BROWSER_TIMES) process.stderr.write(`browser-dashboard: ${Date.now() - started} ms\n`);
  });

  it("opens the candidate by email: three providers' invites and the DRVN interview, one upstream call per invite", async () => {
    t.resetCounters();
    await page.goto(`${site.origin}/?api=${encodeURIComponent(`${t.url}/graphql`)}&email=${encodeURIComponent(EMAIL)}`);
    for (const id of Object.values(invites)) await shows(page, `status-${id}`, "PENDING");
    await page.waitForSelector(`[data-testid="interview-${interview.id}"]`, { timeout: 15_000 });
    expect(await page.textContent('[data-testid="candidate-name"]')).toBe("Noor Haddad");
    expect(await page.locator('tr[data-testid^="invite-"]').count()).toBe(3);
    // AlfaOne cannot withdraw an invite (capability), so only the other two offer the button.
    expect(await page.locator('button[data-testid^="withdraw-"]').count()).toBe(2);
    expect(t.upstreamCalls()).toEqual({ XOBIN: 1, IMOCHA: 1, ALFAONE: 1, DRVN: 0 });
    // Marks this document: if anything below reloaded the page, the mark would be gone.
    await page.evaluate(() => ((window as unknown as { loadedOnce: boolean }).loadedOnce = true));
  });

  it("withdraws the Xobin invite: the row turns REVOKED and the live log shows the event", async () => {
    t.resetCounters();
    await page.click(`[data-testid="withdraw-${invites.xobin}"]`);
    await shows(page, `status-${invites.xobin}`, "REVOKED");
    await logShows(page, `${invites.xobin}: PENDING → REVOKED (mutation`);
    expect(await page.locator(`[data-testid="withdraw-${invites.xobin}"]`).count()).toBe(0);
    // Xobin's revoke answers only a status, so hiregraph reads the invite back for the payload: two calls.
    expect(t.upstreamCalls()).toEqual({ ...noUpstream, XOBIN: 2 });
  });

  it("sees the iMocha invite start, then finish with its result, as the sandbox advances it (callback → record → subscription)", async () => {
    t.resetCounters();
    const advance = async () => {
      const body = JSON.stringify({ testInvitationId: Number(invites.imocha.split(":")[2]) });
      return (await fetch(`${t.url}/sandbox/imocha/__control/advance`, { method: "POST", headers: { "content-type": "application/json" }, body })).json();
    };
    expect(await advance()).toMatchObject({ status: "In Progress", callbackSent: true });
    await shows(page, `status-${invites.imocha}`, "STARTED");
    await logShows(page, `${invites.imocha}: PENDING → STARTED (callback`);
    expect(await advance()).toMatchObject({ status: "Complete", callbackSent: true });
    await shows(page, `status-${invites.imocha}`, "COMPLETED");
    await logShows(page, `${invites.imocha}: STARTED → COMPLETED (callback`);
    // The sandbox scores 31 of 45 points: 69 %.
    await shows(page, `result-${invites.imocha}`, "69 %");
    // The callbacks carry the changes; the page learns them from the subscription, not by asking iMocha again.
    expect(t.upstreamCalls()).toEqual(noUpstream);
  });

  it("moves the DRVN interview one day later", async () => {
    t.resetCounters();
    const later = new Date(Date.parse(interview.startAt) + 24 * HOUR_MS).toISOString();
    await page.click(`[data-testid="reschedule-${interview.id}"]`);
    await page.waitForFunction(([id, want]) => Date.parse(document.querySelector(`[data-testid="starts-${id}"]`)?.textContent ?? "") === Date.parse(want), [interview.id, later] as const, { timeout: 15_000 });
    expect(t.upstreamCalls()).toEqual({ ...noUpstream, DRVN: 1 });
  });

  it("never reloaded, kept Apollo's cache free of data-loss warnings, and asked nothing outside this machine", async () => {
    expect(await page.evaluate(() => (window as unknown as { loadedOnce?: boolean }).loadedOnce)).toBe(true);
    if (process.env.DASHBOARD_SCREENSHOT) await page.screenshot({ path: process.env.DASHBOARD_SCREENSHOT });
    expect(logged.filter((line) => DATA_LOSS.test(line))).toEqual([]);
    expect(logged.filter((line) => /^(error|pageerror)/.test(line))).toEqual([]);
    expect(browser.network.requested.some((u) => u.startsWith("ws://127.0.0.1"))).toBe(true);
    expect(nonLocal(browser.network.requested)).toEqual([]);
    expect(browser.network.failed).toEqual([]);
  });

  it("would have caught the warning: the page's cache warns for candidates without ids (the check can fail)", async () => {
    // Two selections of one invite whose candidates have no id, written into the page's own cache.
    const probe = (fields: string) => JSON.parse(JSON.stringify(parse(`query Probe { invite(id: "probe") { id candidate { id ${fields} } } }`, { noLocation: true })));
    await page.evaluate(([withName, withEmail]) => {
      type Cache = { writeQuery(o: { query: unknown; data: unknown }): void };
      const { cache } = (window as unknown as { __APOLLO_CLIENT__: { cache: Cache } }).__APOLLO_CLIENT__;
      const data = (candidate: object) => ({ invite: { __typename: "Invite", id: "xobin:ai-invite:1", candidate: { __typename: "Candidate", id: null, ...candidate } } });
      cache.writeQuery({ query: withName, data: data({ name: "Probe" }) });
      cache.writeQuery({ query: withEmail, data: data({ email: "probe@example.com" }) });
    }, [probe("name"), probe("email")]);
    expect(logged.filter((line) => DATA_LOSS.test(line))).toEqual([expect.stringContaining("Invite.candidate")]);
  });
});
