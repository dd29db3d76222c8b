import { createHash } from "node:crypto";
import { startApp, type TestApp } from "../helpers/app";
import { IDS } from "../helpers/seeds";

async function post(t: TestApp, body: unknown): Promise<{ status: number; body: any }> {
  const res = await fetch(`${t.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  return { status: res.status, body: await res.json() };
}

/** Client mistakes answered with client-error codes, not INTERNAL_SERVER_ERROR. */
describe("specific error codes", () => {
  let t: TestApp;
  beforeAll(async () => (t = await startApp()));
  afterAll(() => t.close());

  it("a subscription sent over HTTP: 400 BAD_REQUEST pointing at the WebSocket endpoint", async () => {
    const { status, body } = await post(t, { query: "subscription { inviteEvents { id status } }" });
    expect(status).toBe(400);
    expect(body.errors[0].extensions.code).toBe("BAD_REQUEST");
    expect(body.errors[0].message).toContain("graphql-ws");
    expect(body.errors[0].message).toContain("/graphql");
  });

  it("a persisted-query hash that does not match the query: 400 BAD_REQUEST", async () => {
    const query = "{ __typename }";
    const { status, body } = await post(t, { query, extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } });
    expect(status).toBe(400);
    expect(body.errors).toEqual([{ message: expect.stringContaining("sha256Hash"), extensions: { code: "BAD_REQUEST" } }]);
    // The right hash registers the query; the hash alone then runs it.
    const sha256Hash = createHash("sha256").update(query).digest("hex");
    expect((await post(t, { query, extensions: { persistedQuery: { version: 1, sha256Hash } } })).body.data).toEqual({ __typename: "Query" });
    expect((await post(t, { extensions: { persistedQuery: { version: 1, sha256Hash } } })).body.data).toEqual({ __typename: "Query" });
  });

  it("an unknown persisted-query hash: PERSISTED_QUERY_NOT_FOUND", async () => {
    const { body } = await post(t, { extensions: { persistedQuery: { version: 1, sha256Hash: "1".repeat(64) } } });
    expect(body.errors[0].extensions.code).toBe("PERSISTED_QUERY_NOT_FOUND");
  });

  it("_entities with an unknown __typename: INVALID_INPUT for that entry, the others resolved", async () => {
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Invite { id status } } }`;
    const representations = [
      { __typename: "Nope", id: "x" },
      { __typename: "Invite", id: IDS.imocha.pending },
      { __typename: "Query", id: "y" },
    ];
    const res = await t.gql(query, { r: representations });
    expect(res.data!._entities).toEqual([null, { id: IDS.imocha.pending, status: "PENDING" }, null]);
    expect(res.errors!.map((e) => [e.path, e.extensions!.code, e.extensions!.field])).toEqual([
      [["_entities", 0], "INVALID_INPUT", ["representations", "0", "__typename"]],
      [["_entities", 2], "INVALID_INPUT", ["representations", "2", "__typename"]],
    ]);
    expect(res.errors![0].message).toContain("must be one of");
  });
});
