import { ErrorCode, ProviderMode } from "../../src/domain/enums";
import { parseId } from "../../src/providers/ids";
import type { ProviderAdapter } from "../../src/providers/adapter";
import { ProviderOutcomeUnknownError, ProviderRateLimitError, ProviderUnavailableError } from "../../src/providers/errors";
import { createXobinAdapter, XOBIN_SEED, xobinSimulator } from "../../src/providers/xobin";
import { startSimulator, type RunningSimulator } from "../helpers/sim-server";

const SECRET = "test-xobin-api-key-1234";
const PREFIX = "/sandbox/xobin";
let sim: RunningSimulator;
const adapter = (timeoutMs = 2000) =>
  createXobinAdapter({ mode: ProviderMode.SANDBOX, baseUrl: sim.baseUrl, secret: SECRET, timeoutMs, maxConcurrency: 8 }) as Required<ProviderAdapter>;
const PENDING = parseId(`xobin:ai-invite:${XOBIN_SEED.pendingAiInvite}`);
const AI_INTERVIEW = parseId(`xobin:ai-interview:${XOBIN_SEED.aiInterview}`);
const createReq = { assessment: AI_INTERVIEW, candidate: { name: "Ana Lima", email: "ana.lima@example.com" } };
const readOne = async (xobin = adapter()) => (await xobin.getInvites([PENDING]))[0];

beforeAll(async () => {
  sim = await startSimulator(xobinSimulator, { prefix: PREFIX, secret: SECRET });
});
afterAll(() => sim.close());
beforeEach(async () => {
  await fetch(`${sim.baseUrl}/__control/reset`, { method: "POST" });
});

describe("Xobin faults", () => {
  it("maps a 5xx to a retryable PROVIDER_UNAVAILABLE after exactly one upstream call", async () => {
    sim.control.setFaults([{ status: 503 }]);
    const result = await readOne();
    expect(result).toBeInstanceOf(ProviderUnavailableError);
    expect(result).toMatchObject({ code: ErrorCode.PROVIDER_UNAVAILABLE, retryable: true, status: 503 });
    expect(sim.control.stats().total).toBe(1);
  });

  it("maps a 429 to RATE_LIMITED with Retry-After seconds", async () => {
    sim.control.setFaults([{ status: 429, retryAfter: "7", body: { error: "Too many requests" } }]);
    const result = await readOne();
    expect(result).toBeInstanceOf(ProviderRateLimitError);
    expect(result).toMatchObject({ code: ErrorCode.RATE_LIMITED, retryable: true, retryAfterSeconds: 7 });
    await expect(adapter().listInvites({ assessment: AI_INTERVIEW, page: 1, limit: 5 })).rejects.toMatchObject({ code: ErrorCode.RATE_LIMITED, retryAfterSeconds: 7 });
    expect(sim.control.stats().total).toBe(2);
  });

  it("maps a body that is not JSON to PROVIDER_UNAVAILABLE on reads and OUTCOME_UNKNOWN on writes", async () => {
    sim.control.setFaults([{ malformed: true }]);
    expect(await readOne()).toMatchObject({ code: ErrorCode.PROVIDER_UNAVAILABLE, retryable: true });
    await expect(adapter().listInvites({ assessment: AI_INTERVIEW, page: 1, limit: 5 })).rejects.toMatchObject({ code: ErrorCode.PROVIDER_UNAVAILABLE });
    await expect(adapter().createInvite(createReq)).rejects.toBeInstanceOf(ProviderOutcomeUnknownError);
    expect(sim.control.stats().total).toBe(3);
  });

  it("maps a hang past timeoutMs to PROVIDER_UNAVAILABLE on reads and OUTCOME_UNKNOWN on writes, without retrying", async () => {
    sim.control.setFaults([{ hang: true }]);
    const xobin = adapter(150);
    expect(await readOne(xobin)).toMatchObject({ code: ErrorCode.PROVIDER_UNAVAILABLE, retryable: true });
    await expect(xobin.createInvite(createReq)).rejects.toMatchObject({ code: ErrorCode.OUTCOME_UNKNOWN });
    await expect(xobin.revokeInvite(PENDING, {})).rejects.toMatchObject({ code: ErrorCode.OUTCOME_UNKNOWN });
    expect(sim.control.stats().byRoute).toEqual({
      "GET /ai-interviews/report/:responseId": 1,
      "POST /ai-interviews/invite": 1,
      "PATCH /ai-interviews/invite/revoke": 1,
    });
  });

  it("reports OUTCOME_UNKNOWN for a create answered 2xx without the new invite's id", async () => {
    sim.control.setFaults([{ match: "POST /ai-interviews/invite", status: 200, body: { status: "Invite Link created" } }]);
    await expect(adapter().createInvite(createReq)).rejects.toMatchObject({ code: ErrorCode.OUTCOME_UNKNOWN, message: expect.stringContaining("response_id") });
  });

  it("reports PROVIDER_UNAVAILABLE when the invited list is not an array", async () => {
    sim.control.setFaults([{ match: "GET /ai-interviews/invited", status: 200, body: { items: [] } }]);
    await expect(adapter().listInvites({ assessment: AI_INTERVIEW, page: 1, limit: 5 })).rejects.toMatchObject({ code: ErrorCode.PROVIDER_UNAVAILABLE });
  });

  it("retries a failed read when configured to, never a write", async () => {
    const xobin = createXobinAdapter({
      mode: ProviderMode.SANDBOX,
      baseUrl: sim.baseUrl,
      secret: SECRET,
      timeoutMs: 2000,
      maxConcurrency: 8,
      resilience: { readRetries: 1, baseDelayMs: 1 },
    }) as Required<ProviderAdapter>;
    sim.control.setFaults([{ status: 503, times: 1 }]);
    expect(await readOne(xobin)).toMatchObject({ id: PENDING.id });
    sim.control.setFaults([{ status: 503, times: 1 }]);
    await expect(xobin.createInvite(createReq)).rejects.toMatchObject({ code: ErrorCode.PROVIDER_UNAVAILABLE });
    expect(sim.control.stats().byRoute).toEqual({ "GET /ai-interviews/report/:responseId": 2, "POST /ai-interviews/invite": 1 });
  });

  it("recovers once a limited fault has run out", async () => {
    sim.control.setFaults([{ status: 500, times: 1 }]);
    expect(await readOne()).toMatchObject({ code: ErrorCode.PROVIDER_UNAVAILABLE });
    expect(await readOne()).toMatchObject({ id: PENDING.id });
    expect(sim.control.stats().total).toBe(2);
  });
});
