import { expectEntity } from "../helpers/entities";
import { Capability, ErrorCode, InterviewFormat, InterviewStatus, ProviderMode } from "../../src/domain/enums";
import { rejection } from "../helpers/caught";
import { InputError } from "../../src/domain/errors";
import { parseId } from "../../src/providers/ids";
import type { ProviderAdapter } from "../../src/providers/adapter";
import { createDrvnAdapter, drvnSimulator, DRVN_SEED } from "../../src/providers/drvn";
import {
  ProviderAuthError,
  ProviderNotFoundError,
  ProviderOutcomeUnknownError,
  ProviderValidationError,
} from "../../src/providers/errors";
import { toInterview as toDrvnInterview } from "../../src/providers/drvn/mapper";
import type { DrvnInterview } from "../../src/providers/drvn/types";
import docRequest from "../fixtures/drvn/update-interview-request.json";
import docResponse from "../fixtures/drvn/update-interview-response.json";
import { startSimulator, type RunningSimulator } from "../helpers/sim-server";

const SECRET = "test.drvn.bearer.token";
const interviewId = (native: string) => parseId(`drvn:interview:${native}`);
const at = (iso: string) => new Date(iso);

let sim: RunningSimulator;
let drvn: ProviderAdapter;
const adapterWith = (overrides: { secret?: string; timeoutMs?: number } = {}) =>
  createDrvnAdapter({ mode: ProviderMode.SANDBOX, baseUrl: sim.baseUrl, secret: SECRET, timeoutMs: 2000, maxConcurrency: 8, ...overrides });

/** What the simulator last received (`GET /__control/last-request`). */
async function lastRequest(): Promise<{ method: string; url: string; headers: Record<string, string>; body: unknown }> {
  const res = await fetch(`${sim.baseUrl}/__control/last-request`);
  return ((await res.json()) as { request: never }).request;
}
const update = (native: string, fields: Parameters<NonNullable<ProviderAdapter["updateInterview"]>>[1]) =>
  drvn.updateInterview!(interviewId(native), fields);
const failure = rejection;
const newInterview = {
  format: InterviewFormat.IN_PERSON,
  startAt: at("2025-12-01T10:00:00.000Z"),
  endAt: at("2025-12-01T10:30:00.000Z"),
  interviewerId: DRVN_SEED.otherInterviewer,
  candidateId: DRVN_SEED.otherInterviewee,
  location: "DRVN Depot, 3 Example Way, Bristol BS1 6QA",
};

beforeAll(async () => {
  sim = await startSimulator(drvnSimulator, { prefix: "/sandbox/drvn", secret: SECRET });
  drvn = adapterWith();
});
afterAll(() => sim.close());
beforeEach(async () => {
  await fetch(`${sim.baseUrl}/__control/reset`, { method: "POST" });
});

describe("DRVN adapter: what it offers", () => {
  it("declares only create and update, and has no read, list or cancel methods", () => {
    expect(drvn.capabilities).toEqual([Capability.CREATE_INTERVIEW, Capability.UPDATE_INTERVIEW]);
    expect(drvn.getInvites).toBeUndefined();
    expect(drvn.listInvites).toBeUndefined();
    expect(drvn.cancelInvite).toBeUndefined();
    expect(drvn.mode).toBe(ProviderMode.SANDBOX);
  });
});

