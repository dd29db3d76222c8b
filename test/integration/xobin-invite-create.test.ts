import { expectEntity } from "../helpers/entities";
import { AssessmentKind, ErrorCode, InviteStatus, ProviderMode } from "../../src/domain/enums";
import { InputError } from "../../src/domain/errors";
import { InvalidIdError } from "../../src/domain/ids";
import { parseId } from "../../src/providers/ids";
import type { ProviderAdapter } from "../../src/providers/adapter";
import { ProviderBusinessError } from "../../src/providers/errors";
import { createXobinAdapter, XOBIN_SEED, xobinSimulator } from "../../src/providers/xobin";
import { startSimulator, type RunningSimulator } from "../helpers/sim-server";

const SECRET = "test-xobin-api-key-1234";
let sim: RunningSimulator;
let xobin: Required<ProviderAdapter>;
const AI_INTERVIEW = parseId(`xobin:ai-interview:${XOBIN_SEED.aiInterview}`);
const ASSESSMENT = parseId(`xobin:assessment:${XOBIN_SEED.assessment}`);
const candidate = { name: "Ana Lima", email: "ana.lima@example.com" };

beforeAll(async () => {
  sim = await startSimulator(xobinSimulator, { prefix: "/sandbox/xobin", secret: SECRET });
  xobin = createXobinAdapter({ mode: ProviderMode.SANDBOX, baseUrl: sim.baseUrl, secret: SECRET, timeoutMs: 2000, maxConcurrency: 8 }) as Required<ProviderAdapter>;
});
afterAll(() => sim.close());
beforeEach(async () => {
  await fetch(`${sim.baseUrl}/__control/reset`, { method: "POST" });
});

describe("Xobin adapter: createInvite for an AI interview", () => {
  it("creates the invite and the new invite can be read, listed and found by external id", async () => {
    const invite = await xobin.createInvite({
      assessment: AI_INTERVIEW,
      candidate,
      sendEmail: true,
      startsAt: new Date("2030-07-18T10:00:42Z"),
      expiresAt: new Date("2030-07-20T20:30:00Z"),
      externalId: "ATS-42",
    });
    expectEntity(invite, "Invite");
    expect(invite).toMatchObject({
      id: `xobin:ai-invite:${XOBIN_SEED.nextAiInvite}`,
      status: InviteStatus.PENDING,
      providerStatus: "Invite Link created",
      externalId: "ATS-42",
      candidate: { name: "Ana Lima", email: "ana.lima@example.com" },
      assessment: { id: AI_INTERVIEW.id, name: "Senior Data Engineer", kind: AssessmentKind.AI_INTERVIEW },
    });
    expect(invite.inviteUrl).toMatch(/\/app\/copilot\/interview\/cl\/\w+\?inviteToken=[0-9A-F]{64}$/);

    const [read] = await xobin.getInvites([parseId(invite.id)]);
    expect(read).toMatchObject({ id: invite.id, status: InviteStatus.PENDING, candidate: { name: "Ana Lima" } });
    expect(await xobin.findInviteByExternalId(AI_INTERVIEW, "ATS-42")).toMatchObject({ id: invite.id });
    const listed = await xobin.listInvites({ assessment: AI_INTERVIEW, page: 1, limit: 100 });
    expect(listed.items.map((i) => i.id)).toContain(invite.id);
    expect(sim.control.stats().byRoute["POST /ai-interviews/invite"]).toBe(1);
  });

  it("maps the documented 403 limit_exceed to QUOTA_EXCEEDED, not an auth failure", async () => {
    const err = await xobin.createInvite({ assessment: parseId("xobin:ai-interview:306"), candidate }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProviderBusinessError);
    expect(err).toMatchObject({ code: ErrorCode.QUOTA_EXCEEDED, status: 403, retryable: false });
  });

  it("reports NOT_FOUND for an unknown AI interview", async () => {
    await expect(xobin.createInvite({ assessment: parseId("xobin:ai-interview:999"), candidate })).rejects.toMatchObject({ code: ErrorCode.NOT_FOUND });
  });

  it("requires the candidate name before any call", async () => {
    const err = await xobin.createInvite({ assessment: AI_INTERVIEW, candidate: { email: "x@example.com" } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect(err).toMatchObject({ field: ["candidate", "name"] });
    expect(sim.control.stats().total).toBe(0);
  });

  it("refuses an id that names no assessment, before any call", async () => {
    await expect(xobin.createInvite({ assessment: parseId("xobin:ai-invite:7401"), candidate })).rejects.toBeInstanceOf(InvalidIdError);
    expect(sim.control.stats().total).toBe(0);
  });
});

describe("Xobin adapter: createInvite for an assessment", () => {
  it("creates the invite, which then reads as PENDING", async () => {
    const invite = await xobin.createInvite({ assessment: ASSESSMENT, candidate, expiresAt: new Date("2030-01-01T00:00:00Z") });
    expect(invite).toMatchObject({
      id: `xobin:assessment-invite:${XOBIN_SEED.nextAssessmentInvite}`,
      status: InviteStatus.PENDING,
      assessment: { id: ASSESSMENT.id, kind: AssessmentKind.SKILLS_TEST, name: null },
    });
    expect(invite.inviteUrl).toMatch(/^https:\/\//);
    const [read] = await xobin.getInvites([parseId(invite.id)]);
    expect(read).toMatchObject({ status: InviteStatus.PENDING, candidate: { name: "Ana Lima", email: "ana.lima@example.com" }, score: null });
    expect(sim.control.stats().byRoute["POST /assessments/invite"]).toBe(1);
  });

  it("refuses a start date, which Xobin assessment invites cannot carry, before any call", async () => {
    const err = await xobin.createInvite({ assessment: ASSESSMENT, candidate, startsAt: new Date("2030-01-01T00:00:00Z") }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: ErrorCode.INVALID_INPUT, field: ["startsAt"] });
    expect(sim.control.stats().total).toBe(0);
  });

  it("creates the invite with an externalId it does not send (hiregraph's record keeps it)", async () => {
    const invite = await xobin.createInvite({ assessment: ASSESSMENT, candidate, externalId: "ATS-1" });
    expect(invite.id).toMatch(/^xobin:assessment-invite:/);
    expect(sim.control.stats().byRoute["POST /assessments/invite"]).toBeGreaterThan(0);
  });

  it("reports NOT_FOUND for an unknown assessment", async () => {
    await expect(xobin.createInvite({ assessment: parseId("xobin:assessment:1"), candidate })).rejects.toMatchObject({ code: ErrorCode.NOT_FOUND });
  });
});
