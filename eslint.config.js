// Lints the emitted GraphQL schema (schema/schema.graphql) with graphql-eslint's recommended schema rules and its
// Relay rules. Run by `npm test` (test/unit/schema-lint.test.ts, which also lists these adjustments);
// `npx eslint schema/schema.graphql` prints the same report.
const graphql = require("@graphql-eslint/eslint-plugin");

module.exports = [
  {
    files: ["schema/schema.graphql"],
    // The file is its own schema: the rules that check reachability and types need it loaded.
    languageOptions: { parser: graphql.parser, parserOptions: { graphQLConfig: { schema: "schema/schema.graphql" } } },
    plugins: { "@graphql-eslint": graphql },
    rules: {
      ...graphql.configs["flat/schema-recommended"].rules,
      ...graphql.configs["flat/schema-relay"].rules,

      // OFF: `Invite.inviteUrl` and `Interview.interviewer` are public field names that clients already query;
      // renaming them would break those clients for a naming preference.
      "@graphql-eslint/no-typename-prefix": "off",

      // Adjusted, not off: value types (payloads, errors, paging, provider descriptions, the candidate, whose
      // id only some providers have, the candidate profile (a view keyed by the lookup, not an entity), and the
      // results and provider details embedded in an invite or interview,
      // which exist only as part of it) are not entities and carry no `id: ID!`. Every entity type still must.
      "@graphql-eslint/strict-id-in-types": [
        "error",
        {
          exceptions: {
            types: [
              "Candidate", "CandidateProfile", "PageInfo", "ProviderInfo", "UserError", "InviteResult", "SectionScore", "AlfaOneProctoringSettings",
              "DrvnDriver", "ImochaSection", "XobinRecording", "XobinRegistrationField",
            ],
            suffixes: ["Connection", "Edge", "Payload", "Details"],
          },
        },
      ],

      // Adjusted, not off: the connection spec requires forward or backward paging, not both. The providers
      // page by number from the start, so connections page forward (`first`/`after`) only.
      "@graphql-eslint/relay-arguments": ["error", { includeBoth: false }],

      // Adjusted, not off: edges must still be `...Edge` types with `cursor` and a Node `node`, but other lists
      // (`nodes` beside `edges`, `invites(ids)`, `capabilities`, `userErrors`) are allowed, as the spec allows them.
      "@graphql-eslint/relay-edge-types": ["error", { listTypeCanWrapOnlyEdgeType: false, withEdgeSuffix: true, shouldImplementNode: true }],
    },
  },
];
