import { expectEntity } from "../helpers/entities";
import { AssessmentKind, Capability, ErrorCode, InviteStatus, ProviderMode } from "../../src/domain/enums";
import { InputError } from "../../src/domain/errors";
import { InvalidIdError } from "../../src/domain/ids";
import { parseId } from "../../src/providers/ids";
import type { ProviderAdapter } from "../../src/providers/adapter";
import { ProviderAuthError, ProviderNotFoundError } from "../../src/providers/errors";
import { createXobinAdapter, XOBIN_SEED, xobinSimulator } from "../../src/providers/xobin";
import type { Invite } from "../../src/domain/entities";
import { startSimulator, type RunningSimulator } from "../helpers/sim-server";

const SECRET = "test-xobin-api-key-1234";
const PREFIX = "/sandbox/xobin";
let sim: RunningSimulator;
let xobin: Required<ProviderAdapter>;

const adapter = (secret = SECRET) =>
  createXobinAdapter({ mode: ProviderMode.SANDBOX, baseUrl: sim.baseUrl, secret, timeoutMs: 2000, maxConcurrency: 8 }) as Required<ProviderAdapter>;
const ids = (...values: string[]) => values.map((v) => parseId(v));
const calls = (route: string) => sim.control.stats().byRoute[route] ?? 0;
const aiInvite = (n: string) => `xobin:ai-invite:${n}`;
const assessmentInvite = (n: string) => `xobin:assessment-invite:${n}`;
const AI_INTERVIEW = parseId(`xobin:ai-interview:${XOBIN_SEED.aiInterview}`);
const ASSESSMENT = parseId(`xobin:assessment:${XOBIN_SEED.assessment}`);

beforeAll(async () => {
  sim = await startSimulator(xobinSimulator, { prefix: PREFIX, secret: SECRET });
  xobin = adapter();
});
afterAll(() => sim.close());
beforeEach(async () => {
  await fetch(`${sim.baseUrl}/__control/reset`, { method: "POST" });
});

describe("Xobin adapter: capabilities", () => {
  it("offers what Xobin v2 can do, and no method for the rest", () => {
    expect([...xobin.capabilities].sort()).toEqual(
      [Capability.READ_INVITE, Capability.LIST_INVITES, Capability.CREATE_INVITE, Capability.REVOKE_INVITE, Capability.WITHDRAW_INVITE, Capability.READ_ASSESSMENT].sort(),
    );
    const plain = adapter() as ProviderAdapter;
    expect(plain.cancelInvite).toBeUndefined();
    expect(plain.listAssessments).toBeUndefined();
    expect(plain.mode).toBe(ProviderMode.SANDBOX);
  });
});

describe("Xobin adapter: auth header", () => {
  it("sends the key in `apiKey`, and maps a rejected key to PROVIDER_AUTH_FAILED without echoing it", async () => {
    const wrong = "wrong-key-that-is-long-enough";
    const [result] = await adapter(wrong).getInvites(ids(aiInvite(XOBIN_SEED.pendingAiInvite)));
    expect(result).toBeInstanceOf(ProviderAuthError);
    expect(result).toMatchObject({ code: ErrorCode.PROVIDER_AUTH_FAILED, status: 401 });
    expect((result as Error).message).not.toContain(wrong);
    await expect(
      adapter(wrong).createInvite({ assessment: AI_INTERVIEW, candidate: { name: "Ana Lima", email: "ana.lima@example.com" } }),
    ).rejects.toMatchObject({ code: ErrorCode.PROVIDER_AUTH_FAILED });
    const [ok] = await xobin.getInvites(ids(aiInvite(XOBIN_SEED.pendingAiInvite)));
    expectEntity(ok, "Invite");
  });
});

describe("Xobin adapter: getInvites", () => {
  it("routes each id to its report endpoint and answers in order, NOT_FOUND for a missing id", async () => {
    const result = await xobin.getInvites(
      ids(aiInvite(XOBIN_SEED.completedAiInvite), aiInvite("999999"), assessmentInvite(XOBIN_SEED.completedAssessmentInvite), aiInvite(XOBIN_SEED.startedAiInvite)),
    );
    expect(result[0]).toMatchObject({ id: aiInvite("7403"), status: InviteStatus.COMPLETED, score: 82, externalId: "CAND-2025-103" });
    expect((result[0] as Invite).completedAt?.toISOString()).toBe("2025-07-05T04:42:45.000Z");
    expect(result[1]).toBeInstanceOf(ProviderNotFoundError);
    expect(result[1]).toMatchObject({ code: ErrorCode.NOT_FOUND });
    expect(result[2]).toMatchObject({ id: assessmentInvite("2196823"), status: InviteStatus.COMPLETED, score: 76.5, maxScore: 100 });
    expect(result[3]).toMatchObject({ status: InviteStatus.STARTED, score: null, completedAt: null });
    expect(calls("GET /ai-interviews/report/:responseId")).toBe(3);
    expect(calls("GET /assessments/report/:reportId")).toBe(1);
  });

  it("reads every seeded status", async () => {
    const result = await xobin.getInvites(
      ids(
        aiInvite(XOBIN_SEED.pendingAiInvite),
        aiInvite(XOBIN_SEED.revokedAiInvite),
        assessmentInvite(XOBIN_SEED.pendingAssessmentInvite),
        assessmentInvite(XOBIN_SEED.startedAssessmentInvite),
      ),
    );
    expect(result.map((r) => (r as Invite).status)).toEqual([InviteStatus.PENDING, InviteStatus.REVOKED, InviteStatus.PENDING, InviteStatus.STARTED]);
    expect(result[2]).toMatchObject({ candidate: { name: "Priya Raman", email: "priya.raman@example.com" }, assessment: { kind: AssessmentKind.SKILLS_TEST } });
  });

  it("returns an INVALID_ID entry, without a call, for an id that is not an invite", async () => {
    const [result] = await xobin.getInvites(ids("xobin:assessment:53280"));
    expect(result).toBeInstanceOf(InvalidIdError);
    expect(sim.control.stats().total).toBe(0);
  });

  it("runs the per-id calls concurrently", async () => {
    sim.control.setFaults([{ match: "GET /ai-interviews/report", latencyMs: 300 }]);
    const started = Date.now();
    const result = await xobin.getInvites(ids(...["7401", "7402", "7403", "7404", "7405"].map(aiInvite)));
    expect(result.every((r) => !(r instanceof Error))).toBe(true);
    expect(Date.now() - started).toBeLessThan(1200);
  });
});

