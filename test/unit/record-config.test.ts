import { loadConfig } from "../../src/config";
import { Provider } from "../../src/domain/enums";
import { callbackUrlFor } from "../../src/providers/registry";
import { configProblems } from "../helpers/config";

const TOKEN = "callback-token-for-tests-0123456789abcd";

describe("record, callback and poller configuration", () => {
  it("defaults to the embedded store in data/, 30 days of events, polling every minute with 20 % of a budget", () => {
    const c = loadConfig({});
    expect(c.store).toEqual({ databaseUrl: undefined, dataDir: "data", eventRetentionDays: 30 });
    expect(c.poll).toEqual({ intervalMs: 60_000, budgetPercent: 20 });
  });

  it("makes an unguessable per-process callback token when none is set, and requires one with PUBLIC_BASE_URL", () => {
    const a = loadConfig({}).callbacks;
    const b = loadConfig({}).callbacks;
    expect(a.generated).toBe(true);
    expect(a.token.length).toBeGreaterThanOrEqual(32);
    expect(a.token).not.toBe(b.token);
    expect(configProblems({ PUBLIC_BASE_URL: "https://hiregraph.example.com" })).toEqual([expect.stringMatching(/CALLBACK_TOKEN \(at least 32 characters\) is required/)]);
    expect(configProblems({ CALLBACK_TOKEN: "short" })).toEqual([expect.stringMatching(/at least 32 characters/)]);
    expect(configProblems({ PUBLIC_BASE_URL: "ftp://x", CALLBACK_TOKEN: TOKEN })).toEqual([expect.stringMatching(/PUBLIC_BASE_URL/)]);
  });

  it("checks DATABASE_URL without echoing it, and the numeric settings", () => {
    const problems = configProblems({ DATABASE_URL: "mysql://u:secret@db/x", EVENT_RETENTION_DAYS: "0", POLL_INTERVAL_MS: "-1", POLL_BUDGET_PERCENT: "90" });
    expect(problems.join("\n")).not.toContain("secret");
    expect(problems).toHaveLength(4);
    expect(loadConfig({ DATABASE_URL: "postgres://u:p@db:5432/hg" }).store.databaseUrl).toBe("postgres://u:p@db:5432/hg");
  });

  it("registers <PUBLIC_BASE_URL>/callbacks/imocha?token=<CALLBACK_TOKEN>, or this server's own address in the sandbox", () => {
    const live = loadConfig({ PUBLIC_BASE_URL: "https://hiregraph.example.com/", CALLBACK_TOKEN: TOKEN });
    expect(callbackUrlFor(live, Provider.IMOCHA, () => "http://127.0.0.1:1")!()).toBe(`https://hiregraph.example.com/callbacks/imocha?token=${TOKEN}`);
    const sandbox = loadConfig({ CALLBACK_TOKEN: TOKEN });
    expect(callbackUrlFor(sandbox, Provider.IMOCHA, () => "http://127.0.0.1:4000")!()).toBe(`http://127.0.0.1:4000/callbacks/imocha?token=${TOKEN}`);
    const liveImocha = loadConfig({ IMOCHA_BASE_URL: "https://apiv3.imocha.io", IMOCHA_API_KEY: "k", AUTH_JWT_SECRET: "test-only-9f3c2a71d8e64b05a7c1e2f3b4d5c6a7" });
    expect(callbackUrlFor(liveImocha, Provider.IMOCHA, () => "http://127.0.0.1:4000")).toBeUndefined();
  });
});
