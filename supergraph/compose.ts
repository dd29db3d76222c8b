import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { relative } from "node:path";
import { composeServices } from "@apollo/composition";
import { parse } from "graphql";
import { readSubgraphSdl, repoPath } from "./files";
import { SUBGRAPHS, SUPERGRAPH_PATH, subgraphUrlsFromEnv } from "./subgraphs";

/** A subgraph to compose: its name, the URL the gateway will call, and its SDL. */
export interface SubgraphInput {
  name: string;
  url: string;
  sdl: string;
}

const HEADER = "# Composed by supergraph/compose.ts (npm run supergraph:compose) from the subgraph SDL files. Do not edit.\n";

/** Composes a Federation 2 supergraph with @apollo/composition. Throws listing every composition error. */
export function composeSupergraph(subgraphs: readonly SubgraphInput[]): string {
  const result = composeServices(subgraphs.map((s) => ({ name: s.name, url: s.url, typeDefs: parse(s.sdl) })));
  if (result.errors) throw new Error(`supergraph composition failed:\n  - ${result.errors.map((e) => e.message).join("\n  - ")}`);
  return `${HEADER}${result.supergraphSdl.trimEnd()}\n`;
}

/** Reads every subgraph's SDL file and composes, with URLs from `env` (see SUBGRAPHS) or their local defaults. */
export function composeFromFiles(env: Record<string, string | undefined> = {}): string {
  const urls = subgraphUrlsFromEnv(env);
  return composeSupergraph(SUBGRAPHS.map((s) => ({ name: s.name, url: urls[s.name] ?? s.defaultUrl, sdl: readSubgraphSdl(s.name) })));
}

/** `compose [--check] [--out <file>]`: writes the supergraph, or with --check exits 1 when the file differs. */
function main(argv: string[]): number {
  const check = argv.includes("--check");
  const outAt = argv.indexOf("--out");
  const out = outAt >= 0 ? argv[outAt + 1] : repoPath(SUPERGRAPH_PATH);
  if (!out) throw new Error("--out needs a file path");
  const supergraph = composeFromFiles(process.env);
  const shown = relative(process.cwd(), out);
  if (check) {
    const current = existsSync(out) ? readFileSync(out, "utf8") : "";
    if (current === supergraph) return 0;
    console.error(`${shown} is out of date: run npm run supergraph:compose`);
    return 1;
  }
  writeFileSync(out, supergraph);
  console.log(`wrote ${shown} (${SUBGRAPHS.map((s) => s.name).join(", ")})`);
  return 0;
}

if (require.main === module) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 2;
  }
}
