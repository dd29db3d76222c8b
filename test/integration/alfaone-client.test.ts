import { Capability, ErrorCode, InviteStatus, Provider, ProviderMode } from "../../src/domain/enums";
import { InputError } from "../../src/domain/errors";
import { InvalidIdError, formatId } from "../../src/domain/ids";
import { parseId } from "../../src/providers/ids";
import type { ProviderAdapter } from "../../src/providers/adapter";
import { ALFAONE_SEED, alfaoneSimulator, createAlfaoneAdapter } from "../../src/providers/alfaone";
import { ProviderNotFoundError, ProviderValidationError } from "../../src/providers/errors";
import type { Invite } from "../../src/domain/entities";
import { startSimulator, type RunningSimulator } from "../helpers/sim-server";

const SECRET = "ak_test_4f9c2d7e8a1b3c5d6e7f8091a2b3c4d5";
const S = ALFAONE_SEED;
const MISSING = "00000000-0000-4000-8000-000000000000";
const invite = (nativeId: string) => parseId(formatId(Provider.ALFAONE, "invite", nativeId));
const assessment = (nativeId: string) => parseId(formatId(Provider.ALFAONE, "assessment", nativeId));
/** Every seeded invite, newest first (the default sort: sent_at desc). */
const NEWEST_FIRST = [
  S.pendingSalesInvite, S.pendingInvite, S.startedSupportInvite, S.acceptedInvite, S.startedInvite,
  S.completedInvite, S.completedSalesInvite, S.revokedInvite, S.expiredInvite,
];

let sim: RunningSimulator;
let adapter: ProviderAdapter;
const upstream = () => sim.control.stats();

beforeAll(async () => {
  sim = await startSimulator(alfaoneSimulator, { prefix: "/sandbox/alfaone", secret: SECRET });
  adapter = createAlfaoneAdapter({ mode: ProviderMode.SANDBOX, baseUrl: sim.baseUrl, secret: SECRET, timeoutMs: 2000, maxConcurrency: 8 });
});
afterAll(() => sim.close());
beforeEach(async () => {
  await fetch(`${sim.baseUrl}/__control/reset`, { method: "POST" });
  sim.control.clear();
});

describe("AlfaOne adapter capabilities", () => {
  it("offers reads, lists and create, and has no revoke or cancel (AlfaOne documents no such endpoint)", () => {
    expect(adapter.capabilities).toEqual([
      Capability.READ_INVITE, Capability.LIST_INVITES, Capability.CREATE_INVITE, Capability.READ_ASSESSMENT, Capability.LIST_ASSESSMENTS,
    ]);
    expect(adapter.revokeInvite).toBeUndefined();
    expect(adapter.cancelInvite).toBeUndefined();
    expect(adapter).toMatchObject({ provider: Provider.ALFAONE, mode: ProviderMode.SANDBOX });
  });
});

describe("AlfaOne getInvites", () => {
  it("returns one entry per id in order, NOT_FOUND for a missing one, with one GET per id", async () => {
    const ids = [S.pendingInvite, S.acceptedInvite, S.startedInvite, MISSING, S.completedInvite, S.expiredInvite, S.revokedInvite];
    const result = await adapter.getInvites!(ids.map(invite));
    expect(result.map((r) => (!(r instanceof Error) ? r.status : (r as ProviderNotFoundError).code))).toEqual([
      InviteStatus.PENDING, InviteStatus.ACCEPTED, InviteStatus.STARTED, ErrorCode.NOT_FOUND,
      InviteStatus.COMPLETED, InviteStatus.EXPIRED, InviteStatus.REVOKED,
    ]);
    expect(result[3]).toBeInstanceOf(ProviderNotFoundError);
    expect((result[3] as Error).message).toContain("Invite not found");
    expect(upstream().byRoute).toEqual({ "GET /invites/:inviteId": 7 });
  });

  it("serves the assessment, grader and candidate from the invite itself", async () => {
    const [accepted] = (await adapter.getInvites!([invite(S.acceptedInvite)])) as Invite[];
    expect(accepted).toMatchObject({ id: `alfaone:invite:${S.acceptedInvite}`, providerStatus: "accepted" });
    expect(accepted.candidate).toMatchObject({ name: "Sofia Alvarez", email: "sofia.alvarez@example.com" });
    expect(accepted.assessment).toMatchObject({ id: `alfaone:assessment:${S.customerSupportAssessment}`, name: "Customer Support Video Screen" });
    expect(accepted.grader).toMatchObject({ id: `alfaone:grader:${S.graderPriya}`, name: "Priya Raman", email: "priya.raman@example.com" });
    expect(accepted.sentAt?.toISOString()).toBe("2026-11-12T08:00:00.000Z");
    expect(upstream().total).toBe(1);
  });

  it("maps the timestamps of completed and revoked invites to UTC dates", async () => {
    const [completed, revoked] = (await adapter.getInvites!([invite(S.completedInvite), invite(S.revokedInvite)])) as Invite[];
    expect(completed.startedAt?.toISOString()).toBe("2026-10-29T14:05:30.000Z");
    expect(completed.completedAt?.toISOString()).toBe("2026-10-29T15:12:45.000Z");
    expect(revoked.revokedAt?.toISOString()).toBe("2026-10-03T11:00:00.000Z");
    expect(revoked.grader).toBeNull();
  });

  it("answers an id of another type with INVALID_ID and sends nothing", async () => {
    const [entry] = await adapter.getInvites!([assessment(S.salesPitchAssessment)]);
    expect(entry).toBeInstanceOf(InvalidIdError);
    expect(upstream().total).toBe(0);
  });
});

