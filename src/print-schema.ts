import "reflect-metadata";
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { printSubgraphSchema } from "@apollo/subgraph";
import { buildFederatedSchema } from "./federation/build-schema";

/** Writes schema/schema.graphql, or with --check fails when the committed file differs from the code. */
async function main(): Promise<void> {
  const file = join(__dirname, "..", "..", "schema", "schema.graphql");
  const sdl = `${printSubgraphSchema(await buildFederatedSchema()).trim()}\n`;
  if (process.argv.includes("--check")) {
    let committed = "";
    try {
      committed = readFileSync(file, "utf8");
    } catch {
      committed = "";
    }
    if (committed !== sdl) {
      console.error("schema/schema.graphql is out of date with the code. Run `npm run schema:emit` and commit the result.");
      process.exit(1);
    }
    console.log("schema/schema.graphql matches the code.");
    return;
  }
  mkdirSync(join(file, ".."), { recursive: true });
  writeFileSync(file, sdl);
  console.log(`wrote ${file}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
