import { expectEntity } from "../helpers/entities";
import { toInterview as toDrvnInterview } from "../../src/providers/drvn/mapper";
import type { DrvnInterview } from "../../src/providers/drvn/types";
import { withCallerFacts } from "../../src/services/interview-mutations";
import docResponse from "../fixtures/drvn/update-interview-response.json";

const doc = docResponse.interview as DrvnInterview;

describe("withCallerFacts: what scheduleInterview's caller knows and DRVN does not", () => {
  it("adds the email and externalId, keeps DRVN's id and driver name, and leaves the input interview untouched", () => {
    const interview = toDrvnInterview(doc);
    const out = withCallerFacts(interview, { externalId: "ATS-42", candidate: { name: "Someone Else", email: "rodolfo.feil@example.com" } });
    expectEntity(out, "Interview");
    expectEntity(out.candidate, "Candidate");
    expect(out.candidate).toMatchObject({ id: "drvn:candidate:295", name: "Rodolfo Feil", email: "rodolfo.feil@example.com" });
    expect(out.externalId).toBe("ATS-42");
    expect(interview.candidate?.email).toBeNull();
    expect(interview.externalId).toBeNull();
  });

  it("uses the caller's name where the driver has none", () => {
    const nameless = toDrvnInterview({ ...doc, interviewee: { ...doc.interviewee, driver: { ...doc.interviewee.driver, title: null as unknown as string } } });
    expect(withCallerFacts(nameless, { candidate: { name: "Rodolfo Feil", email: "r@example.com" } }).candidate?.name).toBe("Rodolfo Feil");
  });

  it("builds a candidate from the caller's facts when DRVN's answer has no interviewee", () => {
    const bare = toDrvnInterview({ ...doc, interviewee: null as unknown as DrvnInterview["interviewee"] });
    const out = withCallerFacts(bare, { candidate: { email: "r@example.com" } });
    expect(out.candidate).toMatchObject({ id: expect.stringMatching(/^hiregraph:candidate:[0-9a-f]{32}$/), provider: "DRVN", email: "r@example.com" });
  });

  it("changes nothing when the caller gives nothing", () => {
    const interview = toDrvnInterview(doc);
    expect(withCallerFacts(interview, {})).toEqual(interview);
  });
});

describe("withCallerFacts input hygiene", () => {
  it("trims the given email and name, as inviteCandidate does", () => {
    const nameless = toDrvnInterview({ ...doc, interviewee: { ...doc.interviewee, driver: { ...doc.interviewee.driver, title: null as unknown as string } } });
    const out = withCallerFacts(nameless, { candidate: { name: "  Rodolfo Feil ", email: " rodolfo.feil@example.com " } });
    expect(out.candidate).toMatchObject({ name: "Rodolfo Feil", email: "rodolfo.feil@example.com" });
  });
});
