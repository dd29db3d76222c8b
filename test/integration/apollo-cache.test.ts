import { format } from "node:util";
// Apollo Client 3 marks its entry points as ES modules without an exports map, so this CommonJS project
// names their CommonJS builds (and TypeScript finds the .d.cts types beside them).
import { gql, type ApolloClient, type NormalizedCacheObject } from "@apollo/client/core/core.cjs";
import { startApp, type TestApp } from "../helpers/app";
import { IDS } from "../helpers/seeds";

/**
 * Apollo Client 3's InMemoryCache normalises objects by `__typename` + `id`. An object without an id is stored
 * inside its parent, and replacing it with a differently selected copy makes the cache warn "Cache data may be
 * lost when replacing the candidate field of a Invite object". These tests read hiregraph over HTTP with a
 * real ApolloClient and watch console.warn for that warning (Apollo passes it printf-style, so it is formatted
 * the way the console would print it). Apollo warns only once per type and field for the life of its module,
 * so every test loads a fresh copy: otherwise one warning would hide all later ones.
 */
type Apollo = typeof import("@apollo/client/core/core.cjs");

function freshApollo(): Apollo {
  let apollo: Apollo | undefined;
  jest.isolateModules(() => {
    apollo = require("@apollo/client/core/core.cjs") as Apollo;
    // Apollo ships its warning texts separately; without them the warning is only an error-code URL.
    const dev = require("@apollo/client/dev/dev.cjs") as typeof import("@apollo/client/dev/dev.cjs");
    dev.loadDevMessages();
    dev.loadErrorMessages();
  });
  return apollo!;
}
const DATA_LOSS = /Cache data may be lost when replacing the (\w+) field of a (\w+) object/;

// Two selections of the same invites that differ inside `candidate`, as two components of one app would ask.
const WITH_NAMES = gql`query InvitesWithNames($ids: [ID!]!) { invites(ids: $ids) { id status candidate { id name } } }`;
const WITH_EMAILS = gql`query InvitesWithEmails($ids: [ID!]!) { invites(ids: $ids) { id candidate { id email } } }`;

const IDS_READ = [IDS.imocha.completed, IDS.imocha.secondTestCompleted, IDS.xobin.completedAi, IDS.xobin.completedAssessment, IDS.alfa.completed, IDS.alfa.accepted];

describe("Apollo Client 3 InMemoryCache holding hiregraph candidates", () => {
  let t: TestApp;
  let warn: jest.SpyInstance;
  let apollo: Apollo;
  const dataLossWarnings = () => warn.mock.calls.map((args) => format(...(args as [unknown, ...unknown[]]))).filter((text) => DATA_LOSS.test(text));

  beforeAll(async () => (t = await startApp()));
  afterAll(() => t.close());
  beforeEach(() => {
    apollo = freshApollo();
    warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
  });
  afterEach(() => warn.mockRestore());

  const client = (): ApolloClient<NormalizedCacheObject> =>
    new apollo.ApolloClient({ link: new apollo.HttpLink({ uri: `${t.url}/graphql`, fetch }), cache: new apollo.InMemoryCache() });

  it("detects the warning when candidates have no id (the check can fail)", () => {
    const cache = new apollo.InMemoryCache();
    const invite = (candidate: Record<string, unknown>) => ({ invites: [{ __typename: "Invite", id: IDS.imocha.completed, status: "COMPLETED", candidate }] });
    cache.writeQuery({ query: WITH_NAMES, variables: { ids: [IDS.imocha.completed] }, data: invite({ __typename: "Candidate", id: null, name: null }) });
    cache.writeQuery({ query: WITH_EMAILS, variables: { ids: [IDS.imocha.completed] }, data: invite({ __typename: "Candidate", id: null, email: "mei.chen@example.com" }) });
    expect(dataLossWarnings()).toHaveLength(1);
    expect(dataLossWarnings()[0]).toMatch(/candidate field of a Invite object/);
  });

  it("writes invites(ids) results of every invite provider with no data-loss warning", async () => {
    const apolloClient = client();
    const first = await apolloClient.query({ query: WITH_NAMES, variables: { ids: IDS_READ } });
    const second = await apolloClient.query({ query: WITH_EMAILS, variables: { ids: IDS_READ }, fetchPolicy: "network-only" });
    expect(first.errors).toBeUndefined();
    expect(second.data.invites).toHaveLength(IDS_READ.length);
    for (const invite of second.data.invites) expect(invite.candidate.id).toEqual(expect.any(String));
    expect(dataLossWarnings()).toEqual([]);
    // Both selections now read from the cache alone, merged per candidate.
    const merged = apolloClient.readQuery({ query: gql`query($ids: [ID!]!) { invites(ids: $ids) { id candidate { id name email } } }`, variables: { ids: IDS_READ } });
    expect(merged?.invites[0].candidate).toMatchObject({ email: "mei.chen@example.com" });
  });

  it("reads a list page and then one of its invites with no data-loss warning (Xobin's list names no email)", async () => {
    const apolloClient = client();
    const LIST = gql`query($provider: Provider!, $assessmentId: ID) { listInvites(provider: $provider, assessmentId: $assessmentId, first: 10) {
      nodes { id status candidate { id name } } } }`;
    for (const vars of [{ provider: "XOBIN", assessmentId: IDS.xobin.aiInterview }, { provider: "ALFAONE" }]) {
      const page = await apolloClient.query({ query: LIST, variables: vars });
      const ids = page.data.listInvites.nodes.map((n: { id: string }) => n.id);
      expect(ids.length).toBeGreaterThan(1);
      await apolloClient.query({ query: WITH_EMAILS, variables: { ids } });
    }
    expect(dataLossWarnings()).toEqual([]);
  });

  it("normalises the same candidate seen in two invites to one cache entry", async () => {
    const apolloClient = client();
    await apolloClient.query({ query: WITH_EMAILS, variables: { ids: [IDS.imocha.completed, IDS.imocha.secondTestCompleted] } });
    const store = apolloClient.cache.extract();
    const candidates = Object.keys(store).filter((key) => key.startsWith("Candidate:"));
    expect(candidates).toHaveLength(1);
    const refs = [IDS.imocha.completed, IDS.imocha.secondTestCompleted].map((id) => (store[`Invite:${id}`] as { candidate: { __ref: string } }).candidate.__ref);
    expect(refs).toEqual([candidates[0], candidates[0]]);
    expect(store[candidates[0]]).toMatchObject({ email: "mei.chen@example.com", __typename: "Candidate" });
  });

  it("normalises DRVN interviewees from interview answers too", async () => {
    const apolloClient = client();
    const UPDATE = gql`mutation($input: UpdateInterviewInput!) { updateInterview(input: $input) { interview { id candidate { id name } } userErrors { code } } }`;
    await apolloClient.mutate({ mutation: UPDATE, variables: { input: { id: IDS.drvn.pending, location: "https://meet.example.com/a" } } });
    await apolloClient.mutate({ mutation: UPDATE, variables: { input: { id: IDS.drvn.scheduled, location: "Depot 2" } } });
    const candidates = Object.keys(apolloClient.cache.extract()).filter((key) => key.startsWith("Candidate:"));
    expect(candidates).toEqual([`Candidate:${IDS.drvn.candidate}`]);
    expect(dataLossWarnings()).toEqual([]);
  });
});
