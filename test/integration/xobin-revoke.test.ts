import { ErrorCode, InviteStatus, ProviderMode } from "../../src/domain/enums";
import { InvalidIdError } from "../../src/domain/ids";
import { parseId } from "../../src/providers/ids";
import type { ProviderAdapter } from "../../src/providers/adapter";
import { ProviderBusinessError, ProviderUnavailableError } from "../../src/providers/errors";
import { createXobinAdapter, XOBIN_SEED, xobinSimulator } from "../../src/providers/xobin";
import type { Invite } from "../../src/domain/entities";
import { startSimulator, type RunningSimulator } from "../helpers/sim-server";

const SECRET = "test-xobin-api-key-1234";
const PREFIX = "/sandbox/xobin";
let sim: RunningSimulator;
let xobin: Required<ProviderAdapter>;
const ai = (n: string) => parseId(`xobin:ai-invite:${n}`);
const asmt = (n: string) => parseId(`xobin:assessment-invite:${n}`);
const revoke = (id: ReturnType<typeof parseId>, notifyCandidate?: boolean) => xobin.revokeInvite(id, { notifyCandidate });
const statusOf = async (id: ReturnType<typeof parseId>) => ((await xobin.getInvites([id]))[0] as Invite).status;
const calls = (route: string) => sim.control.stats().byRoute[route] ?? 0;

beforeAll(async () => {
  sim = await startSimulator(xobinSimulator, { prefix: PREFIX, secret: SECRET });
  xobin = createXobinAdapter({ mode: ProviderMode.SANDBOX, baseUrl: sim.baseUrl, secret: SECRET, timeoutMs: 2000, maxConcurrency: 8 }) as Required<ProviderAdapter>;
});
afterAll(() => sim.close());
beforeEach(async () => {
  await fetch(`${sim.baseUrl}/__control/reset`, { method: "POST" });
});

describe("Xobin revoke: AI interview invites (PATCH)", () => {
  it("revokes, the invite then reads REVOKED, and a second revoke is ALREADY_REVOKED", async () => {
    await revoke(ai(XOBIN_SEED.pendingAiInvite), true);
    expect(calls("PATCH /ai-interviews/invite/revoke")).toBe(1);
    expect(await statusOf(ai(XOBIN_SEED.pendingAiInvite))).toBe(InviteStatus.REVOKED);
    const again = await revoke(ai(XOBIN_SEED.pendingAiInvite)).catch((e: unknown) => e);
    expect(again).toBeInstanceOf(ProviderBusinessError);
    expect(again).toMatchObject({ code: ErrorCode.ALREADY_REVOKED, retryable: false });
  });

  it("reports ALREADY_REVOKED for the seeded revoked invite", async () => {
    await expect(revoke(ai(XOBIN_SEED.revokedAiInvite))).rejects.toMatchObject({ code: ErrorCode.ALREADY_REVOKED });
  });

  it("reports NOT_ALLOWED with Xobin's timestamp as ISO-8601 UTC", async () => {
    const err = (await revoke(ai(XOBIN_SEED.notAllowedAiInvite)).catch((e: unknown) => e)) as ProviderBusinessError;
    expect(err).toMatchObject({ code: ErrorCode.NOT_ALLOWED, retryable: false });
    expect(err.message).toContain("2025-01-15T10:32:45.000Z");
    expect(await statusOf(ai(XOBIN_SEED.notAllowedAiInvite))).toBe(InviteStatus.PENDING);
  });

  it("reports FAILED as a retryable PROVIDER_UNAVAILABLE and leaves the invite as it was", async () => {
    const err = await revoke(ai(XOBIN_SEED.failingRevokeAiInvite)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProviderUnavailableError);
    expect(err).toMatchObject({ code: ErrorCode.PROVIDER_UNAVAILABLE, retryable: true });
    expect(await statusOf(ai(XOBIN_SEED.failingRevokeAiInvite))).toBe(InviteStatus.PENDING);
  });

  it("reports NOT_FOUND for an unknown invite", async () => {
    await expect(revoke(ai("999999"))).rejects.toMatchObject({ code: ErrorCode.NOT_FOUND });
  });
});

