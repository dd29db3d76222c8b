import { expectEntity } from "../helpers/entities";
import { ErrorCode, Provider, ProviderMode } from "../../src/domain/enums";
import { rejection } from "../helpers/caught";
import { formatId } from "../../src/domain/ids";
import { parseId } from "../../src/providers/ids";
import type { CreateInviteRequest, ProviderAdapter } from "../../src/providers/adapter";
import { ALFAONE_SEED, alfaoneSimulator, createAlfaoneAdapter } from "../../src/providers/alfaone";
import { ProviderAuthError, ProviderError } from "../../src/providers/errors";
import { startSimulator, type RunningSimulator } from "../helpers/sim-server";

const PREFIX = "/sandbox/alfaone";
const SECRET = "ak_test_4f9c2d7e8a1b3c5d6e7f8091a2b3c4d5";
const WRONG = "ak_test_00000000000000000000000000000000";
const pending = parseId(formatId(Provider.ALFAONE, "invite", ALFAONE_SEED.pendingInvite));
const salesPitch = parseId(formatId(Provider.ALFAONE, "assessment", ALFAONE_SEED.salesPitchAssessment));
const request: CreateInviteRequest = { assessment: salesPitch, candidate: { email: "omar.haddad@example.com" } };

let sim: RunningSimulator;
const adapterWith = (secret: string, timeoutMs = 2000): ProviderAdapter =>
  createAlfaoneAdapter({ mode: ProviderMode.SANDBOX, baseUrl: sim.baseUrl, secret, timeoutMs, maxConcurrency: 8 });
const upstream = () => sim.control.stats();
const seededTotal = async () => (await adapterWith(SECRET).listInvites!({ page: 1, limit: 1 })).total;
const failure = (p: Promise<unknown>) => rejection<ProviderError>(p);

beforeAll(async () => {
  sim = await startSimulator(alfaoneSimulator, { prefix: PREFIX, secret: SECRET });
});
afterAll(() => sim.close());
beforeEach(async () => {
  await fetch(`${sim.baseUrl}/__control/reset`, { method: "POST" });
  sim.control.clear();
});

describe("AlfaOne x-api-key auth", () => {
  it("accepts the configured key", async () => {
    const [entry] = await adapterWith(SECRET).getInvites!([pending]);
    expectEntity(entry, "Invite");
  });

  it("maps a wrong key (401 Invalid API key) to PROVIDER_AUTH_FAILED on reads, lists and writes, without echoing the key", async () => {
    const adapter = adapterWith(WRONG);
    const [entry] = await adapter.getInvites!([pending]);
    expect(entry).toBeInstanceOf(ProviderAuthError);
    expect(entry).toMatchObject({ code: ErrorCode.PROVIDER_AUTH_FAILED, status: 401, retryable: false });
    expect((entry as Error).message).toContain("Invalid API key");
    expect((entry as Error).message).not.toContain(WRONG);
    await expect(adapter.listAssessments!({ page: 1, limit: 5 })).rejects.toMatchObject({ code: ErrorCode.PROVIDER_AUTH_FAILED });
    await expect(adapter.createInvite!(request)).rejects.toMatchObject({ code: ErrorCode.PROVIDER_AUTH_FAILED });
    expect(await seededTotal()).toBe(9);
  });

  it("maps a missing key (401 API key is required) to PROVIDER_AUTH_FAILED", async () => {
    const err = await failure(adapterWith("").listInvites!({ page: 1, limit: 5 }));
    expect(err).toMatchObject({ code: ErrorCode.PROVIDER_AUTH_FAILED, message: expect.stringContaining("API key is required") });
  });

  it.each(["API key has expired", "API key has been revoked"])("maps the documented 401 body %p to PROVIDER_AUTH_FAILED", async (reason) => {
    sim.control.setFaults([{ status: 401, body: { error: reason } }]);
    const err = await failure(adapterWith(SECRET).listInvites!({ page: 1, limit: 5 }));
    expect(err).toMatchObject({ code: ErrorCode.PROVIDER_AUTH_FAILED, message: expect.stringContaining(reason) });
  });
});

