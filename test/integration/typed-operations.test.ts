import { execute } from "../../examples/client";
import { GetInviteResultsDocument, GetInvitesDocument, InviteCandidateDocument, ProvidersDocument } from "../../examples/__generated__/graphql";
import { startApp, type TestApp } from "../helpers/app";
import { IDS } from "../helpers/seeds";

/** The codegen output and the example client against the live server: types and runtime must agree. */
describe("generated typed operations", () => {
  let t: TestApp;
  beforeAll(async () => (t = await startApp()));
  afterAll(() => t.close());

  it("runs typed queries with partial results", async () => {
    const opts = { url: `${t.url}/graphql` };
    const providers = await execute(opts, ProvidersDocument);
    expect(providers.data?.providers.map((p) => p.provider)).toEqual(["XOBIN", "ALFAONE", "IMOCHA", "DRVN"]);

    const result = await execute(opts, GetInvitesDocument, { ids: [IDS.alfa.completed, IDS.imocha.missing] });
    const [first, second] = result.data!.invites;
    // Typed as string | null | undefined: the DateTime scalar maps to string.
    const completedAt: string | null | undefined = first?.completedAt;
    expect(completedAt).toMatch(/Z$/);
    expect(first?.assessment?.kind).toBe("VIDEO_ASSESSMENT");
    expect(second).toBeNull();
    expect(result.errors[0].extensions?.code).toBe("NOT_FOUND");
  });

  it("narrows the provider details union by __typename", async () => {
    const res = await execute({ url: `${t.url}/graphql` }, GetInviteResultsDocument, { ids: [IDS.imocha.completed, IDS.xobin.completedAi] });
    const [imocha, xobin] = res.data!.invites;
    const details = imocha?.details;
    // Inside the branch the member's own fields are typed; outside they do not exist.
    const category = details?.__typename === "ImochaInviteDetails" ? details.performanceCategory : undefined;
    expect(category).toBe("Intermediate");
    expect(imocha?.result?.percent).toBe(75.56);
    expect(xobin?.details?.__typename === "XobinAiInterviewDetails" && xobin.details.integrityScore).toBe(9.1);
  });

  it("runs a typed mutation", async () => {
    const res = await execute({ url: `${t.url}/graphql` }, InviteCandidateDocument, {
      input: { assessmentId: IDS.imocha.jsTest, candidate: { name: "Typed Client", email: "typed@example.com" } },
    });
    expect(res.data?.inviteCandidate.userErrors).toEqual([]);
    expect(res.data?.inviteCandidate.invite?.status).toBe("PENDING");
  });
});
