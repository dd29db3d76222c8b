import { XOBIN_SEED, xobinSimulator } from "../../src/providers/xobin";
import aiInviteRequest from "../fixtures/xobin/ai-invite.request.json";
import { startSimulator, type RunningSimulator } from "../helpers/sim-server";

/** The simulator itself, over raw HTTP: what the docs promise, and the undocumented answers it picks. */
const SECRET = "test-xobin-api-key-1234";
let sim: RunningSimulator;

async function call(method: string, path: string, body?: unknown, apiKey: string | null = SECRET): Promise<{ status: number; body: any }> {
  const headers: Record<string, string> = {};
  if (apiKey !== null) headers.apiKey = apiKey;
  if (body !== undefined) headers["content-type"] = "application/json";
  const res = await fetch(`${sim.baseUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: res.status, body: await res.json() };
}

beforeAll(async () => {
  sim = await startSimulator(xobinSimulator, { prefix: "/sandbox/xobin", secret: SECRET });
});
afterAll(() => sim.close());
beforeEach(async () => {
  await fetch(`${sim.baseUrl}/__control/reset`, { method: "POST" });
});

describe("Xobin simulator: auth", () => {
  it.each([null, "nope"])("answers the documented Invalid API key body to apiKey %p", async (key) => {
    expect(await call("GET", `/ai-interviews/report/${XOBIN_SEED.pendingAiInvite}`, undefined, key)).toEqual({ status: 401, body: { error: "Invalid API key" } });
  });
});

describe("Xobin simulator: invite", () => {
  it("answers the doc example request with the doc example's shape", async () => {
    const res = await call("POST", "/ai-interviews/invite", aiInviteRequest);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      email: "alex.tnk@example.com",
      ai_interview_id: 305,
      ai_interview_name: "Senior Data Engineer",
      response_id: Number(XOBIN_SEED.nextAiInvite),
      invite_link: expect.stringMatching(/^https:\/\/your-subdomain\.xobin\.com\/app\/copilot\/interview\/cl\/\w+\?inviteToken=[0-9A-F]{64}$/),
      name: "alex tanaka",
      status: "Invite Link created",
      custom_field_id: "CAND-2025-001",
    });
  });

  it.each([
    [{ candidate_name: "" }, "candidate_name"],
    [{ candidate_email: "not-an-email" }, "candidate_email"],
    [{ ai_interview_id: "305" }, "ai_interview_id"],
    [{ invite_format: "email" }, "invite_format"],
    [{ start_date: "2025-07-18T10:00" }, "start_date"],
    [{ expiry_date: "2025-07-20 20:30:00" }, "expiry_date"],
    [{ custom_field_id: 7 }, "custom_field_id"],
  ])("rejects %p with a 400 naming the field (NOT documented)", async (override, field) => {
    const res = await call("POST", "/ai-interviews/invite", { ...aiInviteRequest, ...override });
    expect(res.status).toBe(400);
    expect(res.body.error).toContain(field);
  });

  it("answers 403 limit_exceed for the AI interview with no invites left", async () => {
    const res = await call("POST", "/ai-interviews/invite", { ...aiInviteRequest, ai_interview_id: Number(XOBIN_SEED.exhaustedAiInterview) });
    expect(res).toEqual({ status: 403, body: { message: "Invites Exhausted. Please contact support.", error: "limit_exceed" } });
  });

  it("rejects malformed JSON with Xobin's error shape", async () => {
    const res = await fetch(`${sim.baseUrl}/assessments/invite`, { method: "POST", headers: { apiKey: SECRET, "content-type": "application/json" }, body: "{" });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: expect.any(String) });
  });
});

describe("Xobin simulator: reports", () => {
  it("answers an incomplete AI interview with the completed report's fields set to null", async () => {
    const done = await call("GET", `/ai-interviews/report/${XOBIN_SEED.completedAiInvite}`);
    const started = await call("GET", `/ai-interviews/report/${XOBIN_SEED.startedAiInvite}`);
    expect(Object.keys(started.body).sort()).toEqual(Object.keys(done.body).sort());
    expect(started.body).toMatchObject({ invite_status: "Started", score: null, completed_date: null, report_link: null });
    expect(done.body).toMatchObject({ invite_status: "Completed", score: 82, completed_date: "Jul 05, 2025, 4:42:45 AM" });
  });

  it("answers the documented not-completed assessment shape", async () => {
    const res = await call("GET", `/assessments/report/${XOBIN_SEED.startedAssessmentInvite}`);
    expect(Object.keys(res.body).sort()).toEqual(["assessment_id", "candidate_id", "email", "invite_status", "name", "report_id"]);
  });

  it("lists invites with HTTP-date last_updated_at", async () => {
    const res = await call("GET", `/ai-interviews/invited/${XOBIN_SEED.aiInterview}`);
    expect(res.body).toHaveLength(6);
    expect(res.body[0]).toEqual({ ai_interview_id: 305, candidate_id: 88001, invite_status: "Pending", last_updated_at: "Thu, 10 Jul 2025 11:52:57 GMT", response_id: 7401 });
  });

  it.each(["/ai-interviews/report/999999", "/ai-interviews/report/abc", "/assessments/report/1", "/ai-interviews/invited/1", "/no/such/route"])(
    "answers 404 {error} for %s (NOT documented)",
    async (path) => {
      const res = await call("GET", path);
      expect(res.status).toBe(404);
      expect(res.body).toEqual({ error: expect.any(String) });
    },
  );

  it("requires a custom_field_id when no response_id is in the path", async () => {
    expect((await call("GET", "/ai-interviews/report")).status).toBe(400);
  });
});

describe("Xobin simulator: revoke", () => {
  it.each([
    ["PATCH", "/ai-interviews/invite/revoke", { response_id: "7401" }],
    ["PATCH", "/ai-interviews/invite/revoke", { response_id: 7401, notify_candidate: "yes" }],
    ["POST", "/assessments/invite/revoke", { report_id: null }],
  ])("rejects a malformed %s %s body with a 400", async (method, path, body) => {
    expect((await call(method, path, body)).status).toBe(400);
  });

  it("does not serve the AI revoke as POST or the assessment revoke as PATCH", async () => {
    expect((await call("POST", "/ai-interviews/invite/revoke", { response_id: 7401 })).status).toBe(404);
    expect((await call("PATCH", "/assessments/invite/revoke", { report_id: 2196821 })).status).toBe(404);
  });

  it("keeps state until reset, and reset restores the seed", async () => {
    expect((await call("PATCH", "/ai-interviews/invite/revoke", { response_id: 7401 })).body).toEqual({ status: "REVOKED", message: "Invite Revoked successfully." });
    expect((await call("GET", "/ai-interviews/report/7401")).body.invite_status).toBe("Revoked");
    await fetch(`${sim.baseUrl}/__control/reset`, { method: "POST" });
    expect((await call("GET", "/ai-interviews/report/7401")).body.invite_status).toBe("Pending");
  });
});
