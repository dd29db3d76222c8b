import { readFileSync } from "node:fs";
import { join } from "node:path";
import { printSubgraphSchema } from "@apollo/subgraph";
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, type GraphQLSchema } from "graphql";
import { buildFederatedSchema } from "../../src/federation/build-schema";

describe("schema", () => {
  let schema: GraphQLSchema;
  beforeAll(async () => (schema = await buildFederatedSchema()));

  it("matches schema/schema.graphql (run `npm run schema:emit` after changing the code)", () => {
    const committed = readFileSync(join(__dirname, "..", "..", "schema", "schema.graphql"), "utf8");
    expect(committed).toBe(`${printSubgraphSchema(schema).trim()}\n`);
  });

  it("describes every type, field, argument and enum value for strangers", () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith("_") || ["String", "Boolean", "Int", "Float", "ID", "link__Purpose", "link__Import", "federation__FieldSet", "federation__Scope", "federation__Policy"].includes(type.name)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (field.name.startsWith("_")) continue;
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of "args" in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type)) {
        for (const v of type.getValues()) if (!v.description) missing.push(`${type.name}.${v.name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("keeps the contract's core names", () => {
    const sdl = printSubgraphSchema(schema);
    for (const name of ["type Invite implements Node", "type Assessment implements Node", "type Interview implements Node", "type Grader implements Node", "interface Node",
      "enum InviteStatus", "enum InterviewStatus", "enum AssessmentKind", "enum InterviewFormat", "enum ProviderMode", "enum Capability", "type ProviderInfo", "type UserError",
      "invites(", "node(", "providers: [ProviderInfo!]!", "scalar DateTime"]) {
      expect(sdl).toContain(name);
    }
    for (const [mutation, input, payload] of [
      ["inviteCandidate", "InviteCandidateInput", "InvitePayload"],
      ["revokeInvite", "RevokeInviteInput", "InvitePayload"],
      ["cancelInvite", "CancelInviteInput", "InvitePayload"],
      ["updateInterview", "UpdateInterviewInput", "InterviewPayload"],
    ]) {
      expect(sdl).toMatch(new RegExp(`${mutation}\\(\\s*("""[^"]*"""\\s*)?input: ${input}!\\s*\\): ${payload}!`));
    }
  });
});
