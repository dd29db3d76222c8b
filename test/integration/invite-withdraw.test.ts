import { Provider } from "../../src/domain/enums";
import { startApp, type TestApp } from "../helpers/app";
import { IDS } from "../helpers/seeds";

const WITHDRAW = `mutation($input: WithdrawInviteInput!) { withdrawInvite(input: $input) {
  invite { id status providerStatus } userErrors { code message field retryable } } }`;

describe("withdrawInvite: one way to take an invite back, whatever the provider", () => {
  let t: TestApp;
  beforeAll(async () => (t = await startApp()));
  afterAll(() => t.close());
  beforeEach(() => t.resetCounters());

  const withdraw = async (input: Record<string, unknown>) => (await t.gql(WITHDRAW, { input })).data!.withdrawInvite;

  it("revokes at Xobin (then ALREADY_REVOKED), like revokeInvite", async () => {
    expect(await withdraw({ id: IDS.xobin.pendingAi, notifyCandidate: true })).toMatchObject({ invite: { id: IDS.xobin.pendingAi, status: "REVOKED" }, userErrors: [] });
    expect(t.sim(Provider.XOBIN).stats().byRoute).toMatchObject({ "PATCH /ai-interviews/invite/revoke": 1 });
    expect(await withdraw({ id: IDS.xobin.pendingAi })).toMatchObject({ invite: { status: "REVOKED" }, userErrors: [{ code: "ALREADY_REVOKED", retryable: false }] });
  });

  it("answers Xobin's NOT_ALLOWED with the same code and message as revokeInvite", async () => {
    const viaWithdraw = await withdraw({ id: IDS.xobin.notAllowedAi });
    const viaRevoke = (await t.gql(`mutation { revokeInvite(input: { id: "${IDS.xobin.notAllowedAi}" }) { userErrors { code message field retryable } } }`)).data!.revokeInvite;
    expect(viaWithdraw.userErrors).toEqual(viaRevoke.userErrors);
    expect(viaWithdraw.userErrors[0].code).toBe("NOT_ALLOWED");
  });

  it("cancels at iMocha while Pending, and answers NOT_CANCELLABLE afterwards, like cancelInvite", async () => {
    expect(await withdraw({ id: IDS.imocha.pending })).toMatchObject({ invite: { id: IDS.imocha.pending, status: "CANCELLED" }, userErrors: [] });
    expect(t.sim(Provider.IMOCHA).stats().byRoute).toMatchObject({ "POST /v3/invitations/:testInvitationId/cancel": 1 });
    expect(await withdraw({ id: IDS.imocha.completed })).toMatchObject({ invite: { status: "COMPLETED" }, userErrors: [{ code: "NOT_CANCELLABLE" }] });
  });

  it("refuses notifyCandidate at iMocha, which cannot notify, before any call", async () => {
    const res = await withdraw({ id: IDS.imocha.inProgress, notifyCandidate: true });
    expect(res).toMatchObject({ invite: null, userErrors: [{ code: "INVALID_INPUT", field: ["notifyCandidate"] }] });
    expect(t.upstreamCalls().IMOCHA).toBe(0);
  });

  it("answers UNSUPPORTED_OPERATION at AlfaOne without calling it", async () => {
    const res = await withdraw({ id: IDS.alfa.pending });
    expect(res).toMatchObject({ invite: null, userErrors: [{ code: "UNSUPPORTED_OPERATION", retryable: false }] });
    expect(res.userErrors[0].message).toContain("AlfaOne's API has no endpoint to revoke or cancel an invite");
    expect(t.upstreamCalls()).toEqual({ XOBIN: 0, ALFAONE: 0, IMOCHA: 0, DRVN: 0 });
  });

  it("refuses a malformed id and an interview id as INVALID_ID on field id", async () => {
    for (const id of ["nope", IDS.drvn.pending]) {
      expect((await withdraw({ id })).userErrors).toEqual([expect.objectContaining({ code: "INVALID_ID", field: ["id"] })]);
    }
    expect(t.upstreamCalls()).toEqual({ XOBIN: 0, ALFAONE: 0, IMOCHA: 0, DRVN: 0 });
  });

  it("replays with the same idempotencyKey without a second call", async () => {
    const input = { id: IDS.xobin.startedAi, idempotencyKey: "withdraw-started-1" };
    const first = await withdraw(input);
    expect(first.userErrors).toEqual([]);
    expect(await withdraw(input)).toEqual(first);
    expect(t.sim(Provider.XOBIN).stats().byRoute["PATCH /ai-interviews/invite/revoke"]).toBe(1);
  });

  it("is listed as the WITHDRAW_INVITE capability exactly where revoke or cancel is", async () => {
    const { data } = await t.gql(`{ providers { provider capabilities } }`);
    for (const p of data!.providers as Array<{ provider: string; capabilities: string[] }>) {
      const canTakeBack = p.capabilities.includes("REVOKE_INVITE") || p.capabilities.includes("CANCEL_INVITE");
      expect([p.provider, p.capabilities.includes("WITHDRAW_INVITE")]).toEqual([p.provider, canTakeBack]);
    }
    expect(data!.providers.filter((p: { capabilities: string[] }) => p.capabilities.includes("WITHDRAW_INVITE")).map((p: { provider: string }) => p.provider)).toEqual(["XOBIN", "IMOCHA"]);
  });
});
