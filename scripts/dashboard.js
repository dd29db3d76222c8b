#!/usr/bin/env node
// `npm run dashboard` (after the build): hiregraph in sandbox mode on :4000 and the example dashboard, built by
// Vite, on :5173 — another origin, as a frontend team would run them side by side. Then it invites one demo
// candidate at three providers and schedules a DRVN interview, so the page has someone to show.
require("reflect-metadata");
const { spawn } = require("node:child_process");
const { mkdtempSync, rmSync } = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
const apiPort = process.env.PORT || "4000";
const uiPort = process.env.DASHBOARD_PORT || "5173";
const api = `http://localhost:${apiPort}/graphql`;
// The simulators keep their state in memory, so the record starts empty too: a kept record would name sandbox
// invites that no longer exist after a restart.
const dataDir = mkdtempSync(path.join(os.tmpdir(), "hiregraph-dashboard-"));
const children = [];
const stop = () => children.forEach((c) => c.kill("SIGTERM"));
const start = (args, env) => {
  const child = spawn(process.execPath, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  child.on("exit", (code) => {
    stop();
    rmSync(dataDir, { recursive: true, force: true });
    process.exitCode = code ?? 1;
  });
  children.push(child);
};

start(["dist/src/main.js"], { PORT: apiPort, DATA_DIR: dataDir });
start([path.join(root, "node_modules/vite/bin/vite.js"), "preview", "examples/dashboard", "--port", uiPort, "--strictPort"], {});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, stop);

const gql = async (query, variables) => (await (await fetch(api, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) })).json()).data;

async function seed() {
  for (let i = 0; i < 300 && !(await fetch(`http://localhost:${apiPort}/health`).then((r) => r.ok, () => false)); i++) await new Promise((r) => setTimeout(r, 200));
  const { ALFAONE_SEED } = require("../dist/src/providers/alfaone");
  const { IMOCHA_SEED } = require("../dist/src/providers/imocha");
  const { XOBIN_SEED } = require("../dist/src/providers/xobin");
  const { DRVN_SEED } = require("../dist/src/providers/drvn");
  const candidate = { name: "Noor Haddad", email: "noor.haddad@example.com" };
  const externalId = "ATS-CAND-42";
  const ids = [];
  for (const assessmentId of [`xobin:ai-interview:${XOBIN_SEED.aiInterview}`, `imocha:test:${IMOCHA_SEED.javascriptTest}`, `alfaone:assessment:${ALFAONE_SEED.customerSupportAssessment}`]) {
    const res = await gql(`mutation($input: InviteCandidateInput!) { inviteCandidate(input: $input) { invite { id } } }`, { input: { assessmentId, candidate, externalId } });
    ids.push(res?.inviteCandidate.invite?.id);
  }
  const startAt = new Date(Math.ceil(Date.now() / 3_600_000) * 3_600_000 + 86_400_000);
  await gql(`mutation($input: ScheduleInterviewInput!) { scheduleInterview(input: $input) { interview { id } } }`, {
    input: { startAt: startAt.toISOString(), endAt: new Date(startAt.getTime() + 3_600_000).toISOString(), format: "VIDEO_CALL", interviewerId: `drvn:grader:${DRVN_SEED.interviewer}`, candidateId: `drvn:candidate:${DRVN_SEED.interviewee}`, externalId, candidate },
  });
  const native = (id) => id?.split(":")[2];
  console.log(`\ndashboard: http://localhost:${uiPort}/?api=${encodeURIComponent(api)}&email=${encodeURIComponent(candidate.email)}`);
  console.log(`move the invites along as the candidate would (the page updates live):`);
  console.log(`  curl -s localhost:${apiPort}/sandbox/xobin/__control/advance -H 'content-type: application/json' -d '{"responseId": ${native(ids[0])}}'`);
  console.log(`  curl -s localhost:${apiPort}/sandbox/imocha/__control/advance -H 'content-type: application/json' -d '{"testInvitationId": ${native(ids[1])}}'\n`);
}
seed().catch((err) => console.error(`dashboard: could not set up the demo candidate: ${err.message}`));