describe("DRVN createInterview: POST /api/v1/interviews", () => {
  it("sends the documented nested body and headers, and maps the 200 answer", async () => {
    const created = await drvn.createInterview!(newInterview);
    expect(await lastRequest()).toEqual({
      method: "POST",
      url: "/api/v1/interviews",
      headers: { accept: "application/json", "content-type": "application/json" },
      body: {
        interview: {
          kind: "in_person", start_at: "2025-12-01T10:00:00Z", end_at: "2025-12-01T10:30:00Z",
          interviewee_id: 296, interviewer_id: 1041, location: newInterview.location,
        },
      },
    });
    expectEntity(created, "Interview");
    expect(created).toMatchObject({
      id: "drvn:interview:100", providerId: "100", status: InterviewStatus.PENDING, providerStatus: "pending",
      format: InterviewFormat.IN_PERSON, location: newInterview.location, startAt: newInterview.startAt, endAt: newInterview.endAt,
    });
    expect(created.interviewer).toMatchObject({ id: "drvn:grader:1041", name: "Amara Okafor", phone: "+44 7700 900461" });
    expect(created.candidate).toMatchObject({ id: "drvn:candidate:296", name: "Siobhan Gallagher" });
  });

  it("gives each new interview the next id, and later updates see it", async () => {
    const { location: _omitted, ...withoutLocation } = newInterview;
    expect((await drvn.createInterview!(withoutLocation)).id).toBe("drvn:interview:100");
    expect((await lastRequest()).body).toEqual({ interview: expect.not.objectContaining({ location: expect.anything() }) });
    expect((await drvn.createInterview!(newInterview)).id).toBe("drvn:interview:101");
    const updated = await update("100", { location: "https://meet.example.com/drvn-100" });
    expect(updated).toMatchObject({ format: InterviewFormat.IN_PERSON, startAt: newInterview.startAt, location: "https://meet.example.com/drvn-100" });
    expect(sim.control.stats().byRoute).toEqual({ "POST /api/v1/interviews": 2, "PATCH /api/v1/interviews/:id": 1 });
  });

  it("reports an unknown interviewer as the provider's readable 422 reason", async () => {
    const err = await failure(drvn.createInterview!({ ...newInterview, interviewerId: "1999" }));
    expect(err).toBeInstanceOf(ProviderValidationError);
    expect(err).toMatchObject({ code: ErrorCode.PROVIDER_REJECTED, status: 422, message: "DRVN rejected the interview: interviewer must exist" });
  });

  it("refuses a missing required field or an UNKNOWN format before any upstream call", async () => {
    const { candidateId: _omitted, ...noCandidate } = newInterview;
    await expect(drvn.createInterview!(noCandidate as typeof newInterview)).rejects.toMatchObject({ code: ErrorCode.INVALID_INPUT, field: ["candidateId"] });
    await expect(drvn.createInterview!({ ...newInterview, format: InterviewFormat.UNKNOWN })).rejects.toMatchObject({ field: ["format"] });
    expect(sim.control.stats().total).toBe(0);
  });
});

describe("DRVN updateInterview: PATCH /api/v1/interviews/:id", () => {
  it("sends the doc example's fields and maps the doc's answer", async () => {
    const updated = await update(DRVN_SEED.pendingInterview, {
      location: "https://google.meet", startAt: at("2025-11-20T08:43:06Z"), endAt: at("2025-11-20T09:13:06Z"),
      interviewerId: "1040", candidateId: "295",
    });
    expect(await lastRequest()).toMatchObject({ method: "PATCH", url: "/api/v1/interviews/27", body: docRequest });
    expect(updated).toEqual(toDrvnInterview(docResponse.interview as DrvnInterview));
    expect(updated).toMatchObject({ id: "drvn:interview:27", status: InterviewStatus.PENDING, format: InterviewFormat.VIDEO_CALL });
  });

  it("sends exactly the fields given, and DRVN keeps the rest", async () => {
    const updated = await update(DRVN_SEED.pendingInterview, { endAt: at("2025-11-20T09:30:00.250Z") });
    expect((await lastRequest()).body).toEqual({ interview: { end_at: "2025-11-20T09:30:00Z" } });
    expect(updated.endAt?.toISOString()).toBe("2025-11-20T09:30:00.000Z");
    expect(updated.startAt?.toISOString()).toBe("2025-11-20T08:43:06.000Z");
    expect(updated.location).toBe("https://google.meet");

    await update(DRVN_SEED.pendingInterview, { format: InterviewFormat.IN_PERSON, location: "Depot 2" });
    expect((await lastRequest()).body).toEqual({ interview: { kind: "in_person", location: "Depot 2" } });
  });

  it("persists changes across calls", async () => {
    await update(DRVN_SEED.pendingInterview, { interviewerId: DRVN_SEED.otherInterviewer });
    const later = await update(DRVN_SEED.pendingInterview, { location: "https://meet.example.com/later" });
    expect(later.interviewer?.id).toBe("drvn:grader:1041");
    expect(later.location).toBe("https://meet.example.com/later");
  });

  it("keeps the status as it is (DOC: a pending interview stays pending)", async () => {
    const scheduled = await update(DRVN_SEED.scheduledInterview, { location: "Depot 5" });
    expect(scheduled).toMatchObject({ status: InterviewStatus.SCHEDULED, providerStatus: "scheduled" });
    const amended = await update(DRVN_SEED.amendedInterview, { location: "https://meet.example.com/drvn-30b" });
    expect(amended.status).toBe(InterviewStatus.RESCHEDULE_REQUESTED);
    expect(amended.proposedStartAt?.toISOString()).toBe("2025-11-26T13:00:00.000Z");
    const rejected = await update(DRVN_SEED.rejectedInterview, { location: "https://meet.example.com/drvn-29b" });
    expect(rejected.status).toBe(InterviewStatus.DECLINED);
  });

  it("turns 422 errors objects into readable PROVIDER_REJECTED messages", async () => {
    const early = await failure(update(DRVN_SEED.pendingInterview, { endAt: at("2025-11-20T08:00:00Z") }));
    expect(early).toMatchObject({ code: ErrorCode.PROVIDER_REJECTED, message: "DRVN rejected the interview: end_at must be after start_at" });
    const stranger = await failure(update(DRVN_SEED.pendingInterview, { candidateId: "4242" }));
    expect(stranger).toMatchObject({ message: "DRVN rejected the interview: interviewee must exist" });
  });

  it("reports an unknown interview as NOT_FOUND", async () => {
    const err = await failure(update(DRVN_SEED.unknownInterview, { location: "x" }));
    expect(err).toBeInstanceOf(ProviderNotFoundError);
    expect(err).toMatchObject({ code: ErrorCode.NOT_FOUND, status: 404 });
  });

  it("refuses an empty update and a non-interview id before any upstream call", async () => {
    const empty = await failure(update(DRVN_SEED.pendingInterview, {}));
    expect(empty).toBeInstanceOf(InputError);
    expect(empty).toMatchObject({ code: ErrorCode.INVALID_INPUT, field: ["id"] });
    await expect(drvn.updateInterview!(parseId("drvn:grader:1040"), { location: "x" })).rejects.toMatchObject({ code: ErrorCode.INVALID_ID });
    expect(sim.control.stats().total).toBe(0);
  });
});