describe("AlfaOne documented failure bodies", () => {
  it("maps 409 Conflict to PROVIDER_REJECTED with AlfaOne's message", async () => {
    sim.control.setFaults([{ match: `POST /invites`, status: 409, body: { error: "Invite already exists for this recipient" } }]);
    const err = await failure(adapterWith(SECRET).createInvite!(request));
    expect(err).toMatchObject({ code: ErrorCode.PROVIDER_REJECTED, status: 409, retryable: false });
    expect(err.message).toContain("Invite already exists for this recipient");
  });
});

describe("AlfaOne fault handling", () => {
  it("maps a 5xx to retryable PROVIDER_UNAVAILABLE, per id and on lists", async () => {
    sim.control.setFaults([{ status: 503 }]);
    const adapter = adapterWith(SECRET);
    const [entry] = await adapter.getInvites!([pending]);
    expect(entry).toMatchObject({ code: ErrorCode.PROVIDER_UNAVAILABLE, retryable: true, status: 503 });
    await expect(adapter.listInvites!({ page: 1, limit: 3 })).rejects.toMatchObject({ code: ErrorCode.PROVIDER_UNAVAILABLE, retryable: true });
    expect(upstream().total).toBe(2);
  });

  it("maps 429 with Retry-After to RATE_LIMITED with retryAfterSeconds, and does not retry", async () => {
    sim.control.setFaults([{ status: 429, retryAfter: "7", body: { error: "Too many requests" } }]);
    const err = await failure(adapterWith(SECRET).createInvite!(request));
    expect(err).toMatchObject({ code: ErrorCode.RATE_LIMITED, retryable: true, retryAfterSeconds: 7 });
    expect(upstream().byRoute).toEqual({ "POST /invites": 1 });
    sim.control.setFaults([]);
    expect(await seededTotal()).toBe(9);
  });

  it("maps a body that is not JSON to PROVIDER_UNAVAILABLE on reads and OUTCOME_UNKNOWN on writes", async () => {
    sim.control.setFaults([{ malformed: true }]);
    const adapter = adapterWith(SECRET);
    const [entry] = await adapter.getInvites!([pending]);
    expect(entry).toMatchObject({ code: ErrorCode.PROVIDER_UNAVAILABLE, retryable: true });
    await expect(adapter.listAssessments!({ page: 1, limit: 5 })).rejects.toMatchObject({ code: ErrorCode.PROVIDER_UNAVAILABLE });
    await expect(adapter.createInvite!(request)).rejects.toMatchObject({ code: ErrorCode.OUTCOME_UNKNOWN });
    expect(upstream().total).toBe(3);
  });

  it("maps a hang past timeoutMs to PROVIDER_UNAVAILABLE on reads and OUTCOME_UNKNOWN on writes, one attempt each", async () => {
    sim.control.setFaults([{ hang: true }]);
    const adapter = adapterWith(SECRET, 200);
    const [entry] = await adapter.getInvites!([pending]);
    expect(entry).toMatchObject({ code: ErrorCode.PROVIDER_UNAVAILABLE, message: expect.stringContaining("timed out") });
    await expect(adapter.getAssessments!([salesPitch]).then(([a]) => a)).resolves.toMatchObject({ code: ErrorCode.PROVIDER_UNAVAILABLE });
    await expect(adapter.createInvite!(request)).rejects.toMatchObject({ code: ErrorCode.OUTCOME_UNKNOWN, retryable: true });
    expect(upstream().byRoute).toEqual({ "GET /invites/:inviteId": 1, "GET /assessments/:assessmentId": 1, "POST /invites": 1 });
  });

  it("reports OUTCOME_UNKNOWN when a create is applied but its answer is lost", async () => {
    sim.control.setFaults([{ match: `POST /invites`, dropAfterHandling: true, times: 1 }]);
    await expect(adapterWith(SECRET).createInvite!(request)).rejects.toMatchObject({ code: ErrorCode.OUTCOME_UNKNOWN });
    expect(await seededTotal()).toBe(10);
  });

  it("still answers under injected latency below the timeout", async () => {
    sim.control.setFaults([{ latencyMs: 100 }]);
    const page = await adapterWith(SECRET).listInvites!({ page: 1, limit: 3 });
    expect(page.items).toHaveLength(3);
  });
});
