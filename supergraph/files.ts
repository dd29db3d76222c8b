import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { SUBGRAPHS } from "./subgraphs";

function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json"))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}

let root: string | undefined;

/**
 * Absolute path of a file given relative to the repository root (the nearest folder above this file with a
 * package.json), so it works from `supergraph/` under ts-jest and from `dist/supergraph/` once built.
 * Uses `__dirname`: gateway.config.ts must not import this file, since the Hive Gateway CLI loads that file as ESM.
 */
export function repoPath(relative: string): string {
  root ??= findRoot(__dirname);
  return join(root, relative);
}

/** The SDL file of a subgraph listed in SUBGRAPHS. */
export function readSubgraphSdl(name: string): string {
  const subgraph = SUBGRAPHS.find((s) => s.name === name);
  if (!subgraph) throw new Error(`unknown subgraph "${name}"; known: ${SUBGRAPHS.map((s) => s.name).join(", ")}`);
  return readFileSync(repoPath(subgraph.sdlPath), "utf8");
}
