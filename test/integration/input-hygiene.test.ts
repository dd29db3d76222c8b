import { Writable } from "node:stream";
import { startApp, type TestApp } from "../helpers/app";
import { IDS } from "../helpers/seeds";

const INVITE = `mutation($input: InviteCandidateInput!) { inviteCandidate(input: $input) { invite { id } userErrors { code field message } } }`;

describe("control characters in string inputs", () => {
  let t: TestApp;
  beforeAll(async () => (t = await startApp()));
  afterAll(() => t.close());
  beforeEach(() => t.resetCounters());

  it("refuses an email with a NUL byte, naming the field, before any upstream call", async () => {
    const res = await t.gql(INVITE, { input: { assessmentId: IDS.imocha.sqlTest, candidate: { name: "Ana Diaz", email: "ana\u0000@example.com" } } });
    expect(res.data!.inviteCandidate).toEqual({
      invite: null,
      userErrors: [{ code: "INVALID_INPUT", field: ["candidate", "email"], message: expect.stringContaining("control characters") }],
    });
    expect(t.upstreamCalls().IMOCHA).toBe(0);
  });

  it.each([
    ["a line break in a name", { name: "Ana\nDiaz", email: "ana@example.com" }, ["candidate", "name"]],
    ["an escape in an externalId", { name: "Ana Diaz", email: "ana@example.com", externalId: "A-\u001b[31m" }, ["externalId"]],
  ])("refuses %s", async (_what, fields, field) => {
    const { externalId, ...candidate } = fields as Record<string, string>;
    const res = await t.gql(INVITE, { input: { assessmentId: IDS.imocha.sqlTest, candidate, ...(externalId ? { externalId } : {}) } });
    expect(res.data!.inviteCandidate.userErrors).toEqual([expect.objectContaining({ code: "INVALID_INPUT", field })]);
  });

  it("refuses a control character in a query argument with INVALID_INPUT on that field, other fields resolved", async () => {
    const res = await t.gql(`query($bad: ID!, $good: ID!) { bad: invite(id: $bad) { id } good: invite(id: $good) { id } }`, {
      bad: `${IDS.imocha.pending}\u0007`,
      good: IDS.imocha.pending,
    });
    expect(res.data).toEqual({ bad: null, good: { id: IDS.imocha.pending } });
    expect(res.errors).toEqual([expect.objectContaining({ path: ["bad"], extensions: expect.objectContaining({ code: "INVALID_INPUT", field: ["id"] }) })]);
  });
});

describe("x-request-id", () => {
  it("is kept when short and printable, and replaced otherwise", async () => {
    const lines: string[] = [];
    const logStream = new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) });
    const t = await startApp({ LOG_LEVEL: "info" }, { logger: true, logStream });
    try {
      const long = "r".repeat(10_000);
      for (const id of ["ats-7f3a9c", long, "has space", "tab\there"]) await fetch(`${t.url}/health`, { headers: { "x-request-id": id } });
      const reqIds = lines.map((l) => JSON.parse(l)).filter((l) => l.msg === "request").map((l) => l.reqId as string);
      expect(reqIds).toHaveLength(4);
      expect(reqIds[0]).toBe("ats-7f3a9c");
      for (const replaced of reqIds.slice(1)) expect(replaced).toMatch(/^[0-9a-f-]{36}$/);
      expect(lines.join("").length).toBeLessThan(5_000);
    } finally {
      await t.close();
    }
  });
});

describe("simulator stats", () => {
  it("key unmatched URLs by one template, so the map stays bounded", async () => {
    const t = await startApp();
    try {
      for (let i = 0; i < 50; i++) await fetch(`${t.url}/sandbox/xobin/no-such-route/${i}-${"x".repeat(200)}`);
      const stats = (await (await fetch(`${t.url}/sandbox/xobin/__control/stats`)).json()) as { total: number; byRoute: Record<string, number> };
      expect(stats.total).toBe(50);
      expect(stats.byRoute).toEqual({ "GET (no route)": 50 });
    } finally {
      await t.close();
    }
  });
});