describe("AlfaOne listInvites", () => {
  it("pages through every seeded invite, newest first, with hasNextPage from totalPages", async () => {
    const pages = [];
    for (let page = 1; page <= 3; page += 1) pages.push(await adapter.listInvites!({ page, limit: 3 }));
    expect(pages.map((p) => [p.page, p.total, p.hasNextPage])).toEqual([[1, 9, true], [2, 9, true], [3, 9, false]]);
    expect(pages.flatMap((p) => p.items.map((i) => i.providerId))).toEqual(NEWEST_FIRST);
    expect(pages.flatMap((p) => p.items.map((i) => i.status))).not.toContain(InviteStatus.UNKNOWN);
    expect(upstream().byRoute).toEqual({ "GET /invites": 3 });
  });

  it("filters by assessment and status with AlfaOne's own query parameters", async () => {
    const sales = await adapter.listInvites!({ page: 1, limit: 20, assessment: assessment(S.salesPitchAssessment) });
    expect(sales.items.map((i) => i.providerId)).toEqual([S.pendingSalesInvite, S.startedInvite, S.completedSalesInvite, S.revokedInvite]);
    const started = await adapter.listInvites!({ page: 1, limit: 20, status: InviteStatus.STARTED });
    expect(started.items.map((i) => i.providerId)).toEqual([S.startedSupportInvite, S.startedInvite]);
    const both = await adapter.listInvites!({ page: 1, limit: 20, assessment: assessment(S.salesPitchAssessment), status: InviteStatus.COMPLETED });
    expect(both).toMatchObject({ total: 1, hasNextPage: false });
    expect(both.items[0].providerId).toBe(S.completedSalesInvite);
  });

  it("refuses a status AlfaOne lacks and a non-assessment filter before any call", async () => {
    await expect(adapter.listInvites!({ page: 1, limit: 3, status: InviteStatus.CANCELLED })).rejects.toMatchObject({
      code: ErrorCode.INVALID_INPUT, field: ["status"],
    });
    await expect(adapter.listInvites!({ page: 1, limit: 3, assessment: invite(S.pendingInvite) })).rejects.toBeInstanceOf(InputError);
    expect(upstream().total).toBe(0);
  });

  it.each([0, 101])("passes limit %p through and maps AlfaOne's 400 to PROVIDER_REJECTED", async (limit) => {
    const err = await adapter.listInvites!({ page: 1, limit }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProviderValidationError);
    expect(err).toMatchObject({ code: ErrorCode.PROVIDER_REJECTED, status: 400 });
    expect((err as Error).message).toContain("limit must be an integer between 1 and 100");
  });

  it("returns an empty last page past the end", async () => {
    expect(await adapter.listInvites!({ page: 4, limit: 3 })).toMatchObject({ items: [], page: 4, total: 9, hasNextPage: false });
  });
});

describe("AlfaOne assessments", () => {
  it("lists both seeded assessments as video assessments", async () => {
    const page = await adapter.listAssessments!({ page: 1, limit: 20 });
    expect(page).toMatchObject({ total: 2, hasNextPage: false });
    expect(page.items.map((a) => [a.name, a.kind, a.questionCount])).toEqual([
      ["Sales Pitch Recording", "VIDEO_ASSESSMENT", 3],
      ["Customer Support Video Screen", "VIDEO_ASSESSMENT", 5],
    ]);
    expect(upstream().byRoute).toEqual({ "GET /assessments": 1 });
  });

  it("pages assessments with hasNextPage", async () => {
    const first = await adapter.listAssessments!({ page: 1, limit: 1 });
    expect(first).toMatchObject({ total: 2, hasNextPage: true });
    expect((await adapter.listAssessments!({ page: 2, limit: 1 })).hasNextPage).toBe(false);
  });

  it("reads assessments by id, NOT_FOUND for a missing one", async () => {
    const ids = [S.customerSupportAssessment, MISSING, S.salesPitchAssessment].map(assessment);
    const [support, missing, sales] = await adapter.getAssessments!(ids);
    expect(support).toMatchObject({ id: `alfaone:assessment:${S.customerSupportAssessment}`, languages: ["en", "es"], questionCount: 5 });
    expect((support as { createdAt: Date }).createdAt.toISOString()).toBe("2026-09-01T09:00:00.000Z");
    expect(missing).toMatchObject({ code: ErrorCode.NOT_FOUND });
    expect(sales).toMatchObject({ name: "Sales Pitch Recording" });
    expect(upstream().byRoute).toEqual({ "GET /assessments/:assessmentId": 3 });
  });
});
