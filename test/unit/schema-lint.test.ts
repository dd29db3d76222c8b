import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ESLint } from "eslint";

const root = join(__dirname, "..", "..");
const SCHEMA = "schema/schema.graphql";

/**
 * Lints like `npx eslint schema/schema.graphql`, with eslint.config.js (graphql-eslint recommended + Relay). The
 * config is passed in rather than found by ESLint, whose config loader uses a dynamic import jest cannot run.
 */
// eslint.config.js is CommonJS for the eslint CLI; it is loaded the same way here.
const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: require(join(root, "eslint.config.js")) });
const messages = (results: ESLint.LintResult[]) => results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));

describe("schema/schema.graphql lint (graphql-eslint recommended + Relay rules)", () => {
  it("has no errors or warnings", async () => {
    const results = await eslint.lintFiles([SCHEMA]);
    expect(messages(results)).toEqual([]);
  }, 60_000);

  it("runs the Relay rules: a connection without edges or a PageInfo without startCursor is reported", async () => {
    const broken = readFileSync(join(root, SCHEMA), "utf8")
      .replace("edges: [InviteEdge!]!", "items: [InviteEdge!]!")
      .replace("startCursor: String", "firstCursor: String");
    const found = messages(await eslint.lintText(broken, { filePath: join(root, SCHEMA) })).join("\n");
    expect(found).toContain("@graphql-eslint/relay-connection-types");
    expect(found).toContain("@graphql-eslint/relay-page-info");
  }, 60_000);
});
