import { derivedCandidateId } from "../../src/domain/candidate-id";
import { Provider } from "../../src/domain/enums";
import { startApp, type TestApp } from "../helpers/app";
import { IDS } from "../helpers/seeds";

/** Every documented result and detail field, selected the way a client would. */
const RESULT_AND_DETAILS = `
  id provider providerId score maxScore reportUrl
  candidate { id provider providerId name email }
  result { score maxScore percent recommendation reportUrl sections { name score maxScore group } }
  details {
    __typename
    ... on AlfaOneInviteDetails { questionReplayLimit answerRecordLimit customMessage acceptedAt
      proctoringSettings { screenRecording webcamMonitoring requireIdCapture } }
    ... on XobinAiInterviewDetails { candidateId integrityScore recommendation summary pdfUrl recordings { session url } }
    ... on XobinAssessmentDetails { candidateId cutOff offTabCount registrationFields { label value } skills { name score maxScore group } }
    ... on ImochaInviteDetails { performanceCategory sections { sectionId name score maxScore questionCount minutesAllowed secondsTaken } }
  }`;

const INTERVIEW = `id provider providerId externalId candidate { id provider providerId name email phone }
  details { __typename ... on DrvnInterviewDetails { amendedBy intervieweeStage currency intervieweeUpdatedAt driver { id name phoneNumber imageUrl } } }`;

