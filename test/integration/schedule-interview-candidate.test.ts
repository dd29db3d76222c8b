import { startApp, type TestApp } from "../helpers/app";
import { IDS } from "../helpers/seeds";

const SCHEDULE = `mutation($input: ScheduleInterviewInput!) { scheduleInterview(input: $input) {
  interview { id externalId candidate { id provider providerId name email phone } }
  userErrors { code message field } } }`;

const base = {
  startAt: "2031-04-01T09:00:00Z",
  endAt: "2031-04-01T09:30:00Z",
  format: "VIDEO_CALL",
  interviewerId: IDS.drvn.interviewer,
  candidateId: IDS.drvn.candidate,
};

describe("scheduleInterview with your externalId and the candidate's email (DRVN holds neither)", () => {
  let t: TestApp;
  beforeAll(async () => (t = await startApp()));
  afterAll(() => t.close());
  beforeEach(() => t.resetCounters());

  it("returns them on the interview, keeping DRVN's own candidate id and driver name", async () => {
    const res = await t.gql(SCHEDULE, { input: { ...base, externalId: "ATS-APP-42", candidate: { name: "R. Feil", email: "rodolfo.feil@example.com" } } });
    expect(res.data!.scheduleInterview.userErrors).toEqual([]);
    expect(res.data!.scheduleInterview.interview).toMatchObject({
      externalId: "ATS-APP-42",
      candidate: { id: IDS.drvn.candidate, provider: "DRVN", providerId: "295", name: "Rodolfo Feil", email: "rodolfo.feil@example.com", phone: "123" },
    });
    expect(t.upstreamCalls().DRVN).toBe(1);
  });

  it("leaves them null when not given", async () => {
    const res = await t.gql(SCHEDULE, { input: base });
    expect(res.data!.scheduleInterview.interview).toMatchObject({ externalId: null, candidate: { id: IDS.drvn.candidate, email: null } });
  });

  it("names every bad field and calls DRVN not at all", async () => {
    const res = await t.gql(SCHEDULE, { input: { ...base, externalId: " ", candidate: { name: "x".repeat(201), email: "not-an-email" } } });
    const errors = res.data!.scheduleInterview.userErrors as Array<{ code: string; field: string[]; message: string }>;
    expect(errors.map((e) => e.field.join(".")).sort()).toEqual(["candidate.email", "candidate.name", "externalId"]);
    expect(errors.every((e) => e.code === "INVALID_INPUT")).toBe(true);
    expect(res.data!.scheduleInterview.interview).toBeNull();
    expect(t.upstreamCalls().DRVN).toBe(0);
  });

  it("refuses an externalId longer than 255 characters", async () => {
    const res = await t.gql(SCHEDULE, { input: { ...base, externalId: "e".repeat(256) } });
    expect(res.data!.scheduleInterview.userErrors).toEqual([
      expect.objectContaining({ code: "INVALID_INPUT", field: ["externalId"], message: expect.stringContaining("255") }),
    ]);
  });
});
