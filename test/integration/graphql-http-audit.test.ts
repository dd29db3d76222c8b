import { auditServer } from "graphql-http";
import { startApp, type TestApp } from "../helpers/app";

/**
 * The GraphQL-over-HTTP spec audit (graphql-http) against the live server. MUST audits have to pass. SHOULD/MAY
 * audits that fail are listed here with the reason they are accepted; any other failure fails the test.
 */
const APOLLO_400 =
  "Apollo Server answers parse, validation and variable-coercion failures with 400 whatever the Accept header. " +
  "The spec's 200 is a SHOULD kept for legacy application/json clients; Apollo Router, Apollo Client and our own " +
  "tests rely on the 400, and the body is the same GraphQL error either way.";
const ACCEPTED_WARNINGS: Record<string, string> = { "572B": APOLLO_400, FDE2: APOLLO_400, "7B9B": APOLLO_400 };

describe("GraphQL over HTTP audit", () => {
  let t: TestApp;
  beforeAll(async () => (t = await startApp()));
  afterAll(() => t.close());

  it("passes every MUST audit; SHOULD/MAY results are reported", async () => {
    const results = await auditServer({ url: `${t.url}/graphql`, fetchFn: fetch });
    const failedMust = results.filter((r) => r.status === "error");
    const warned = results.filter((r) => r.status === "warn");
    const ok = results.filter((r) => r.status === "ok");
    expect(failedMust.map((r) => `${r.id} ${r.name}: ${"reason" in r ? r.reason : ""}`)).toEqual([]);
    // Exactly the explained SHOULDs warn: a new warning, or one that went away, shows up here.
    expect(warned.map((w) => w.id).sort()).toEqual(Object.keys(ACCEPTED_WARNINGS).sort());
    expect(ok.length).toBeGreaterThan(40);
  });
});
