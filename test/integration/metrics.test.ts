import { Provider } from "../../src/domain/enums";
import { startApp, type TestApp } from "../helpers/app";
import { IDS } from "../helpers/seeds";

type Labels = Record<string, string>;

/** Parses Prometheus text format into samples (name, labels, value). */
function parse(text: string): Array<{ name: string; labels: Labels; value: number }> {
  return text
    .split("\n")
    .filter((line) => line && !line.startsWith("#"))
    .map((line) => {
      const m = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
      if (!m) throw new Error(`unparsable metrics line: ${line}`);
      const labels = Object.fromEntries([...(m[2] ?? "").matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((l) => [l[1], l[2]]));
      return { name: m[1], labels, value: Number(m[3]) };
    });
}

/** Scrapes /metrics over HTTP; `value(name, labels)` reads the one sample whose labels include `labels`. */
async function scrape(t: TestApp) {
  const res = await fetch(`${t.url}/metrics`);
  expect(res.headers.get("content-type")).toMatch(/^text\/plain/);
  const samples = parse(await res.text());
  return (name: string, labels: Labels = {}): number | undefined => {
    const found = samples.filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v));
    if (found.length > 1) throw new Error(`${name} ${JSON.stringify(labels)} matches ${found.length} samples`);
    return found[0]?.value;
  };
}

const INVITES = `query Batch($ids: [ID!]!) { invites(ids: $ids) { id } }`;
const ONE = `query One($id: ID!) { invite(id: $id) { id } }`;
const INVITE = `mutation Invite($input: InviteCandidateInput!) { inviteCandidate(input: $input) { userErrors { code } } }`;
const ALFA_READ = { provider: "ALFAONE", endpoint: "GET /invites/{inviteId}" };

describe("/metrics", () => {
  let t: TestApp;
  beforeAll(async () => (t = await startApp({ UPSTREAM_RETRIES: "0", BREAKER_THRESHOLD: "2", BREAKER_COOLDOWN_MS: "300" })));
  afterAll(() => t.close());
  beforeEach(() => t.resetCounters());

  it("has process metrics and a closed breaker gauge for every provider from the start", async () => {
    const value = await scrape(t);
    expect(value("process_cpu_user_seconds_total")).toBeGreaterThan(0);
    expect(value("nodejs_heap_size_used_bytes")).toBeGreaterThan(0);
    for (const provider of Object.values(Provider)) expect(value("hiregraph_circuit_breaker_state", { provider })).toBe(0);
  });

  it("observes one DataLoader batch with the de-duplicated key count", async () => {
    const ids = [IDS.alfa.pending, IDS.imocha.completed, IDS.xobin.completedAi, IDS.alfa.pending];
    expect((await t.gql(INVITES, { ids })).errors).toBeUndefined();
    const value = await scrape(t);
    expect(value("hiregraph_dataloader_batch_size_count", { loader: "invite" })).toBe(1);
    expect(value("hiregraph_dataloader_batch_size_sum", { loader: "invite" })).toBe(3);
    expect(value("hiregraph_dataloader_batch_size_bucket", { loader: "invite", le: "2" })).toBe(0);
    expect(value("hiregraph_dataloader_batch_size_bucket", { loader: "invite", le: "5" })).toBe(1);
    expect(value("hiregraph_graphql_request_duration_seconds_count", { operation: "Batch", outcome: "ok" })).toBe(1);
    expect(value("hiregraph_upstream_requests_total", { ...ALFA_READ, outcome: "200" })).toBe(1);
  });

  it("counts idempotency results: first run, replay, reused key", async () => {
    const input = { assessmentId: IDS.imocha.jsTest, candidate: { name: "Metric Person", email: "metric@example.com" }, idempotencyKey: "metrics-key-1" };
    await t.gql(INVITE, { input });
    await t.gql(INVITE, { input });
    const other = await t.gql(INVITE, { input: { ...input, candidate: { ...input.candidate, name: "Someone Else" } } });
    expect(other.data!.inviteCandidate.userErrors).toEqual([{ code: "IDEMPOTENCY_KEY_REUSED" }]);
    // One invite and its read-back (iMocha's answer has no status), for all three requests.
    expect(t.upstreamCalls().IMOCHA).toBe(2);
    const value = await scrape(t);
    expect(value("hiregraph_idempotency_requests_total", { result: "first" })).toBe(1);
    expect(value("hiregraph_idempotency_requests_total", { result: "replayed" })).toBe(1);
    expect(value("hiregraph_idempotency_requests_total", { result: "key_reused" })).toBe(1);
  });

  it("counts upstream errors by code and follows the breaker: open (1), half-open (0.5), closed (0)", async () => {
    const alfa = t.sim(Provider.ALFAONE);
    alfa.setFaults([{ status: 500 }]);
    await t.gql(ONE, { id: IDS.alfa.pending });
    await t.gql(ONE, { id: IDS.alfa.completed });
    let value = await scrape(t);
    expect(value("hiregraph_upstream_errors_total", { ...ALFA_READ, code: "PROVIDER_UNAVAILABLE" })).toBe(2);
    expect(value("hiregraph_circuit_breaker_state", { provider: "ALFAONE" })).toBe(1);
    expect(value("hiregraph_circuit_breaker_state", { provider: "IMOCHA" })).toBe(0);

    const failFast = await t.gql(ONE, { id: IDS.alfa.started });
    expect(failFast.errors![0].message).toContain("circuit open");
    expect(alfa.stats().total).toBe(2); // no upstream call while open, so no new error sample either
    expect((await scrape(t))("hiregraph_upstream_errors_total", { ...ALFA_READ, code: "PROVIDER_UNAVAILABLE" })).toBe(2);

    alfa.setFaults([{ latencyMs: 400 }]);
    await new Promise((r) => setTimeout(r, 350)); // past the 300 ms cool-down
    const trial = t.gql(ONE, { id: IDS.alfa.pending });
    await new Promise((r) => setTimeout(r, 150));
    expect((await scrape(t))("hiregraph_circuit_breaker_state", { provider: "ALFAONE" })).toBe(0.5);
    expect((await trial).errors).toBeUndefined();
    value = await scrape(t);
    expect(value("hiregraph_circuit_breaker_state", { provider: "ALFAONE" })).toBe(0);
  });
});
