/**
 * The layers of hiregraph and the arrows allowed between them; docs/architecture.md draws the same picture.
 *
 *   domain  ←  providers (+ sandbox kit)  ←  services (+ record, events, idempotency, loaders)  ←  schema  ←  server
 *
 * `npm test` checks these rules (test/unit/architecture.test.ts), and shows that each one catches a wrong-way import.
 * By hand: `npx depcruise src -c .dependency-cruiser.cjs`.
 */
const ours = "^src/";
module.exports = {
  forbidden: [
    {
      name: "no-file-cycles",
      severity: "error",
      comment: "A file cycle makes load order matter and hides which module owns what.",
      from: { path: ours },
      to: { circular: true },
    },
    {
      name: "no-folder-cycles",
      severity: "error",
      scope: "folder",
      comment: "Folders are layers; a cycle between two folders means neither is below the other.",
      from: { path: ours },
      to: { circular: true },
    },
    {
      name: "domain-stands-alone",
      severity: "error",
      comment: "domain/ is plain types, errors and rules: it imports nothing else of ours and no npm package.",
      from: { path: "^src/domain/" },
      to: { pathNot: ["^src/domain/", "^(node:)?(crypto|util)$"] },
    },
    {
      name: "providers-point-down",
      severity: "error",
      comment: "Providers turn provider JSON into domain objects; they know nothing of services, GraphQL or the server.",
      from: { path: "^src/providers/" },
      to: { path: "^src/(schema|server|services|federation|record|events|idempotency|loaders|context|main)" },
    },
    {
      name: "sandbox-kit-below-providers",
      severity: "error",
      comment: "src/sandbox holds what every simulator shares; the simulators themselves live with their provider.",
      from: { path: "^src/sandbox/" },
      to: { path: "^src/(providers|schema|server|services)/" },
    },
    {
      name: "simulators-from-the-docs",
      severity: "error",
      comment:
        "A simulator is written from the provider's documentation, so it must not share code with the client it checks: " +
        "no client, mapper, request builder, error classifier or wire types.",
      // Simulators live in src/providers/<name>/simulator/; everything else of the provider folder (client.ts,
      // mapper.ts, requests.ts, errors.ts, types.ts, index.ts …) and the shared provider code is out of bounds.
      from: { path: "^src/providers/[^/]+/simulator/" },
      to: { path: "^src/providers/", pathNot: "^src/providers/[^/]+/simulator/" },
    },
    {
      name: "services-know-no-graphql",
      severity: "error",
      comment: "Services take plain commands and return domain results; only src/schema knows GraphQL.",
      from: { path: "^src/(services|record|events|idempotency|shared-state|loaders|context)" },
      to: { path: "^src/(schema|server|federation)/|(^|/)node_modules/(type-graphql|graphql|@apollo)/" },
    },
    {
      name: "schema-below-server",
      severity: "error",
      comment: "The GraphQL layer is served by src/server and knows nothing of HTTP.",
      from: { path: "^src/(schema|federation)/" },
      to: { path: "^src/server/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    exclude: { path: "^dist/" },
  },
};
