import { expectEntity } from "../helpers/entities";
import { InviteStatus } from "../../src/domain/enums";
import { InputError } from "../../src/domain/errors";
import type { CreateInviteRequest } from "../../src/providers/adapter";
import { ProviderBusinessError, ProviderNotFoundError, ProviderValidationError } from "../../src/providers/errors";
import { IMOCHA_SEED } from "../../src/providers/imocha";
import type { ProviderInvite } from "../../src/domain/entities";
import { inviteId, rejection, ROUTES, testId, useImochaSim } from "../fixtures/imocha/sim-harness";

const t = useImochaSim();

const request = (over: Partial<CreateInviteRequest> = {}): CreateInviteRequest => ({
  assessment: testId(IMOCHA_SEED.javascriptTest),
  candidate: { name: "Grace Hopper", email: "grace.hopper@example.com" },
  sendEmail: true,
  startsAt: new Date("2025-07-01T09:00:00.250Z"),
  expiresAt: new Date("2025-07-08T18:00:00.000Z"),
  imocha: { callbackUrl: "https://hooks.example.com/imocha", timeZoneId: 1720, hideInstruction: false, proctoringMode: "video" },
  ...over,
});

async function read(id: string): Promise<ProviderInvite> {
  const [invite] = await t.imocha.getInvites([inviteId(id)]);
  if (invite instanceof Error) throw invite;
  return invite;
}

