import { expectEntity } from "../helpers/entities";
import { Capability, InviteStatus } from "../../src/domain/enums";
import { InvalidIdError } from "../../src/domain/ids";
import { ProviderAuthError, ProviderNotFoundError } from "../../src/providers/errors";
import { IMOCHA_SEED } from "../../src/providers/imocha";
import type { Invite } from "../../src/domain/entities";
import { adapterFor, inviteId, rejection, ROUTES, testId, useImochaSim } from "../fixtures/imocha/sim-harness";

const t = useImochaSim();

describe("capabilities", () => {
  it("offers reads, create and cancel (so withdraw), but no revoke and no invite list", () => {
    expect([...t.imocha.capabilities].sort()).toEqual(
      [Capability.READ_INVITE, Capability.CREATE_INVITE, Capability.CANCEL_INVITE, Capability.WITHDRAW_INVITE, Capability.READ_ASSESSMENT, Capability.LIST_ASSESSMENTS].sort(),
    );
    expect(t.imocha.revokeInvite).toBeUndefined();
    expect(t.imocha.listInvites).toBeUndefined();
  });
});

describe("X-API-KEY auth", () => {
  it("is refused with a wrong key: PROVIDER_AUTH_FAILED, and the key never shows in the message", async () => {
    const wrongKey = "wrong-imocha-key-0000";
    const bad = adapterFor(t.sim, { secret: wrongKey });
    const [result] = await bad.getInvites!([inviteId(IMOCHA_SEED.pendingInvite)]);
    expect(result).toBeInstanceOf(ProviderAuthError);
    expect(result).toMatchObject({ code: "PROVIDER_AUTH_FAILED", status: 401, retryable: false });
    expect((result as Error).message).not.toContain(wrongKey);
    const created = await rejection(bad.createInvite!({ assessment: testId("1001"), candidate: { name: "Ada", email: "ada@example.com" } }));
    expect(created).toMatchObject({ code: "PROVIDER_AUTH_FAILED" });
    expect(t.sim.control.stats().total).toBe(2);
  });

  it("is accepted with the right key", async () => {
    const [result] = await t.imocha.getInvites([inviteId(IMOCHA_SEED.pendingInvite)]);
    expectEntity(result, "Invite");
  });
});

describe("getInvites (GET /v3/reports/{id}?reportType=1)", () => {
  it("returns one entry per id, in order, with NOT_FOUND for a missing id, one call per id", async () => {
    const ids = [
      IMOCHA_SEED.completedInvite,
      "9999999",
      IMOCHA_SEED.pendingInvite,
      IMOCHA_SEED.inProgressInvite,
      IMOCHA_SEED.testLeftInvite,
      IMOCHA_SEED.terminatedInvite,
      IMOCHA_SEED.expiredInvite,
      IMOCHA_SEED.cancelledInvite,
    ];
    const results = await t.imocha.getInvites(ids.map(inviteId));
    expect(results[1]).toBeInstanceOf(ProviderNotFoundError);
    expect(results[1]).toMatchObject({ code: "NOT_FOUND" });
    expect(results.map((r) => (!(r instanceof Error) ? [r.providerId, r.status, r.providerStatus] : null))).toEqual([
      [IMOCHA_SEED.completedInvite, InviteStatus.COMPLETED, "Complete"],
      null,
      [IMOCHA_SEED.pendingInvite, InviteStatus.PENDING, "Pending"],
      [IMOCHA_SEED.inProgressInvite, InviteStatus.STARTED, "In Progress"],
      [IMOCHA_SEED.testLeftInvite, InviteStatus.ABANDONED, "TestLeft"],
      [IMOCHA_SEED.terminatedInvite, InviteStatus.TERMINATED, "Terminated"],
      [IMOCHA_SEED.expiredInvite, InviteStatus.EXPIRED, "Expired"],
      [IMOCHA_SEED.cancelledInvite, InviteStatus.CANCELLED, "Cancelled"],
    ]);
    expect(t.sim.control.stats().byRoute).toEqual({ [ROUTES.report]: ids.length });
  });

  it("maps a completed report: candidate email, test, points, PDF link and attempt time", async () => {
    const [invite] = await t.imocha.getInvites([inviteId(IMOCHA_SEED.completedInvite)]);
    expect(invite).toMatchObject({
      id: `imocha:invite:${IMOCHA_SEED.completedInvite}`,
      candidate: { email: "mei.chen@example.com", name: null },
      assessment: { id: "imocha:test:1001", name: "JavaScript (Intermediate)" },
      score: 34,
      maxScore: 45,
      reportUrl: `https://reports.example.com/imocha/${IMOCHA_SEED.completedInvite}.pdf`,
    });
    expect((invite as Invite).completedAt?.toISOString()).toBe("2025-06-02T10:15:00.000Z");
  });

  it("maps an invitation never attempted with no times and no score", async () => {
    const [invite] = await t.imocha.getInvites([inviteId(IMOCHA_SEED.pendingInvite)]);
    expect(invite).toMatchObject({ startedAt: null, completedAt: null, score: null, maxScore: null, reportUrl: null });
  });

  it("refuses an id of another type without calling iMocha", async () => {
    const [result] = await t.imocha.getInvites([testId("1001")]);
    expect(result).toBeInstanceOf(InvalidIdError);
    expect(t.sim.control.stats().total).toBe(0);
  });
});

describe("getAssessments and listAssessments (GET /v3/tests)", () => {
  it("answers a whole batch from one list call, in order, with NOT_FOUND for absent tests", async () => {
    const results = await t.imocha.getAssessments([testId("1002"), testId("9999"), testId("1001")]);
    expectEntity(results[0], "Assessment");
    expect(results.map((r) => (!(r instanceof Error) ? r.name : (r as ProviderNotFoundError).code))).toEqual([
      "SQL Fundamentals",
      "NOT_FOUND",
      "JavaScript (Intermediate)",
    ]);
    expect(t.sim.control.stats().byRoute).toEqual({ [ROUTES.tests]: 1 });
  });

  it("pages the full list client-side", async () => {
    const first = await t.imocha.listAssessments({ page: 1, limit: 1 });
    expect(first).toMatchObject({ page: 1, limit: 1, total: 2, hasNextPage: true });
    expect(first.items.map((a) => a.id)).toEqual(["imocha:test:1001"]);
    const second = await t.imocha.listAssessments({ page: 2, limit: 1 });
    expect(second.items.map((a) => a.id)).toEqual(["imocha:test:1002"]);
    expect(second.hasNextPage).toBe(false);
    const past = await t.imocha.listAssessments({ page: 3, limit: 1 });
    expect(past).toMatchObject({ items: [], hasNextPage: false, total: 2 });
  });

  it("refuses a page size over 100 before any call", async () => {
    await expect(t.imocha.listAssessments({ page: 1, limit: 101 })).rejects.toMatchObject({ code: "INVALID_INPUT", field: ["limit"] });
    expect(t.sim.control.stats().total).toBe(0);
  });
});