describe("Xobin adapter: getAssessments", () => {
  it("builds assessments from their ids alone, without an upstream call", async () => {
    const [ai, test, bad] = await xobin.getAssessments(ids("xobin:ai-interview:305", "xobin:assessment:53280", aiInvite("7401")));
    expectEntity(ai, "Assessment");
    expect(ai).toMatchObject({ id: "xobin:ai-interview:305", kind: AssessmentKind.AI_INTERVIEW, name: null });
    expect(test).toMatchObject({ id: "xobin:assessment:53280", kind: AssessmentKind.SKILLS_TEST });
    expect(bad).toBeInstanceOf(InvalidIdError);
    expect(sim.control.stats().total).toBe(0);
  });
});

describe("Xobin adapter: listInvites", () => {
  it("filters by status and pages client-side from one upstream call per page asked", async () => {
    const first = await xobin.listInvites({ assessment: AI_INTERVIEW, status: InviteStatus.PENDING, page: 1, limit: 2 });
    expect(first.items.map((i) => i.providerId)).toEqual(["7401", "7405"]);
    expect(first).toMatchObject({ page: 1, limit: 2, total: 3, hasNextPage: true });
    const second = await xobin.listInvites({ assessment: AI_INTERVIEW, status: InviteStatus.PENDING, page: 2, limit: 2 });
    expect(second.items.map((i) => i.providerId)).toEqual(["7406"]);
    expect(second.hasNextPage).toBe(false);
    expect(calls("GET /ai-interviews/invited/:aiInterviewId")).toBe(2);
  });

  it("lists every invite of the AI interview without a status filter", async () => {
    const page = await xobin.listInvites({ assessment: AI_INTERVIEW, page: 1, limit: 100 });
    expect(page.total).toBe(6);
    expect(page.items[2]).toMatchObject({ id: aiInvite("7403"), status: InviteStatus.COMPLETED, candidate: { name: null, email: null } });
  });

  it("answers an empty page for an AI interview without invites", async () => {
    const page = await xobin.listInvites({ assessment: parseId("xobin:ai-interview:306"), page: 1, limit: 10 });
    expect(page).toEqual({ items: [], page: 1, limit: 10, total: 0, hasNextPage: false });
  });

  it("reports NOT_FOUND for an unknown AI interview", async () => {
    await expect(xobin.listInvites({ assessment: parseId("xobin:ai-interview:999"), page: 1, limit: 10 })).rejects.toMatchObject({
      code: ErrorCode.NOT_FOUND,
    });
  });

  it.each([undefined, ASSESSMENT])("refuses, without a call, a list not scoped to an AI interview (%p)", async (assessment) => {
    const err = await xobin.listInvites({ assessment, page: 1, limit: 10 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect(err).toMatchObject({ code: ErrorCode.INVALID_INPUT, field: ["assessmentId"] });
    expect(sim.control.stats().total).toBe(0);
  });
});

describe("Xobin adapter: findInviteByExternalId", () => {
  it("finds an AI invite by its custom_field_id", async () => {
    const found = await xobin.findInviteByExternalId(AI_INTERVIEW, XOBIN_SEED.completedAiInviteExternalId);
    expect(found).toMatchObject({ id: aiInvite(XOBIN_SEED.completedAiInvite), externalId: XOBIN_SEED.completedAiInviteExternalId });
    expect(calls("GET /ai-interviews/report")).toBe(1);
  });

  it("answers null when no invite has it, or when it belongs to another AI interview", async () => {
    expect(await xobin.findInviteByExternalId(AI_INTERVIEW, "NOPE-1")).toBeNull();
    expect(await xobin.findInviteByExternalId(parseId("xobin:ai-interview:306"), XOBIN_SEED.completedAiInviteExternalId)).toBeNull();
  });

  it("refuses assessments, whose invites carry no external id", async () => {
    await expect(xobin.findInviteByExternalId(ASSESSMENT, "X-1")).rejects.toMatchObject({ field: ["externalId"] });
    expect(sim.control.stats().total).toBe(0);
  });
});