describe("results and provider details over HTTP, against the simulators", () => {
  let t: TestApp;
  beforeAll(async () => (t = await startApp()));
  afterAll(() => t.close());
  beforeEach(() => t.resetCounters());

  it("reads every provider's documented result and extras in one invites(ids) request, one upstream call per invite", async () => {
    const ids = [IDS.xobin.completedAi, IDS.xobin.completedAssessment, IDS.imocha.completed, IDS.alfa.completed];
    const res = await t.gql(`query($ids: [ID!]!) { invites(ids: $ids) { ${RESULT_AND_DETAILS} } }`, { ids });
    expect(res.errors).toBeUndefined();
    const [ai, assessment, imocha, alfa] = res.data!.invites;

    expect(ai.result).toEqual({
      score: 82, maxScore: null, percent: null, recommendation: "Recommended", reportUrl: ai.reportUrl,
      sections: [
        { name: "Data modelling", score: 8, maxScore: null, group: "must_haves" },
        { name: "Stream processing", score: 9, maxScore: null, group: "must_haves" },
        { name: "Terraform", score: 7, maxScore: null, group: "nice_to_haves" },
      ],
    });
    expect(ai.details).toMatchObject({
      __typename: "XobinAiInterviewDetails", candidateId: "88003", integrityScore: 9.1, recommendation: "Recommended",
      summary: expect.stringContaining("streaming pipeline"), pdfUrl: expect.stringMatching(/\.pdf$/),
    });
    expect(ai.details.recordings.map((r: { session: string }) => r.session)).toEqual(["session1", "session2"]);

    expect(assessment.result).toMatchObject({ score: 76.5, maxScore: 100, percent: 76.5, sections: [{ name: "Python", score: 80, maxScore: 100 }, { name: "SQL", score: 73, maxScore: 100 }] });
    expect(assessment.details).toMatchObject({
      __typename: "XobinAssessmentDetails", candidateId: "99003", cutOff: 60, offTabCount: 1,
      registrationFields: [{ label: "Years of experience", value: "4" }],
      skills: [{ name: "Data structures", score: 80, maxScore: 100, group: "Python" }, { name: "Joins", score: 73, maxScore: 100, group: "SQL" }],
    });

    expect(imocha.result).toMatchObject({ score: 34, maxScore: 45, percent: 75.56, recommendation: null, reportUrl: imocha.reportUrl });
    expect(imocha.result.sections).toHaveLength(3);
    expect(imocha.details).toMatchObject({ __typename: "ImochaInviteDetails", performanceCategory: "Intermediate" });
    expect(imocha.details.sections[1]).toEqual({ sectionId: "502", name: "Async and the event loop", score: 11, maxScore: 15, questionCount: 8, minutesAllowed: 15, secondsTaken: 866 });

    expect(alfa.result).toBeNull();
    expect(alfa.details).toEqual({
      __typename: "AlfaOneInviteDetails", questionReplayLimit: 1, answerRecordLimit: 1,
      customMessage: expect.stringContaining("support team"), acceptedAt: "2026-10-29T14:02:00.000Z",
      proctoringSettings: { screenRecording: true, webcamMonitoring: true, requireIdCapture: true },
    });

    expect(t.upstreamCalls()).toEqual({ XOBIN: 2, IMOCHA: 1, ALFAONE: 1, DRVN: 0 });
  });

  it("has no result before the candidate finishes, and still the details the provider gives", async () => {
    const ids = [IDS.xobin.pendingAi, IDS.xobin.pendingAssessment, IDS.imocha.pending, IDS.alfa.pending];
    const res = await t.gql(`query($ids: [ID!]!) { invites(ids: $ids) { ${RESULT_AND_DETAILS} } }`, { ids });
    expect(res.errors).toBeUndefined();
    const [ai, assessment, imocha, alfa] = res.data!.invites;
    for (const invite of [ai, assessment, imocha, alfa]) expect(invite.result).toBeNull();
    expect(ai.details).toMatchObject({ __typename: "XobinAiInterviewDetails", integrityScore: null, recordings: [] });
    expect(assessment.details).toMatchObject({ __typename: "XobinAssessmentDetails", cutOff: null, skills: [] });
    expect(imocha.details).toEqual({ __typename: "ImochaInviteDetails", performanceCategory: null, sections: [] });
    expect(alfa.details).toMatchObject({ __typename: "AlfaOneInviteDetails", acceptedAt: null });
  });

  it("gives each candidate a stable id: the same one in two invites of one provider, derived from the email, with provenance", async () => {
    const ids = [IDS.imocha.completed, IDS.imocha.secondTestCompleted, IDS.xobin.completedAi];
    const res = await t.gql(`query($ids: [ID!]!) { invites(ids: $ids) { candidate { id provider providerId email } } }`, { ids });
    expect(res.errors).toBeUndefined();
    const [first, second, xobin] = res.data!.invites.map((i: { candidate: unknown }) => i.candidate);
    expect(first).toEqual({ id: derivedCandidateId(Provider.IMOCHA, "mei.chen@example.com"), provider: "IMOCHA", providerId: null, email: "mei.chen@example.com" });
    expect(second).toEqual(first);
    expect(xobin).toMatchObject({ id: expect.stringMatching(/^hiregraph:candidate:[0-9a-f]{32}$/), provider: "XOBIN", providerId: null });
  });

  it("answers node(id) for a provider candidate id with UNSUPPORTED_OPERATION and no upstream call, as for graders", async () => {
    const res = await t.gql(`{ node(id: "xobin:candidate:88001") { id } }`);
    expect(res.data!.node).toBeNull();
    expect(res.errors![0].extensions).toMatchObject({ code: "UNSUPPORTED_OPERATION", provider: "XOBIN" });
    expect(res.errors![0].message).toMatch(/embedded in invites and interviews/);
    const derived = await t.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: derivedCandidateId(Provider.IMOCHA, "mei.chen@example.com") });
    expect(derived.errors![0].extensions).toMatchObject({ code: "INVALID_ID" });
    expect(Object.values(t.upstreamCalls()).reduce((a, b) => a + b, 0)).toBe(0);
  });

  it("reads DRVN's amended_by and the interviewee's driver record from an interview answer", async () => {
    const res = await t.gql(`mutation($id: ID!) { updateInterview(input: { id: $id, location: "https://meet.example.com/drvn-30b" }) {
      interview { ${INTERVIEW} } userErrors { code message } } }`, { id: IDS.drvn.amended });
    expect(res.data!.updateInterview.userErrors).toEqual([]);
    const interview = res.data!.updateInterview.interview;
    expect(interview.candidate).toEqual({ id: IDS.drvn.candidate, provider: "DRVN", providerId: "295", name: "Rodolfo Feil", email: null, phone: "123" });
    expect(interview.details).toEqual({
      __typename: "DrvnInterviewDetails", amendedBy: "interviewee", intervieweeStage: "verified", currency: "GBP",
      intervieweeUpdatedAt: "2025-11-20T08:13:06.209Z", driver: { id: "1036", name: "Rodolfo Feil", phoneNumber: "123", imageUrl: null },
    });
    expect(interview.externalId).toBeNull();
  });
});