describe("createInvite (POST /v3/tests/{testId}/invite)", () => {
  it("creates a pending invitation, read back from its report (the invite answer has no status)", async () => {
    const invite = await t.imocha.createInvite(request());
    expectEntity(invite, "Invite");
    expect(invite).toMatchObject({
      status: InviteStatus.PENDING,
      candidate: { name: "Grace Hopper", email: "grace.hopper@example.com" },
      assessment: { id: "imocha:test:1001" },
      expiresAt: new Date("2025-07-08T18:00:00.000Z"),
    });
    expect(invite.id).toMatch(/^imocha:invite:\d+$/);
    expect(invite.inviteUrl).toMatch(/^https:\/\/test\.imocha\.io\/IMInstructions\?/);
    const stored = await read(invite.providerId);
    expect(stored).toMatchObject({ status: InviteStatus.PENDING, candidate: { email: "grace.hopper@example.com" }, assessment: { name: "JavaScript (Intermediate)" } });
    expect(invite.providerStatus).toBe("Pending");
    // The invite, its read-back, and the read above.
    expect(t.sim.control.stats().byRoute).toEqual({ [ROUTES.invite]: 1, [ROUTES.report]: 2 });
  });

  it("returns the existing invitation when the same email is invited to the same test again", async () => {
    const first = await t.imocha.createInvite(request());
    const again = await t.imocha.createInvite(request({ candidate: { name: "Grace Hopper", email: "GRACE.HOPPER@example.com" } }));
    expect(again.id).toBe(first.id);
    const otherTest = await t.imocha.createInvite(request({ assessment: testId(IMOCHA_SEED.sqlTest) }));
    expect(otherTest.id).not.toBe(first.id);
  });

  it("resets a cancelled invitation to Pending when it is re-invited", async () => {
    const seeded = await read(IMOCHA_SEED.cancelledInvite);
    const again = await t.imocha.createInvite(request({ candidate: { name: "Sofia Rossi", email: seeded.candidate.email! } }));
    expect(again.providerId).toBe(IMOCHA_SEED.cancelledInvite);
    expect((await read(IMOCHA_SEED.cancelledInvite)).status).toBe(InviteStatus.PENDING);
  });

  it("leaves a completed invitation as it is when it is re-invited, and reports it as COMPLETED", async () => {
    const again = await t.imocha.createInvite(request({ candidate: { name: "Mei Chen", email: "mei.chen@example.com" } }));
    expect(again).toMatchObject({ providerId: IMOCHA_SEED.completedInvite, status: InviteStatus.COMPLETED, providerStatus: "Complete", score: 34, maxScore: 45 });
    expect(again.inviteUrl).toMatch(/^https:\/\/test\.imocha\.io\//);
    expect((await read(IMOCHA_SEED.completedInvite)).status).toBe(InviteStatus.COMPLETED);
  });

  it("reports the status as UNKNOWN, not PENDING, when the read-back fails", async () => {
    t.sim.control.setFaults([{ match: "GET /v3/reports", status: 500 }]);
    const invite = await t.imocha.createInvite(request({ candidate: { name: "Mei Chen", email: "mei.chen@example.com" } }));
    expect(invite).toMatchObject({ providerId: IMOCHA_SEED.completedInvite, status: InviteStatus.UNKNOWN, providerStatus: null });
  });

  it("refuses a missing name before any call (iMocha requires it)", async () => {
    for (const name of [undefined, "  "]) {
      const err = await rejection(t.imocha.createInvite(request({ candidate: { name, email: "nameless@example.com" } })));
      expect(err).toBeInstanceOf(InputError);
      expect(err).toMatchObject({ code: "INVALID_INPUT", field: ["candidate", "name"] });
    }
    expect(t.sim.control.stats().total).toBe(0);
  });

  it.each([
    ["a malformed email", { candidate: { name: "Ada", email: "not-an-email" } }, "'Email' is not a valid email address."],
  ])("turns iMocha's 400 for %s into PROVIDER_REJECTED with its message", async (_what, over, message) => {
    const err = await rejection(t.imocha.createInvite(request(over)));
    expect(err).toBeInstanceOf(ProviderValidationError);
    expect(err).toMatchObject({ code: "PROVIDER_REJECTED", status: 400 });
    expect(err.message).toContain(message);
  });

  it("reports an unknown test as NOT_FOUND", async () => {
    const err = await rejection(t.imocha.createInvite(request({ assessment: testId("9999") })));
    expect(err).toBeInstanceOf(ProviderNotFoundError);
  });

  it("accepts externalId but never sends it (iMocha stores no caller reference; hiregraph's record keeps it)", async () => {
    const invite = await t.imocha.createInvite(request({ externalId: "ats-123" }));
    expect(invite.id).toMatch(/^imocha:invite:\d+$/);
    expect(t.sim.control.stats().total).toBeGreaterThan(0);
  });
});

describe("cancelInvite (POST /v3/invitations/{id}/cancel)", () => {
  it("cancels a pending invitation; the report then says Cancelled and a second cancel is refused", async () => {
    await t.imocha.cancelInvite(inviteId(IMOCHA_SEED.pendingInvite));
    expect(await read(IMOCHA_SEED.pendingInvite)).toMatchObject({ status: InviteStatus.CANCELLED, providerStatus: "Cancelled" });
    const err = await rejection(t.imocha.cancelInvite(inviteId(IMOCHA_SEED.pendingInvite)));
    expect(err).toBeInstanceOf(ProviderBusinessError);
    expect(err).toMatchObject({ code: "NOT_CANCELLABLE", retryable: false });
    expect(err.message).toContain("Testinvitation state in inprogress, complete, and expired can not be cancelled.");
  });

  it.each([
    IMOCHA_SEED.inProgressInvite,
    IMOCHA_SEED.completedInvite,
    IMOCHA_SEED.testLeftInvite,
    IMOCHA_SEED.terminatedInvite,
    IMOCHA_SEED.expiredInvite,
    IMOCHA_SEED.cancelledInvite,
  ])("refuses invitation %s, which is not Pending, with NOT_CANCELLABLE and leaves it unchanged", async (id) => {
    const before = await read(id);
    await expect(t.imocha.cancelInvite(inviteId(id))).rejects.toMatchObject({ code: "NOT_CANCELLABLE" });
    expect((await read(id)).providerStatus).toBe(before.providerStatus);
  });

  it("reports an unknown invitation as NOT_FOUND", async () => {
    await expect(t.imocha.cancelInvite(inviteId("9999999"))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
