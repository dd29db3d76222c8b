import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { startStandaloneServer } from "@apollo/server/standalone";
import { composeServices } from "@apollo/composition";
import { ApolloGateway } from "@apollo/gateway";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { parse } from "graphql";
import { Provider } from "../../src/domain/enums";
import { startApp, type TestApp } from "../helpers/app";
import { IDS } from "../helpers/seeds";

/** A small ATS subgraph whose applications reference hiregraph invites by id. */
const ATS_SDL = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Application @key(fields: "id") { id: ID! candidateName: String! invite: Invite }
  type Invite @key(fields: "id", resolvable: false) { id: ID! }
  type Query { applications: [Application!]! }
`;
const APPLICATIONS = [
  { id: "app-1", candidateName: "Mei Chen", invite: { id: IDS.imocha.completed } },
  { id: "app-2", candidateName: "Aisha Khan", invite: { id: IDS.alfa.completed } },
  { id: "app-3", candidateName: "Nobody", invite: { id: IDS.imocha.missing } },
];

async function startAts(): Promise<{ url: string; stop: () => Promise<void> }> {
  const server = new ApolloServer({
    schema: buildSubgraphSchema({ typeDefs: parse(ATS_SDL), resolvers: { Query: { applications: () => APPLICATIONS } } }),
    // Apollo enables inline tracing for every subgraph and says so on the console; these tests read no traces.
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: "127.0.0.1" } });
  return { url, stop: () => server.stop() };
}

const hiregraphSdl = () => readFileSync(join(__dirname, "..", "..", "schema", "schema.graphql"), "utf8");

describe("federation", () => {
  let t: TestApp;
  beforeAll(async () => (t = await startApp()));
  afterAll(() => t.close());
  beforeEach(() => t.resetCounters());

  it("serves its SDL through _service, with @key on the four entities", async () => {
    const res = await t.gql(`{ _service { sdl } }`);
    const sdl: string = res.data!._service.sdl;
    for (const type of ["Invite", "Assessment", "Interview", "Grader"]) {
      expect(sdl).toMatch(new RegExp(`type ${type} implements Node\\s+@key\\(fields: "id"\\)`));
    }
  });

  it("resolves _entities for every entity type through the loaders", async () => {
    const res = await t.gql(`query($reps: [_Any!]!) { _entities(representations: $reps) {
      __typename ... on Invite { id status } ... on Assessment { id name } ... on Grader { id } ... on Interview { id } } }`, {
      reps: [
        { __typename: "Invite", id: IDS.imocha.completed },
        { __typename: "Assessment", id: IDS.imocha.jsTest },
        { __typename: "Invite", id: IDS.alfa.pending },
        { __typename: "Grader", id: IDS.drvn.interviewer },
        { __typename: "Interview", id: IDS.drvn.pending },
        { __typename: "Invite", id: "garbage" },
      ],
    });
    const entities = res.data!._entities;
    expect(entities[0]).toEqual({ __typename: "Invite", id: IDS.imocha.completed, status: "COMPLETED" });
    expect(entities[1]).toEqual({ __typename: "Assessment", id: IDS.imocha.jsTest, name: "JavaScript (Intermediate)" });
    expect(entities[2]).toMatchObject({ __typename: "Invite", status: "PENDING" });
    expect(entities.slice(3)).toEqual([null, null, null]);
    const codes = Object.fromEntries(res.errors!.map((e) => [e.path![1], e.extensions!.code]));
    // Interviews come from the record: this one was never scheduled or updated through hiregraph.
    expect(codes).toEqual({ 3: "UNSUPPORTED_OPERATION", 4: "NOT_FOUND", 5: "INVALID_ID" });
  });

  it("resolves an Interview entity from the record once a mutation returned it", async () => {
    const update = await t.gql(`mutation($input: UpdateInterviewInput!) { updateInterview(input: $input) { interview { id } userErrors { code } } }`, {
      input: { id: IDS.drvn.pending, location: "Depot 9" },
    });
    expect(update.data!.updateInterview.userErrors).toEqual([]);
    t.resetCounters();
    const res = await t.gql(`query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Interview { id location source fetchedAt } } }`, {
      reps: [{ __typename: "Interview", id: IDS.drvn.pending }],
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!._entities[0]).toMatchObject({ id: IDS.drvn.pending, location: "Depot 9", source: "RECORD" });
    expect(t.upstreamCalls().DRVN).toBe(0);
  });

  it("composes with another subgraph and answers a cross-subgraph query through a real gateway", async () => {
    const ats = await startAts();
    const composed = composeServices([
      { name: "hiregraph", typeDefs: parse(hiregraphSdl()), url: `${t.url}/graphql` },
      { name: "ats", typeDefs: parse(ATS_SDL), url: ats.url },
    ]);
    expect(composed.errors).toBeUndefined();
    const gateway = new ApolloServer({ gateway: new ApolloGateway({ supergraphSdl: composed.supergraphSdl! }) });
    await gateway.start();
    try {
      const res = await gateway.executeOperation({
        query: `{ applications { id candidateName invite { id status providerStatus candidate { email } assessment { name } score maxScore } } }`,
      });
      const body = res.body.kind === "single" ? res.body.singleResult : undefined;
      const apps = body!.data!.applications as Array<{ id: string; invite: { status: string; assessment: { name: string } } | null }>;
      expect(apps[0].invite).toMatchObject({ status: "COMPLETED", assessment: { name: "JavaScript (Intermediate)" } });
      expect(apps[1].invite).toMatchObject({ status: "COMPLETED", assessment: { name: "Customer Support Video Screen" } });
      expect(apps[2].invite).toBeNull();
      expect(body!.errors?.[0].extensions?.code).toBe("NOT_FOUND");
      // The gateway sends one _entities request; hiregraph's loaders fetch each invite once.
      expect(t.sim(Provider.IMOCHA).stats()).toMatchObject({ total: 2 });
      expect(t.sim(Provider.ALFAONE).stats().total).toBe(1);
    } finally {
      await gateway.stop();
      await ats.stop();
    }
  });
});
