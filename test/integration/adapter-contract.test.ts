import { Capability, InterviewFormat, InviteStatus, Provider } from "../../src/domain/enums";
import { formatId } from "../../src/domain/ids";
import { parseId } from "../../src/providers/ids";
import { ALFAONE_SEED, alfaoneSimulator } from "../../src/providers/alfaone";
import { DRVN_SEED, drvnSimulator } from "../../src/providers/drvn";
import { IMOCHA_SEED, imochaSimulator } from "../../src/providers/imocha";
import { XOBIN_SEED, xobinSimulator } from "../../src/providers/xobin";
import { itBehavesAsAProviderAdapter, type AdapterContractFixture } from "../helpers/adapter-contract";

/**
 * One contract (test/helpers/adapter-contract.ts) for every provider adapter, each against its own simulator over
 * real HTTP. The fixtures hold only what differs: seeded ids, valid inputs, the simulator routes each call uses, and
 * the number of calls each adapter documents for a batch.
 */

const id = (provider: Provider, type: string, native: string) => parseId(formatId(provider, type, native));
const xobin = (type: string, native: string) => id(Provider.XOBIN, type, native);
const alfa = (type: string, native: string) => id(Provider.ALFAONE, type, native);
const imocha = (type: string, native: string) => id(Provider.IMOCHA, type, native);
const drvn = (native: string) => id(Provider.DRVN, "interview", native);

const XOBIN: AdapterContractFixture = {
  provider: Provider.XOBIN,
  simulator: xobinSimulator,
  secret: "test-xobin-api-key-1234",
  capabilities: [Capability.READ_INVITE, Capability.LIST_INVITES, Capability.CREATE_INVITE, Capability.REVOKE_INVITE, Capability.WITHDRAW_INVITE, Capability.READ_ASSESSMENT],
  extraMethods: ["findInviteByExternalId"],
  invites: {
    seeded: [xobin("ai-invite", XOBIN_SEED.pendingAiInvite), xobin("ai-invite", XOBIN_SEED.completedAiInvite), xobin("ai-invite", XOBIN_SEED.revokedAiInvite)],
    unknown: xobin("ai-invite", "999999"),
    wrongType: xobin("ai-interview", XOBIN_SEED.aiInterview),
    calls: (n) => n,
    route: "GET /ai-interviews/report/:responseId",
  },
  // Xobin v2 has no assessment read: an Assessment is built from its id alone, so no call and no NOT_FOUND.
  assessments: {
    seeded: [xobin("ai-interview", XOBIN_SEED.aiInterview), xobin("assessment", XOBIN_SEED.assessment)],
    wrongType: xobin("ai-invite", XOBIN_SEED.pendingAiInvite),
    calls: () => 0,
  },
  listInvites: { args: { assessment: xobin("ai-interview", XOBIN_SEED.aiInterview), page: 1, limit: 2 }, route: "GET /ai-interviews/invited/:aiInterviewId" },
  findInviteByExternalId: {
    assessment: xobin("ai-interview", XOBIN_SEED.aiInterview),
    externalId: XOBIN_SEED.completedAiInviteExternalId,
    expected: xobin("ai-invite", XOBIN_SEED.completedAiInvite),
    unknownExternalId: "NO-SUCH-REF",
    route: "GET /ai-interviews/report",
  },
  createInvite: { request: { assessment: xobin("ai-interview", XOBIN_SEED.aiInterview), candidate: { name: "Ana Lima", email: "ana.lima@example.com" } }, route: "POST /ai-interviews/invite" },
  revokeInvite: {
    id: xobin("ai-invite", XOBIN_SEED.pendingAiInvite),
    unknown: xobin("ai-invite", "999999"),
    after: InviteStatus.REVOKED,
    route: "PATCH /ai-interviews/invite/revoke",
  },
};

