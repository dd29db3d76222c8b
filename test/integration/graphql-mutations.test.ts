import { startApp, type TestApp } from "../helpers/app";
import { IDS } from "../helpers/seeds";

const PAYLOAD = `invite { id status providerStatus candidate { name email } inviteUrl assessment { id name } externalId }
  userErrors { code message field retryable retryAfterSeconds }`;
const INVITE = `mutation($input: InviteCandidateInput!) { inviteCandidate(input: $input) { ${PAYLOAD} } }`;
const REVOKE = `mutation($input: RevokeInviteInput!) { revokeInvite(input: $input) { ${PAYLOAD} } }`;
const CANCEL = `mutation($input: CancelInviteInput!) { cancelInvite(input: $input) { ${PAYLOAD} } }`;
const UPDATE = `mutation($input: UpdateInterviewInput!) { updateInterview(input: $input) {
  interview { id status providerStatus format startAt endAt location interviewer { id name } candidate { id name } }
  userErrors { code message field retryable } } }`;
const SCHEDULE = UPDATE.replace("UpdateInterviewInput", "ScheduleInterviewInput").replace("updateInterview", "scheduleInterview");

const future = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

describe("mutations over POST /graphql", () => {
  let t: TestApp;
  beforeAll(async () => (t = await startApp()));
  afterAll(() => t.close());
  beforeEach(() => t.resetCounters());

  describe("inviteCandidate", () => {
    it("creates invites at Xobin (AI), AlfaOne and iMocha and returns them normalised", async () => {
      const x = await t.gql(INVITE, { input: { assessmentId: IDS.xobin.aiInterview, candidate: { name: "Alex Tanaka", email: "alex.tnk@example.com" }, startsAt: future(1), expiresAt: future(3), externalId: "CAND-1" } });
      expect(x.data!.inviteCandidate.userErrors).toEqual([]);
      expect(x.data!.inviteCandidate.invite).toMatchObject({ status: "PENDING", providerStatus: "Invite Link created", candidate: { name: "Alex Tanaka", email: "alex.tnk@example.com" }, assessment: { id: IDS.xobin.aiInterview } });
      expect(x.data!.inviteCandidate.invite.id).toMatch(/^xobin:ai-invite:\d+$/);
      expect(x.data!.inviteCandidate.invite.inviteUrl).toMatch(/^https:\/\//);

      const a = await t.gql(INVITE, { input: { assessmentId: IDS.alfa.salesAssessment, candidate: { email: "sam@example.com" }, alfaone: { questionReplayLimit: 2 } } });
      expect(a.data!.inviteCandidate.userErrors).toEqual([]);
      expect(a.data!.inviteCandidate.invite).toMatchObject({ status: "PENDING", candidate: { email: "sam@example.com" }, assessment: { id: IDS.alfa.salesAssessment } });

      const i = await t.gql(INVITE, { input: { assessmentId: IDS.imocha.sqlTest, candidate: { name: "Ravi Iyer", email: "ravi.new@example.com" }, sendEmail: false } });
      expect(i.data!.inviteCandidate.userErrors).toEqual([]);
      const created = i.data!.inviteCandidate.invite;
      expect(created.id).toMatch(/^imocha:invite:\d+$/);
      // The created invite is readable afterwards (the write persisted at the provider).
      const read = await t.gql(`query($id: ID!) { invite(id: $id) { id status } }`, { id: created.id });
      expect(read.data!.invite).toEqual({ id: created.id, status: "PENDING" });
    });

    it("maps Xobin's 403 limit_exceed to QUOTA_EXCEEDED", async () => {
      const res = await t.gql(INVITE, { input: { assessmentId: IDS.xobin.exhaustedAiInterview, candidate: { name: "N", email: "n@example.com" } } });
      expect(res.data!.inviteCandidate).toMatchObject({ invite: null, userErrors: [{ code: "QUOTA_EXCEEDED", retryable: false }] });
    });

    it("validates every field before any upstream call and names the fields", async () => {
      const res = await t.gql(INVITE, {
        input: {
          assessmentId: "imocha:invite:1",
          candidate: { name: "x".repeat(201), email: "not-an-email" },
          externalId: "y".repeat(256),
          idempotencyKey: "k".repeat(256),
          startsAt: future(5),
          expiresAt: future(2),
          imocha: { callbackUrl: "ftp://nope" },
        },
      });
      const errors = res.data!.inviteCandidate.userErrors as Array<{ code: string; field: string[] }>;
      const fields = errors.map((e) => e.field.join("."));
      expect(fields).toEqual(expect.arrayContaining(["assessmentId", "candidate.email", "candidate.name", "externalId", "idempotencyKey", "expiresAt", "imocha.callbackUrl"]));
      expect(errors.find((e) => e.field[0] === "assessmentId")!.code).toBe("INVALID_ID");
      expect(t.upstreamCalls()).toEqual({ XOBIN: 0, ALFAONE: 0, IMOCHA: 0, DRVN: 0 });
    });

    it("refuses provider options and fields the chosen provider cannot honour", async () => {
      const alfa = await t.gql(INVITE, { input: { assessmentId: IDS.alfa.salesAssessment, candidate: { email: "a@example.com" }, sendEmail: false } });
      expect(alfa.data!.inviteCandidate.userErrors[0]).toMatchObject({ code: "INVALID_INPUT", field: ["sendEmail"] });
      const wrongOpts = await t.gql(INVITE, { input: { assessmentId: IDS.imocha.jsTest, candidate: { name: "A", email: "a@example.com" }, alfaone: { questionReplayLimit: 1 } } });
      expect(wrongOpts.data!.inviteCandidate.userErrors[0]).toMatchObject({ code: "INVALID_INPUT", field: ["alfaone"] });
      expect(t.upstreamCalls()).toEqual({ XOBIN: 0, ALFAONE: 0, IMOCHA: 0, DRVN: 0 });
    });

    it("replays the first payload for a repeated idempotency key and refuses the key with other input", async () => {
      const input = { assessmentId: IDS.imocha.jsTest, candidate: { name: "Idem Potent", email: "idem@example.com" }, idempotencyKey: "key-invite-1" };
      const [first, second] = await Promise.all([t.gql(INVITE, { input }), t.gql(INVITE, { input })]);
      const third = await t.gql(INVITE, { input });
      expect(first.data!.inviteCandidate.invite.id).toBeDefined();
      expect(second.data).toEqual(first.data);
      expect(third.data).toEqual(first.data);
      expect(t.sim("IMOCHA" as never).stats().byRoute["POST /v3/tests/:testId/invite"]).toBe(1);
      const other = await t.gql(INVITE, { input: { ...input, candidate: { name: "Someone Else", email: "else@example.com" } } });
      expect(other.data!.inviteCandidate).toMatchObject({ invite: null, userErrors: [{ code: "IDEMPOTENCY_KEY_REUSED", field: ["idempotencyKey"] }] });
    });
  });

  describe("revokeInvite (Xobin)", () => {
    it("revokes, then reports ALREADY_REVOKED with the invite as it stands", async () => {
      const first = await t.gql(REVOKE, { input: { id: IDS.xobin.pendingAi, notifyCandidate: true } });
      expect(first.data!.revokeInvite).toMatchObject({ invite: { id: IDS.xobin.pendingAi, status: "REVOKED" }, userErrors: [] });
      const again = await t.gql(REVOKE, { input: { id: IDS.xobin.pendingAi } });
      expect(again.data!.revokeInvite).toMatchObject({ invite: { status: "REVOKED" }, userErrors: [{ code: "ALREADY_REVOKED", retryable: false }] });
    });

    it("revokes an assessment invite (POST endpoint)", async () => {
      const res = await t.gql(REVOKE, { input: { id: IDS.xobin.pendingAssessment } });
      expect(res.data!.revokeInvite).toMatchObject({ invite: { status: "REVOKED" }, userErrors: [] });
    });

    it("reports NOT_ALLOWED with the provider timestamp in ISO-8601 UTC", async () => {
      for (const id of [IDS.xobin.notAllowedAi, IDS.xobin.notAllowedAssessment]) {
        const res = await t.gql(REVOKE, { input: { id } });
        const [err] = res.data!.revokeInvite.userErrors;
        expect(err.code).toBe("NOT_ALLOWED");
        expect(err.message).toContain("2025-01-15T10:32:45");
        expect(err.message).not.toContain("2025-01-15 10:32:45");
      }
    });

    it("reports FAILED and ERROR_REVOKING as retryable PROVIDER_UNAVAILABLE", async () => {
      for (const id of [IDS.xobin.failingRevokeAi, IDS.xobin.errorRevokingAssessment]) {
        const res = await t.gql(REVOKE, { input: { id } });
        expect(res.data!.revokeInvite).toMatchObject({ invite: null, userErrors: [{ code: "PROVIDER_UNAVAILABLE", retryable: true }] });
      }
    });

    it("answers UNSUPPORTED_OPERATION for AlfaOne and iMocha without any upstream call", async () => {
      const alfa = await t.gql(REVOKE, { input: { id: IDS.alfa.pending } });
      expect(alfa.data!.revokeInvite.userErrors[0]).toMatchObject({ code: "UNSUPPORTED_OPERATION" });
      expect(alfa.data!.revokeInvite.userErrors[0].message).toContain("Supported for AlfaOne: READ_INVITE, LIST_INVITES, CREATE_INVITE");
      const imocha = await t.gql(REVOKE, { input: { id: IDS.imocha.pending } });
      expect(imocha.data!.revokeInvite.userErrors[0].message).toContain("use cancelInvite");
      const alfaCancel = await t.gql(CANCEL, { input: { id: IDS.alfa.pending } });
      expect(alfaCancel.data!.cancelInvite.userErrors[0].code).toBe("UNSUPPORTED_OPERATION");
      expect(t.upstreamCalls()).toEqual({ XOBIN: 0, ALFAONE: 0, IMOCHA: 0, DRVN: 0 });
    });
  });

  describe("cancelInvite (iMocha)", () => {
    it("cancels a Pending invitation and shows it CANCELLED", async () => {
      const created = await t.gql(INVITE, { input: { assessmentId: IDS.imocha.jsTest, candidate: { name: "To Cancel", email: "cancel.me@example.com" } } });
      const id = created.data!.inviteCandidate.invite.id;
      const res = await t.gql(CANCEL, { input: { id } });
      expect(res.data!.cancelInvite).toMatchObject({ invite: { id, status: "CANCELLED" }, userErrors: [] });
    });

    it.each([
      ["inProgress", "STARTED"],
      ["completed", "COMPLETED"],
      ["expired", "EXPIRED"],
      ["cancelled", "CANCELLED"],
      ["testLeft", "ABANDONED"],
      ["terminated", "TERMINATED"],
    ] as const)("refuses to cancel a %s invitation with NOT_CANCELLABLE", async (which, status) => {
      const res = await t.gql(CANCEL, { input: { id: IDS.imocha[which] } });
      expect(res.data!.cancelInvite).toMatchObject({ invite: { status }, userErrors: [{ code: "NOT_CANCELLABLE", retryable: false }] });
    });

    it("reports an unknown invitation as NOT_FOUND", async () => {
      const res = await t.gql(CANCEL, { input: { id: IDS.imocha.missing } });
      expect(res.data!.cancelInvite).toMatchObject({ invite: null, userErrors: [{ code: "NOT_FOUND" }] });
    });
  });

  describe("updateInterview and scheduleInterview (DRVN)", () => {
    it("sends only the fields given and returns the interview as DRVN has it", async () => {
      const res = await t.gql(UPDATE, { input: { id: IDS.drvn.pending, location: "https://meet.example.com/abc" } });
      expect(res.data!.updateInterview.userErrors).toEqual([]);
      expect(res.data!.updateInterview.interview).toMatchObject({ id: IDS.drvn.pending, status: "PENDING", location: "https://meet.example.com/abc", format: "VIDEO_CALL", interviewer: { id: IDS.drvn.interviewer } });
      const moved = await t.gql(UPDATE, { input: { id: IDS.drvn.pending, startAt: "2031-03-01T09:00:00Z", endAt: "2031-03-01T09:30:00Z", interviewerId: IDS.drvn.otherInterviewer } });
      expect(moved.data!.updateInterview.interview).toMatchObject({ startAt: "2031-03-01T09:00:00.000Z", endAt: "2031-03-01T09:30:00.000Z", location: "https://meet.example.com/abc", interviewer: { id: IDS.drvn.otherInterviewer } });
    });

    it("validates ids and times before calling DRVN", async () => {
      const res = await t.gql(UPDATE, { input: { id: IDS.drvn.pending, startAt: "2031-03-01T10:00:00Z", endAt: "2031-03-01T09:00:00Z", interviewerId: IDS.drvn.candidate, candidateId: "drvn:candidate:abc" } });
      const fields = res.data!.updateInterview.userErrors.map((e: { field: string[] }) => e.field.join("."));
      expect(fields.sort()).toEqual(["candidateId", "endAt", "interviewerId"]);
      const empty = await t.gql(UPDATE, { input: { id: IDS.drvn.pending } });
      expect(empty.data!.updateInterview.userErrors[0]).toMatchObject({ code: "INVALID_INPUT", field: ["id"] });
      const wrongType = await t.gql(UPDATE, { input: { id: IDS.imocha.pending, location: "x" } });
      expect(wrongType.data!.updateInterview.userErrors[0].code).toBe("INVALID_ID");
      expect(t.upstreamCalls().DRVN).toBe(0);
    });

    it("reports an unknown interview as NOT_FOUND", async () => {
      const res = await t.gql(UPDATE, { input: { id: IDS.drvn.missing, location: "x" } });
      expect(res.data!.updateInterview).toMatchObject({ interview: null, userErrors: [{ code: "NOT_FOUND" }] });
    });

    it("schedules a new interview", async () => {
      const res = await t.gql(SCHEDULE, { input: { startAt: "2031-04-01T09:00:00Z", endAt: "2031-04-01T09:30:00Z", format: "IN_PERSON", location: "Depot 4, Leeds", interviewerId: IDS.drvn.interviewer, candidateId: IDS.drvn.candidate } });
      expect(res.data!.scheduleInterview.userErrors).toEqual([]);
      expect(res.data!.scheduleInterview.interview).toMatchObject({ status: "PENDING", format: "IN_PERSON", location: "Depot 4, Leeds", candidate: { id: IDS.drvn.candidate, name: "Rodolfo Feil" } });
    });
  });
});
