import { drvnSimulator, DRVN_SEED } from "../../src/providers/drvn";
import { startSimulator, type RunningSimulator } from "../helpers/sim-server";
import docRequest from "../fixtures/drvn/update-interview-request.json";
import docResponse from "../fixtures/drvn/update-interview-response.json";

/**
 * The DRVN simulator read against the docs directly over HTTP (no hiregraph client), including the
 * accept/reject/amend endpoints hiregraph does not call but which move interviews between statuses.
 */
const SECRET = "test.drvn.bearer.token";
let sim: RunningSimulator;

/** Answers are read loosely here; the assertions are what check their shape. */
type Json = Record<string, any>;
async function call(method: string, path: string, body?: unknown, token: string | null = SECRET): Promise<{ status: number; body: Json }> {
  const headers: Record<string, string> = { Accept: "application/json" };
  if (token !== null) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const res = await fetch(`${sim.baseUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as Json };
}
const create = (interview: Json) => call("POST", "/api/v1/interviews", { interview });
const valid = { kind: "video_call", start_at: "2025-12-02T09:00:00Z", end_at: "2025-12-02T09:30:00Z", interviewee_id: 296, interviewer_id: 1040 };

beforeAll(async () => {
  sim = await startSimulator(drvnSimulator, { prefix: "/sandbox/drvn", secret: SECRET });
});
afterAll(() => sim.close());
beforeEach(async () => {
  await fetch(`${sim.baseUrl}/__control/reset`, { method: "POST" });
});

describe("DRVN simulator: auth", () => {
  it.each([["no token", null], ["a wrong token", "not-the-token"]])("answers %s with 401 and the devise body", async (_label, token) => {
    const res = await call("PATCH", "/api/v1/interviews/27", { interview: { location: "x" } }, token);
    expect(res).toEqual({ status: 401, body: { error: "You need to sign in or sign up before continuing." } });
  });
});

describe("DRVN simulator: documented examples and seed", () => {
  it("answers the doc's PATCH request with exactly the doc's response", async () => {
    expect(await call("PATCH", "/api/v1/interviews/27", docRequest)).toEqual({ status: 200, body: docResponse });
  });

  it.each([
    [DRVN_SEED.pendingInterview, "pending"],
    [DRVN_SEED.scheduledInterview, "scheduled"],
    [DRVN_SEED.rejectedInterview, "rejected"],
    [DRVN_SEED.amendedInterview, "amended"],
  ])("seeds interview %s as %s", async (id, status) => {
    const res = await call("PATCH", `/api/v1/interviews/${id}`, { interview: { location: "seed check" } });
    expect(res.body.interview.status).toBe(status);
  });
});

describe("DRVN simulator: create", () => {
  it("answers 200 with a pending interview, ids from 100, and moves the interviewee to `interview`", async () => {
    const first = await create({ ...valid, location: "https://meet.example.com/new" });
    expect(first.status).toBe(200);
    expect(first.body.interview).toMatchObject({
      id: 100, status: "pending", kind: "video_call", start_at: "2025-12-02T09:00:00.000Z", end_at: "2025-12-02T09:30:00.000Z",
      amended_by: null, interviewee_id: 296, interviewer: { id: 1040, title: "Patrick Waelchi" },
    });
    expect(first.body.interview.interviewee).toMatchObject({ id: 296, kind: "interview", currency: "GBP", driver: { title: "Siobhan Gallagher" } });
    expect((await create(valid)).body.interview).toMatchObject({ id: 101, location: null });
  });

  it("requires every documented field (422 can't be blank)", async () => {
    const res = await create({ location: "only this" });
    expect(res).toEqual({
      status: 422,
      body: {
        errors: {
          kind: ["can't be blank"], start_at: ["can't be blank"], end_at: ["can't be blank"],
          interviewee: ["must exist"], interviewer: ["must exist"],
        },
      },
    });
  });

  it.each([
    [{ kind: "phone" }, { kind: ["is not included in the list"] }],
    [{ end_at: "2025-12-02T09:00:00Z" }, { end_at: ["must be after start_at"] }],
    [{ start_at: "next tuesday" }, { start_at: ["can't be blank"] }],
    [{ interviewer_id: 1999 }, { interviewer: ["must exist"] }],
    [{ interviewee_id: "not-an-id" }, { interviewee: ["must exist"] }],
  ])("rejects %j with 422 %j", async (change, errors) => {
    expect(await create({ ...valid, ...change })).toEqual({ status: 422, body: { errors } });
  });

  it("answers a body without `interview` with 400, as Rails' params.require does", async () => {
    expect((await call("POST", "/api/v1/interviews", { kind: "video_call" })).status).toBe(400);
    expect((await call("POST", "/api/v1/interviews", { interview: {} })).status).toBe(400);
  });
});

describe("DRVN simulator: update", () => {
  it("validates the merged record and changes nothing on failure", async () => {
    const bad = await call("PATCH", "/api/v1/interviews/27", { interview: { location: "lost", start_at: "2025-11-20T10:00:00Z" } });
    expect(bad).toEqual({ status: 422, body: { errors: { end_at: ["must be after start_at"] } } });
    const after = await call("PATCH", "/api/v1/interviews/27", { interview: { kind: "in_person" } });
    expect(after.body.interview).toMatchObject({ kind: "in_person", location: "https://google.meet", start_at: "2025-11-20T08:43:06.000Z" });
  });

  it("ignores fields it does not permit", async () => {
    const res = await call("PATCH", "/api/v1/interviews/27", { interview: { status: "scheduled", location: "Depot 9" } });
    expect(res.body.interview).toMatchObject({ status: "pending", location: "Depot 9" });
  });
});

describe("DRVN simulator: accept, reject and amend (DOC)", () => {
  it.each(["/api/v1/interviews/27/accept", "/api/v1/users/interviews/27/accept"])("POST %s schedules the interview", async (path) => {
    const res = await call("POST", path, {});
    expect(res.body.interview.status).toBe("scheduled");
    const later = await call("PATCH", "/api/v1/interviews/27", { interview: { location: "Depot 1" } });
    expect(later.body.interview.status).toBe("scheduled");
  });

  it("reject sets `rejected` and the interviewee's kind to `rejected`", async () => {
    const res = await call("POST", "/api/v1/users/interviews/27/reject", {});
    expect(res.body.interview).toMatchObject({ status: "rejected", interviewee: { id: 295, kind: "rejected" } });
  });

  it("amend records the proposed time and keeps the original one", async () => {
    const res = await call("POST", "/api/v1/users/interviews/27/amend", {
      interview: { amend_start_at: "2025-11-21T08:00:00Z", amend_end_at: "2025-11-21T08:30:00Z" },
    });
    expect(res.body.interview).toMatchObject({
      status: "amended", amended_by: "interviewee", amend_start_at: "2025-11-21T08:00:00.000Z", amend_end_at: "2025-11-21T08:30:00.000Z",
      start_at: "2025-11-20T08:43:06.000Z", end_at: "2025-11-20T09:13:06.000Z",
    });
  });

  it("amend requires both proposed times", async () => {
    const res = await call("POST", "/api/v1/users/interviews/27/amend", { interview: { amend_start_at: "2025-11-21T08:00:00Z" } });
    expect(res).toEqual({ status: 422, body: { errors: { amend_end_at: ["can't be blank"] } } });
  });

  it.each([
    ["PATCH", "/api/v1/interviews/9999", { interview: { location: "x" } }],
    ["POST", "/api/v1/interviews/9999/accept", {}],
    ["POST", "/api/v1/users/interviews/9999/accept", {}],
    ["POST", "/api/v1/users/interviews/9999/reject", {}],
    ["POST", "/api/v1/users/interviews/abc/amend", { interview: { amend_start_at: "2025-11-21T08:00:00Z" } }],
  ])("%s %s answers 404 for an unknown interview", async (method, path, body) => {
    expect(await call(method, path, body)).toEqual({ status: 404, body: { error: "Not Found" } });
  });
});

describe("DRVN simulator: control", () => {
  it("reset restores the seed and the id counter", async () => {
    await call("POST", "/api/v1/users/interviews/27/reject", {});
    await create(valid);
    await fetch(`${sim.baseUrl}/__control/reset`, { method: "POST" });
    expect(await (await fetch(`${sim.baseUrl}/__control/last-request`)).json()).toEqual({ request: null });
    expect((await call("PATCH", "/api/v1/interviews/27", { interview: { location: "x" } })).body.interview.status).toBe("pending");
    expect((await create(valid)).body.interview.id).toBe(100);
  });

  it("counts API requests by route, not control requests", async () => {
    await call("POST", "/api/v1/users/interviews/27/accept", {});
    await fetch(`${sim.baseUrl}/__control/last-request`);
    expect(sim.control.stats()).toMatchObject({ total: 1, byRoute: { "POST /api/v1/users/interviews/:id/accept": 1 } });
  });
});