describe("DRVN bearer token", () => {
  it("a wrong token is PROVIDER_AUTH_FAILED, leaks no token, and changes nothing", async () => {
    const err = await failure(adapterWith({ secret: "wrong.drvn.bearer.token" }).updateInterview!(interviewId("27"), { location: "hijacked" }));
    expect(err).toBeInstanceOf(ProviderAuthError);
    expect(err).toMatchObject({ code: ErrorCode.PROVIDER_AUTH_FAILED, status: 401, retryable: false });
    expect((err as Error).message).toContain("You need to sign in");
    expect((err as Error).message).not.toContain("wrong.drvn.bearer.token");
    expect((await update("27", { startAt: at("2025-11-20T08:43:06Z") })).location).toBe("https://google.meet");
  });

  it("the configured token is accepted", async () => {
    await expect(update("27", { location: "ok" })).resolves.toMatchObject({ location: "ok" });
  });
});

describe("DRVN upstream faults (DRVN has no read endpoint, so every call here is a write)", () => {
  it("5xx is PROVIDER_UNAVAILABLE and retryable, and is not retried by the adapter", async () => {
    sim.control.setFaults([{ status: 503, times: 1 }]);
    await expect(update("27", { location: "x" })).rejects.toMatchObject({ code: ErrorCode.PROVIDER_UNAVAILABLE, retryable: true, status: 503 });
    expect(sim.control.stats().total).toBe(1);
    await expect(update("27", { location: "x" })).resolves.toMatchObject({ location: "x" });
    expect(sim.control.stats().total).toBe(2);
  });

  it("429 with Retry-After is RATE_LIMITED with retryAfterSeconds", async () => {
    sim.control.setFaults([{ match: "POST /api/v1/interviews", status: 429, retryAfter: "7" }]);
    await expect(drvn.createInterview!(newInterview)).rejects.toMatchObject({ code: ErrorCode.RATE_LIMITED, retryable: true, retryAfterSeconds: 7 });
    await expect(update("27", { location: "unaffected" })).resolves.toMatchObject({ location: "unaffected" });
  });

  it("a 200 that is not JSON is OUTCOME_UNKNOWN (the write may have been applied)", async () => {
    sim.control.setFaults([{ malformed: true }]);
    await expect(drvn.createInterview!(newInterview)).rejects.toBeInstanceOf(ProviderOutcomeUnknownError);
    expect(sim.control.stats().byRoute).toEqual({ "POST /api/v1/interviews": 1 });
  });

  it("a hang past timeoutMs is OUTCOME_UNKNOWN after exactly one request", async () => {
    sim.control.setFaults([{ hang: true }]);
    const started = Date.now();
    const err = await failure(adapterWith({ timeoutMs: 150 }).updateInterview!(interviewId("27"), { location: "slow" }));
    expect(err).toMatchObject({ code: ErrorCode.OUTCOME_UNKNOWN, retryable: true });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(sim.control.stats().total).toBe(1);
  });

  it("an answer lost after DRVN applied the change is OUTCOME_UNKNOWN, and the change persists", async () => {
    sim.control.setFaults([{ dropAfterHandling: true, times: 1 }]);
    await expect(update("27", { location: "applied-but-unseen" })).rejects.toMatchObject({ code: ErrorCode.OUTCOME_UNKNOWN });
    const next = await update("27", { endAt: at("2025-11-20T09:20:00Z") });
    expect(next.location).toBe("applied-but-unseen");
  });
});