const ALFAONE: AdapterContractFixture = {
  provider: Provider.ALFAONE,
  simulator: alfaoneSimulator,
  secret: "ak_test_4f9c2d7e8a1b3c5d6e7f8091a2b3c4d5",
  capabilities: [Capability.READ_INVITE, Capability.LIST_INVITES, Capability.CREATE_INVITE, Capability.READ_ASSESSMENT, Capability.LIST_ASSESSMENTS],
  extraMethods: [],
  invites: {
    seeded: [alfa("invite", ALFAONE_SEED.pendingInvite), alfa("invite", ALFAONE_SEED.completedInvite), alfa("invite", ALFAONE_SEED.revokedInvite)],
    unknown: alfa("invite", "00000000-0000-4000-8000-000000000000"),
    wrongType: alfa("assessment", ALFAONE_SEED.salesPitchAssessment),
    calls: (n) => n,
    route: "GET /invites/:inviteId",
  },
  assessments: {
    seeded: [alfa("assessment", ALFAONE_SEED.customerSupportAssessment), alfa("assessment", ALFAONE_SEED.salesPitchAssessment)],
    unknown: alfa("assessment", "00000000-0000-4000-8000-000000000000"),
    wrongType: alfa("invite", ALFAONE_SEED.pendingInvite),
    calls: (n) => n,
    route: "GET /assessments/:assessmentId",
  },
  listInvites: { args: { page: 1, limit: 3 }, route: "GET /invites" },
  listAssessments: { args: { page: 1, limit: 1 }, route: "GET /assessments" },
  createInvite: {
    request: { assessment: alfa("assessment", ALFAONE_SEED.salesPitchAssessment), candidate: { name: "Ana Silva", email: "ana.silva@example.com" } },
    route: "POST /invites",
  },
};

const IMOCHA: AdapterContractFixture = {
  provider: Provider.IMOCHA,
  simulator: imochaSimulator,
  secret: "imocha-test-key-0123456789",
  capabilities: [Capability.READ_INVITE, Capability.CREATE_INVITE, Capability.CANCEL_INVITE, Capability.WITHDRAW_INVITE, Capability.READ_ASSESSMENT, Capability.LIST_ASSESSMENTS],
  extraMethods: ["replayCallbacks"],
  invites: {
    seeded: [imocha("invite", IMOCHA_SEED.pendingInvite), imocha("invite", IMOCHA_SEED.completedInvite), imocha("invite", IMOCHA_SEED.testLeftInvite)],
    unknown: imocha("invite", "9999999"),
    wrongType: imocha("test", IMOCHA_SEED.sqlTest),
    calls: (n) => n,
    route: "GET /v3/reports/:testInvitationId",
  },
  // `GET /v3/tests` has no per-id read: one list call serves the whole batch, whatever its size.
  assessments: {
    seeded: [imocha("test", IMOCHA_SEED.javascriptTest), imocha("test", IMOCHA_SEED.sqlTest)],
    unknown: imocha("test", "4242"),
    wrongType: imocha("invite", IMOCHA_SEED.pendingInvite),
    calls: () => 1,
    route: "GET /v3/tests",
  },
  listAssessments: { args: { page: 1, limit: 1 }, route: "GET /v3/tests" },
  createInvite: {
    request: { assessment: imocha("test", IMOCHA_SEED.sqlTest), candidate: { name: "Ken Thompson", email: "ken.thompson@example.com" } },
    route: "POST /v3/tests/:testId/invite",
  },
  cancelInvite: {
    id: imocha("invite", IMOCHA_SEED.pendingInvite),
    unknown: imocha("invite", "9999999"),
    after: InviteStatus.CANCELLED,
    route: "POST /v3/invitations/:testInvitationId/cancel",
  },
  replayCallbacks: { ids: [imocha("invite", IMOCHA_SEED.completedInvite), imocha("invite", "9999999")], route: "POST /v3/callbacks/process" },
};

const DRVN: AdapterContractFixture = {
  provider: Provider.DRVN,
  simulator: drvnSimulator,
  secret: "test.drvn.bearer.token",
  capabilities: [Capability.CREATE_INTERVIEW, Capability.UPDATE_INTERVIEW],
  extraMethods: [],
  createInterview: {
    fields: {
      format: InterviewFormat.IN_PERSON,
      startAt: new Date("2030-12-01T10:00:00.000Z"),
      endAt: new Date("2030-12-01T10:30:00.000Z"),
      interviewerId: DRVN_SEED.otherInterviewer,
      candidateId: DRVN_SEED.otherInterviewee,
      location: "DRVN Depot, 3 Example Way, Bristol BS1 6QA",
    },
    route: "POST /api/v1/interviews",
  },
  updateInterview: {
    id: drvn(DRVN_SEED.pendingInterview),
    unknown: drvn(DRVN_SEED.unknownInterview),
    fields: { startAt: new Date("2030-12-02T09:00:00.000Z"), endAt: new Date("2030-12-02T09:45:00.000Z"), location: "https://meet.example.com/drvn-27" },
    route: "PATCH /api/v1/interviews/:id",
  },
};

describe.each([
  ["Xobin", XOBIN],
  ["AlfaOne", ALFAONE],
  ["iMocha", IMOCHA],
  ["DRVN", DRVN],
])("%s adapter contract", (_name, fixture) => {
  itBehavesAsAProviderAdapter(fixture);
});
