import { expectEntity } from "../helpers/entities";
import { InviteStatus } from "../../src/domain/enums";
import type { CreateInviteRequest, ProviderAdapter } from "../../src/providers/adapter";
import {
  ProviderOutcomeUnknownError,
  ProviderRateLimitError,
  ProviderUnavailableError,
} from "../../src/providers/errors";
import { IMOCHA_SEED } from "../../src/providers/imocha";
import type { RunningSimulator } from "../helpers/sim-server";
import { adapterFor, inviteId, rejection, resetSim, ROUTES, startImocha, testId } from "../fixtures/imocha/sim-harness";

let sim: RunningSimulator;
let imocha: Required<ProviderAdapter>;

beforeAll(async () => {
  sim = await startImocha();
});
afterAll(() => sim.close());
// A fresh adapter per test: the circuit breaker counts outages per client, and these tests cause many on purpose.
beforeEach(async () => {
  await resetSim(sim);
  imocha = adapterFor(sim) as Required<ProviderAdapter>;
});

const pending = inviteId(IMOCHA_SEED.pendingInvite);
const invite: CreateInviteRequest = {
  assessment: testId(IMOCHA_SEED.sqlTest),
  candidate: { name: "Ken Thompson", email: "ken.thompson@example.com" },
};

describe("upstream failures", () => {
  it("turns a 5xx on a read into retryable PROVIDER_UNAVAILABLE, with no retry", async () => {
    sim.control.setFaults([{ match: "/v3/reports", status: 503 }]);
    const [result] = await imocha.getInvites([pending]);
    expect(result).toBeInstanceOf(ProviderUnavailableError);
    expect(result).toMatchObject({ code: "PROVIDER_UNAVAILABLE", retryable: true, status: 503 });
    expect(sim.control.stats().byRoute).toEqual({ [ROUTES.report]: 1 });
  });

  it("turns a 5xx on a write into PROVIDER_UNAVAILABLE (the provider answered, so nothing is in doubt)", async () => {
    sim.control.setFaults([{ match: "/invite", status: 500, times: 1 }]);
    await expect(imocha.createInvite(invite)).rejects.toMatchObject({ code: "PROVIDER_UNAVAILABLE", retryable: true });
    expect(sim.control.stats().byRoute).toEqual({ [ROUTES.invite]: 1 });
  });

  it("turns 429 with Retry-After into RATE_LIMITED with retryAfterSeconds", async () => {
    sim.control.setFaults([{ match: "/v3/reports", status: 429, retryAfter: "7", body: { errors: ["Too many requests"] } }]);
    const [result] = await imocha.getInvites([pending]);
    expect(result).toBeInstanceOf(ProviderRateLimitError);
    expect(result).toMatchObject({ code: "RATE_LIMITED", retryable: true, retryAfterSeconds: 7 });
  });

  it("fails every id of an assessment batch with the one list call's error", async () => {
    sim.control.setFaults([{ match: "/v3/tests", status: 429, retryAfter: "3" }]);
    const results = await imocha.getAssessments([testId("1001"), testId("1002")]);
    expect(results.map((r) => (r as ProviderRateLimitError).retryAfterSeconds)).toEqual([3, 3]);
    expect(sim.control.stats().byRoute).toEqual({ [ROUTES.tests]: 1 });
  });

  it("turns a body that is not JSON into PROVIDER_UNAVAILABLE on reads", async () => {
    sim.control.setFaults([{ match: "/v3/tests", malformed: true }]);
    await expect(imocha.listAssessments({ page: 1, limit: 10 })).rejects.toBeInstanceOf(ProviderUnavailableError);
  });

  it("turns a body that is not JSON into OUTCOME_UNKNOWN on writes", async () => {
    sim.control.setFaults([{ match: "/cancel", malformed: true }]);
    await expect(imocha.cancelInvite(pending)).rejects.toBeInstanceOf(ProviderOutcomeUnknownError);
  });

  it("recovers once a fault with `times` is used up", async () => {
    sim.control.setFaults([{ match: "/v3/reports", status: 502, times: 1 }]);
    const [first] = await imocha.getInvites([pending]);
    const [second] = await imocha.getInvites([pending]);
    expect(first).toMatchObject({ code: "PROVIDER_UNAVAILABLE" });
    expectEntity(second, "Invite");
    expect(sim.control.stats().byRoute).toEqual({ [ROUTES.report]: 2 });
  });
});

describe("timeouts and lost answers", () => {
  let impatient: Required<ProviderAdapter>;
  beforeEach(() => {
    impatient = adapterFor(sim, { timeoutMs: 150 }) as Required<ProviderAdapter>;
  });

  it("reports a read that hangs past timeoutMs as PROVIDER_UNAVAILABLE", async () => {
    sim.control.setFaults([{ match: "/v3/reports", hang: true }]);
    const [result] = await impatient.getInvites([pending]);
    expect(result).toBeInstanceOf(ProviderUnavailableError);
    expect(result).toMatchObject({ retryable: true });
  });

  it.each([
    ["createInvite", () => impatient.createInvite(invite)],
    ["cancelInvite", () => impatient.cancelInvite(pending)],
  ])("reports %s hanging past timeoutMs as OUTCOME_UNKNOWN, never retried", async (_name, call) => {
    sim.control.setFaults([{ hang: true }]);
    const err = await rejection(call());
    expect(err).toBeInstanceOf(ProviderOutcomeUnknownError);
    expect(err).toMatchObject({ code: "OUTCOME_UNKNOWN" });
    expect(sim.control.stats().total).toBe(1);
  });

  it("makes a create whose answer was lost safe to send again: iMocha returns the same invitation", async () => {
    sim.control.setFaults([{ match: "/invite", dropAfterHandling: true, times: 1 }]);
    await expect(imocha.createInvite(invite)).rejects.toBeInstanceOf(ProviderOutcomeUnknownError);
    const retried = await imocha.createInvite(invite);
    const again = await imocha.createInvite(invite);
    expect(again.id).toBe(retried.id);
    expect(await imocha.getInvites([inviteId(retried.providerId)])).toEqual([expect.objectContaining({ status: InviteStatus.PENDING })]);
    expect(sim.control.stats().byRoute[ROUTES.invite]).toBe(3);
  });

  it("reports a cancel whose answer was lost as OUTCOME_UNKNOWN although it was applied", async () => {
    sim.control.setFaults([{ match: "/cancel", dropAfterHandling: true, times: 1 }]);
    await expect(imocha.cancelInvite(pending)).rejects.toBeInstanceOf(ProviderOutcomeUnknownError);
    const [after] = await imocha.getInvites([pending]);
    expect(after).toMatchObject({ status: InviteStatus.CANCELLED });
  });
});
