import { expectEntity } from "../helpers/entities";
import { ErrorCode, InviteStatus, Provider, ProviderMode } from "../../src/domain/enums";
import { formatId } from "../../src/domain/ids";
import { parseId } from "../../src/providers/ids";
import type { CreateInviteRequest, ProviderAdapter } from "../../src/providers/adapter";
import type { AdapterDeps } from "../../src/providers/deps";
import { ALFAONE_SEED, alfaoneSimulator, createAlfaoneAdapter } from "../../src/providers/alfaone";
import { createAlfaoneClient } from "../../src/providers/alfaone/client";
import { startSimulator, type RunningSimulator } from "../helpers/sim-server";

const SECRET = "ak_test_4f9c2d7e8a1b3c5d6e7f8091a2b3c4d5";
const DAY_MS = 86_400_000;
const salesPitch = parseId(formatId(Provider.ALFAONE, "assessment", ALFAONE_SEED.salesPitchAssessment));
const request: CreateInviteRequest = { assessment: salesPitch, candidate: { name: "Ana Silva", email: "ana.silva@example.com" } };

let sim: RunningSimulator;
let deps: AdapterDeps;
let adapter: ProviderAdapter;
const upstream = () => sim.control.stats();

beforeAll(async () => {
  sim = await startSimulator(alfaoneSimulator, { prefix: "/sandbox/alfaone", secret: SECRET });
  deps = { mode: ProviderMode.SANDBOX, baseUrl: sim.baseUrl, secret: SECRET, timeoutMs: 2000, maxConcurrency: 8 };
  adapter = createAlfaoneAdapter(deps);
});
afterAll(() => sim.close());
beforeEach(async () => {
  await fetch(`${sim.baseUrl}/__control/reset`, { method: "POST" });
  sim.control.clear();
});

describe("AlfaOne createInvite", () => {
  it("creates a pending invite with no recipient name, expiring after the default 30 days", async () => {
    const created = await adapter.createInvite!(request);
    expectEntity(created, "Invite");
    expect(created).toMatchObject({ status: InviteStatus.PENDING, providerStatus: "pending", grader: null });
    expect(created.id).toMatch(/^alfaone:invite:[0-9a-f-]{36}$/);
    expect(created.candidate).toMatchObject({ name: null, email: "ana.silva@example.com" });
    expect(created.assessment).toMatchObject({ id: salesPitch.id, name: "Sales Pitch Recording" });
    expect(Math.abs(created.sentAt!.getTime() - Date.now())).toBeLessThan(5_000);
    expect(created.expiresAt!.getTime() - created.sentAt!.getTime()).toBe(30 * DAY_MS);
    expect(upstream().byRoute).toEqual({ "POST /invites": 1 });
  });

  it("persists the new invite for later reads and lists", async () => {
    const created = await adapter.createInvite!(request);
    const [read] = await adapter.getInvites!([parseId(created.id)]);
    expect(read).toMatchObject({ id: created.id, status: InviteStatus.PENDING });
    const page = await adapter.listInvites!({ page: 1, limit: 3, assessment: salesPitch, status: InviteStatus.PENDING });
    expect(page.items[0].id).toBe(created.id);
    expect(page.total).toBe(2);
    expect((await adapter.listInvites!({ page: 1, limit: 3 })).total).toBe(10);
  });

  it("turns expiresAt into whole days from now, rounded up", async () => {
    const created = await adapter.createInvite!({ ...request, expiresAt: new Date(Date.now() + 36 * 3_600_000) });
    expect(created.expiresAt!.getTime() - created.sentAt!.getTime()).toBe(2 * DAY_MS);
  });

  it("sends the AlfaOne options, which AlfaOne stores on the invite", async () => {
    const created = await adapter.createInvite!({
      ...request,
      alfaone: { questionReplayLimit: 2, answerRecordLimit: 3, screenRecording: false },
    });
    const raw = await createAlfaoneClient(deps).getInvite(created.providerId);
    expect(raw).toMatchObject({
      questionReplayLimit: 2,
      answerRecordLimit: 3,
      proctoringSettings: { screenRecording: false, webcamMonitoring: true, requireIdCapture: true },
      recipientName: null,
    });
  });

  it("maps an unknown assessment (404) to NOT_FOUND and creates nothing", async () => {
    const unknown = parseId("alfaone:assessment:00000000-0000-4000-8000-000000000000");
    await expect(adapter.createInvite!({ ...request, assessment: unknown })).rejects.toMatchObject({
      code: ErrorCode.NOT_FOUND,
      message: expect.stringContaining("Assessment not found"),
    });
    expect((await adapter.listInvites!({ page: 1, limit: 3 })).total).toBe(9);
  });

  it("maps AlfaOne's 400 for a malformed email to PROVIDER_REJECTED with its reason", async () => {
    await expect(adapter.createInvite!({ ...request, candidate: { email: "not-an-email" } })).rejects.toMatchObject({
      code: ErrorCode.PROVIDER_REJECTED,
      status: 400,
      message: expect.stringContaining("recipientEmail must be a valid email address"),
    });
  });

  it.each([
    [{ sendEmail: false }, "sendEmail"],
    [{ startsAt: new Date(Date.now() + DAY_MS) }, "startsAt"],
    [{ expiresAt: new Date(Date.now() - 60_000) }, "expiresAt"],
  ] as Array<[Partial<CreateInviteRequest>, string]>)("refuses %p as INVALID_INPUT on %s without calling AlfaOne", async (extra, field) => {
    await expect(adapter.createInvite!({ ...request, ...extra })).rejects.toMatchObject({ code: ErrorCode.INVALID_INPUT, field: [field] });
    expect(upstream().total).toBe(0);
  });
});

describe("AlfaOne client reads", () => {
  it("returns the full get-invite object, including fields the domain does not carry", async () => {
    const raw = await createAlfaoneClient(deps).getInvite(ALFAONE_SEED.acceptedInvite);
    expect(raw).toMatchObject({
      status: "accepted",
      acceptedAt: "2026-11-13T10:05:00.000Z",
      assignedGrader: { id: ALFAONE_SEED.graderPriya, firstName: "Priya", lastName: "Raman" },
      customMessage: expect.any(String),
    });
  });

  it("returns list items with the documented list fields and status only", async () => {
    const { invites, pagination } = await createAlfaoneClient(deps).listInvites({ limit: 1, sort: "expires_at", order: "asc" });
    expect(invites[0].id).toBe(ALFAONE_SEED.expiredInvite);
    expect(invites[0]).not.toHaveProperty("assignedGrader");
    expect(invites[0]).toHaveProperty("status", "expired");
    expect(pagination).toEqual({ page: 1, limit: 1, total: 9, totalPages: 9 });
  });
});
