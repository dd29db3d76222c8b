import { ALFAONE_SEED } from "../../src/providers/alfaone";
import { DRVN_SEED } from "../../src/providers/drvn";
import { IMOCHA_SEED } from "../../src/providers/imocha";
import { XOBIN_SEED } from "../../src/providers/xobin";

/** Global ids of the sandbox demo data, for end-to-end tests. */
export const IDS = {
  alfa: {
    pending: `alfaone:invite:${ALFAONE_SEED.pendingInvite}`,
    completed: `alfaone:invite:${ALFAONE_SEED.completedInvite}`,
    started: `alfaone:invite:${ALFAONE_SEED.startedInvite}`,
    revoked: `alfaone:invite:${ALFAONE_SEED.revokedInvite}`,
    expired: `alfaone:invite:${ALFAONE_SEED.expiredInvite}`,
    accepted: `alfaone:invite:${ALFAONE_SEED.acceptedInvite}`,
    supportAssessment: `alfaone:assessment:${ALFAONE_SEED.customerSupportAssessment}`,
    salesAssessment: `alfaone:assessment:${ALFAONE_SEED.salesPitchAssessment}`,
    missing: "alfaone:invite:00000000-0000-4000-8000-000000000000",
  },
  imocha: {
    pending: `imocha:invite:${IMOCHA_SEED.pendingInvite}`,
    inProgress: `imocha:invite:${IMOCHA_SEED.inProgressInvite}`,
    completed: `imocha:invite:${IMOCHA_SEED.completedInvite}`,
    testLeft: `imocha:invite:${IMOCHA_SEED.testLeftInvite}`,
    terminated: `imocha:invite:${IMOCHA_SEED.terminatedInvite}`,
    expired: `imocha:invite:${IMOCHA_SEED.expiredInvite}`,
    cancelled: `imocha:invite:${IMOCHA_SEED.cancelledInvite}`,
    secondTestCompleted: `imocha:invite:${IMOCHA_SEED.secondTestCompletedInvite}`,
    jsTest: `imocha:test:${IMOCHA_SEED.javascriptTest}`,
    sqlTest: `imocha:test:${IMOCHA_SEED.sqlTest}`,
    missing: "imocha:invite:999",
  },
  xobin: {
    aiInterview: `xobin:ai-interview:${XOBIN_SEED.aiInterview}`,
    exhaustedAiInterview: `xobin:ai-interview:${XOBIN_SEED.exhaustedAiInterview}`,
    assessment: `xobin:assessment:${XOBIN_SEED.assessment}`,
    pendingAi: `xobin:ai-invite:${XOBIN_SEED.pendingAiInvite}`,
    startedAi: `xobin:ai-invite:${XOBIN_SEED.startedAiInvite}`,
    completedAi: `xobin:ai-invite:${XOBIN_SEED.completedAiInvite}`,
    revokedAi: `xobin:ai-invite:${XOBIN_SEED.revokedAiInvite}`,
    notAllowedAi: `xobin:ai-invite:${XOBIN_SEED.notAllowedAiInvite}`,
    failingRevokeAi: `xobin:ai-invite:${XOBIN_SEED.failingRevokeAiInvite}`,
    pendingAssessment: `xobin:assessment-invite:${XOBIN_SEED.pendingAssessmentInvite}`,
    completedAssessment: `xobin:assessment-invite:${XOBIN_SEED.completedAssessmentInvite}`,
    notAllowedAssessment: `xobin:assessment-invite:${XOBIN_SEED.notAllowedAssessmentInvite}`,
    errorRevokingAssessment: `xobin:assessment-invite:${XOBIN_SEED.errorRevokingAssessmentInvite}`,
    notAllowedTimestamp: XOBIN_SEED.notAllowedTimestamp,
  },
  drvn: {
    pending: `drvn:interview:${DRVN_SEED.pendingInterview}`,
    scheduled: `drvn:interview:${DRVN_SEED.scheduledInterview}`,
    amended: `drvn:interview:${DRVN_SEED.amendedInterview}`,
    interviewer: `drvn:grader:${DRVN_SEED.interviewer}`,
    otherInterviewer: `drvn:grader:${DRVN_SEED.otherInterviewer}`,
    candidate: `drvn:candidate:${DRVN_SEED.interviewee}`,
    missing: `drvn:interview:${DRVN_SEED.unknownInterview}`,
  },
} as const;
