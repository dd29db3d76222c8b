import { startApp, type TestApp } from "../helpers/app";
import { IDS } from "../helpers/seeds";
import { subscribe } from "../helpers/ws";

const TOKEN = "test-callback-token-0123456789abcdefXYZ";
const LIVE = `subscription($filter: InviteEventFilter) { inviteEvents(filter: $filter) { inviteId previousStatus status providerStatus origin occurredAt invite { status score maxScore reportUrl result { score maxScore percent reportUrl } } } }`;

/** iMocha's documented callback payload (PascalCase). */
const imocha = (id: number, status: string, extra: Record<string, unknown> = {}) => ({
  CandidateEmailId: "mei.chen@example.com",
  AttemptedOn: "09-Oct-2020 06:51 PM",
  AttemptedOnUtc: "2020-10-09T13:21:53",
  TotalScore: 45,
  CandidateScore: 34,
  ReportPDFUrl: status === "In Progress" ? null : `https://reports.example.com/imocha/${id}.pdf`,
  TestInvitationId: id,
  Status: status,
  PerformanceCategory: status === "In Progress" ? null : "Intermediate",
  ...extra,
});

describe("provider callbacks", () => {
  let t: TestApp;
  beforeAll(async () => (t = await startApp({ CALLBACK_TOKEN: TOKEN })));
  afterAll(() => t.close());

  const post = (path: string, body: unknown, opts: { token?: string | null; header?: boolean; raw?: string } = {}) => {
    const token = opts.token === undefined ? TOKEN : opts.token;
    const url = `${t.url}${path}${token && !opts.header ? `?token=${encodeURIComponent(token)}` : ""}`;
    return fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token && opts.header ? { "x-hiregraph-callback-token": token } : {}) },
      body: opts.raw ?? JSON.stringify(body),
    });
  };
  const eventsOf = async (id: string) => (await t.record.store.listEvents({ inviteIds: [id] }, undefined, 50)).events;

  it("records an iMocha callback and the subscriber sees the event", async () => {
    const sub = subscribe(t.url, LIVE, { variables: { filter: { inviteIds: ["imocha:invite:3100001"] } } });
    await sub.connected;
    await new Promise((r) => setTimeout(r, 100));
    const started = await post("/callbacks/imocha", imocha(3100001, "In Progress"));
    expect(started.status).toBe(200);
    expect(await started.json()).toEqual({ status: "recorded", id: "imocha:invite:3100001" });
    const done = await post("/callbacks/imocha", imocha(3100001, "Complete"), { header: true });
    expect(done.status).toBe(200);
    const [first, second] = await sub.waitFor(2);
    expect(first.data!.inviteEvents).toMatchObject({ inviteId: "imocha:invite:3100001", previousStatus: null, status: "STARTED", providerStatus: "In Progress", origin: "CALLBACK", occurredAt: "2020-10-09T13:21:53.000Z" });
    expect(second.data!.inviteEvents).toMatchObject({ previousStatus: "STARTED", status: "COMPLETED", invite: { status: "COMPLETED", score: 34, maxScore: 45, reportUrl: "https://reports.example.com/imocha/3100001.pdf" } });
    // The callback's score is the invite's result too, with the percentage its scale gives.
    expect(second.data!.inviteEvents.invite.result).toEqual({ score: 34, maxScore: 45, percent: 75.56, reportUrl: "https://reports.example.com/imocha/3100001.pdf" });
    await sub.dispose();
  });

  it("records a burst of concurrent callbacks, repeats included, each once (they are committed in groups)", async () => {
    const ids = Array.from({ length: 30 }, (_, i) => 3100100 + i);
    const bodies = [...ids.map((id) => imocha(id, "In Progress")), ...ids.slice(0, 10).map((id) => imocha(id, "In Progress"))];
    const answers = await Promise.all(bodies.map(async (body) => (await post("/callbacks/imocha", body)).json()));
    expect(answers.filter((a) => a.status === "recorded")).toHaveLength(30);
    expect(answers.filter((a) => a.status === "duplicate")).toHaveLength(10);
    const events = await Promise.all(ids.map((id) => eventsOf(`imocha:invite:${id}`)));
    expect(events.map((e) => e.length)).toEqual(ids.map(() => 1));
  });

  it("acknowledges the same delivery twice with one event", async () => {
    const body = imocha(3100002, "In Progress");
    const a = await post("/callbacks/imocha", body);
    const b = await post("/callbacks/imocha", body);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(await b.json()).toMatchObject({ status: "duplicate" });
    expect(await eventsOf("imocha:invite:3100002")).toHaveLength(1);
  });

  it("a late repeat of an earlier delivery does not move the invite back", async () => {
    const started = imocha(3100003, "In Progress");
    await post("/callbacks/imocha", started);
    await post("/callbacks/imocha", imocha(3100003, "Test Left"));
    expect((await post("/callbacks/imocha", started)).status).toBe(200);
    expect((await eventsOf("imocha:invite:3100003")).map((e) => e.status)).toEqual(["STARTED", "ABANDONED"]);
  });

  it("refuses a wrong or missing token with 401 and records nothing", async () => {
    for (const token of [null, "wrong-token-wrong-token-wrong-token-00"]) {
      const res = await post("/callbacks/imocha", imocha(3100004, "In Progress"), { token });
      expect(res.status).toBe(401);
    }
    expect((await post("/callbacks/xobin", {}, { token: "nope" })).status).toBe(401);
    expect(await eventsOf("imocha:invite:3100004")).toHaveLength(0);
    expect((await t.record.store.getInvites(["imocha:invite:3100004"])).size).toBe(0);
  });

  it("refuses unreadable bodies with 400 and records nothing", async () => {
    expect((await post("/callbacks/imocha", null, { raw: '{"TestInvitationId": 3100005, "Status": ' })).status).toBe(400);
    const noId = await post("/callbacks/imocha", { Status: "Complete", CandidateEmailId: "x@example.com" });
    expect(noId.status).toBe(400);
    expect(((await noId.json()) as { message: string }).message).toMatch(/TestInvitationId/);
    expect((await post("/callbacks/imocha", imocha(3100005, ""))).status).toBe(400);
    expect((await post("/callbacks/xobin", { response_id: "x", ai_interview_id: 305, invite_status: "Started" })).status).toBe(400);
    expect(await eventsOf("imocha:invite:3100005")).toHaveLength(0);
    const metrics = await (await fetch(`${t.url}/metrics`)).text();
    expect(metrics).toMatch(/hiregraph_callbacks_total\{provider="IMOCHA",outcome="bad_request"\} 3/);
    expect(metrics).toMatch(/hiregraph_callbacks_total\{provider="IMOCHA",outcome="unauthorized"\} 2/);
  });

  it("records Xobin's documented webhooks: AI interview start and submission, assessment start", async () => {
    const aiStart = { ai_interview_id: 305, ai_interview_name: "Senior Data Engineer", candidate_email: "maya.chen@example.com", candidate_id: 88001, candidate_name: "Maya Chen", invite_status: "Started", response_id: 7401 };
    expect((await post("/callbacks/xobin", aiStart)).status).toBe(200);
    const submission = { ...aiStart, invite_status: "Completed", completed_date: "Jul 05, 2025, 4:42:45 AM", integrity_score: 9, recommendation: "Hire", score: 77 };
    expect((await post("/callbacks/xobin", submission)).status).toBe(200);
    const assessmentStart = { id: 2196821, assessment_id: 53280, started_at: 1737521866717, name: "Priya Raman", email: "priya.raman@example.com" };
    expect((await post("/callbacks/xobin", assessmentStart)).status).toBe(200);
    expect((await post("/callbacks/xobin", { event: "assessments.updates", timestamp: "2026-01-15T10:00:00", data: {} })).status).toBe(202);
    expect((await eventsOf(IDS.xobin.pendingAi)).map((e) => [e.status, e.origin])).toEqual([["STARTED", "CALLBACK"], ["COMPLETED", "CALLBACK"]]);
    const [completed] = (await eventsOf(IDS.xobin.pendingAi)).slice(-1);
    expect(completed.occurredAt.toISOString()).toBe("2025-07-05T04:42:45.000Z");
    const [started] = await eventsOf("xobin:assessment-invite:2196821");
    expect(started).toMatchObject({ status: "STARTED", origin: "CALLBACK" });
    expect(started.occurredAt.toISOString()).toBe(new Date(1737521866717).toISOString());
  });

  it("answers 503 when the store is down, so the provider delivers again, and never 2xx", async () => {
    const broken = await startApp({ CALLBACK_TOKEN: TOKEN });
    await broken.record.database.db.destroy();
    try {
      const res = await fetch(`${broken.url}/callbacks/imocha?token=${TOKEN}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(imocha(3100006, "Complete")) });
      expect(res.status).toBe(503);
    } finally {
      await broken.app.server.close();
    }
  });
});
