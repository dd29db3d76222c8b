import { Writable } from "node:stream";
import { Gauge } from "prom-client";
import { MAX_OPERATION_LABELS, MAX_OPERATION_NAME } from "../../src/server/operation-label";
import { startApp, type TestApp } from "../helpers/app";

/** Operation names are client input: a burst of long or distinct names must not grow /metrics without bound. */
const SERIES = /^hiregraph_graphql_request_duration_seconds_count\{operation="([^"]*)"/gm;

async function scrape(t: TestApp): Promise<{ status: number; text: string }> {
  const res = await fetch(`${t.url}/metrics`);
  return { status: res.status, text: await res.text() };
}

const named = (name: string) => `query ${name} { __typename }`;
/** A distinct valid GraphQL name for each i. */
const nameFor = (i: number, length: number) => `Op${i.toString(36).replace(/\d/g, (d) => "ghijklmnop"[Number(d)])}_`.padEnd(length, "x");

describe("/metrics stays bounded whatever operation names clients send", () => {
  let t: TestApp;
  beforeAll(async () => (t = await startApp()));
  afterAll(() => t.close());

  it("keeps short valid names, and counts very long names as one `other` series", async () => {
    const baseline = (await scrape(t)).text.length;
    expect((await t.gql(named("ListInvites"))).status).toBe(200);
    for (let i = 0; i < 5; i++) expect((await t.gql(named(nameFor(i, 200_000)))).status).toBe(200);
    const { text } = await scrape(t);
    const labels = [...text.matchAll(SERIES)].map((m) => m[1]);
    expect(labels.sort()).toEqual(["ListInvites", "other"]);
    expect(text).toMatch(/hiregraph_graphql_request_duration_seconds_count\{operation="other",outcome="ok"\} 5/);
    // Two series of one histogram each: a few KB, not 5 × 200 000 characters per line.
    expect(text.length - baseline).toBeLessThan(10_000);
  });

  it(`caps distinct names at ${MAX_OPERATION_LABELS} series, the rest counted as other`, async () => {
    for (let i = 0; i < MAX_OPERATION_LABELS + 100; i++) await t.gql(named(nameFor(1000 + i, MAX_OPERATION_NAME)));
    const { status, text } = await scrape(t);
    expect(status).toBe(200);
    const labels = new Set([...text.matchAll(SERIES)].map((m) => m[1]));
    expect(labels.size).toBeLessThanOrEqual(MAX_OPERATION_LABELS + 2); // + other, anonymous
    expect(labels.has("other")).toBe(true);
    expect(text.length).toBeLessThan(2_000_000);
  });
});

describe("a /metrics failure", () => {
  it("answers 500 and is logged", async () => {
    const lines: string[] = [];
    const logStream = new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) });
    const t = await startApp({ LOG_LEVEL: "info" }, { logger: true, logStream });
    try {
      new Gauge({
        name: "test_broken_gauge",
        help: "a collector that fails",
        registers: [t.app.metrics.registry],
        collect() {
          throw new Error("Invalid string length");
        },
      });
      const res = await fetch(`${t.url}/metrics`);
      expect(res.status).toBe(500);
      expect(await res.text()).not.toContain("Invalid string length");
      const logged = lines.map((l) => JSON.parse(l)).find((l) => l.msg === "metrics could not be rendered");
      expect(logged).toMatchObject({ level: 50, error: "Invalid string length" });
    } finally {
      await t.close();
    }
  });
});