describe("Xobin revoke: assessment invites (POST)", () => {
  it("revokes, the report then reads REVOKED, and a second revoke is ALREADY_REVOKED", async () => {
    await revoke(asmt(XOBIN_SEED.pendingAssessmentInvite), false);
    expect(calls("POST /assessments/invite/revoke")).toBe(1);
    expect(calls("PATCH /ai-interviews/invite/revoke")).toBe(0);
    expect(await statusOf(asmt(XOBIN_SEED.pendingAssessmentInvite))).toBe(InviteStatus.REVOKED);
    await expect(revoke(asmt(XOBIN_SEED.pendingAssessmentInvite))).rejects.toMatchObject({ code: ErrorCode.ALREADY_REVOKED });
  });

  it("reports NOT_ALLOWED with the timestamp", async () => {
    await expect(revoke(asmt(XOBIN_SEED.notAllowedAssessmentInvite))).rejects.toMatchObject({
      code: ErrorCode.NOT_ALLOWED,
      message: expect.stringContaining("2025-01-15T10:32:45.000Z"),
    });
  });

  it("reports ERROR_REVOKING as a retryable PROVIDER_UNAVAILABLE", async () => {
    await expect(revoke(asmt(XOBIN_SEED.errorRevokingAssessmentInvite))).rejects.toMatchObject({ code: ErrorCode.PROVIDER_UNAVAILABLE, retryable: true });
  });

  it("refuses an id that is not an invite, before any call", async () => {
    await expect(revoke(parseId("xobin:assessment:53280"))).rejects.toBeInstanceOf(InvalidIdError);
    expect(sim.control.stats().total).toBe(0);
  });
});

describe("Xobin revoke: the body status decides, whatever the HTTP code", () => {
  it("accepts a REVOKED body that comes with a non-2xx code", async () => {
    // The seeded invite would answer NOT_ALLOWED, so only the injected answer can make this pass.
    sim.control.setFaults([{ match: "PATCH /ai-interviews/invite/revoke", status: 400, body: { status: "REVOKED", message: "Invite Revoked successfully." } }]);
    await expect(revoke(ai(XOBIN_SEED.notAllowedAiInvite))).resolves.toBeUndefined();
    expect(calls("PATCH /ai-interviews/invite/revoke")).toBe(1);
  });

  it("reads a NOT_ALLOWED body that comes with a 409", async () => {
    sim.control.setFaults([{ status: 409, body: { status: "NOT_ALLOWED", message: "Invite was sent before the latest plan change", timestamp: "2025-02-01 08:00:00" } }]);
    await expect(revoke(asmt(XOBIN_SEED.pendingAssessmentInvite))).rejects.toMatchObject({
      code: ErrorCode.NOT_ALLOWED,
      message: expect.stringContaining("2025-02-01T08:00:00.000Z"),
    });
  });

  it("reads an unknown status on a 200 as PROVIDER_UNAVAILABLE naming it", async () => {
    sim.control.setFaults([{ status: 200, body: { status: "QUEUED", message: "Later" } }]);
    await expect(revoke(ai(XOBIN_SEED.pendingAiInvite))).rejects.toMatchObject({
      code: ErrorCode.PROVIDER_UNAVAILABLE,
      message: expect.stringContaining("QUEUED"),
    });
  });

  it("reports OUTCOME_UNKNOWN when the answer is lost after Xobin applied the revoke", async () => {
    sim.control.setFaults([{ match: "PATCH", dropAfterHandling: true, times: 1 }]);
    await expect(revoke(ai(XOBIN_SEED.pendingAiInvite))).rejects.toMatchObject({ code: ErrorCode.OUTCOME_UNKNOWN });
    expect(await statusOf(ai(XOBIN_SEED.pendingAiInvite))).toBe(InviteStatus.REVOKED);
    expect(calls("PATCH /ai-interviews/invite/revoke")).toBe(1);
  });
});
