import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { withConfigTable } from "./config/table";

/** Writes the configuration table into README.md, or with --check fails when the README differs from the declarations. */
function main(): void {
  const file = join(__dirname, "..", "..", "README.md");
  const readme = readFileSync(file, "utf8");
  const generated = withConfigTable(readme);
  if (process.argv.includes("--check")) {
    if (generated !== readme) {
      console.error("README.md's configuration table is out of date with src/config/. Run `npm run config:emit` and commit the result.");
      process.exit(1);
    }
    console.log("README.md's configuration table matches src/config/.");
    return;
  }
  writeFileSync(file, generated);
  console.log(`wrote the configuration table into ${file}`);
}

main();
