// Plain data and no `__dirname`: gateway.config.ts imports this, and the Hive Gateway CLI loads it as ESM.

/** The committed supergraph, composed with every subgraph's default URL. Relative to the repository root. */
export const SUPERGRAPH_PATH = "supergraph/supergraph.graphql";

/** One subgraph of the example supergraph. */
export interface SubgraphSource {
  /** Subgraph name in the supergraph (`join__Graph`); gateways key per-subgraph settings by it. */
  readonly name: string;
  /** Its SDL file, relative to the repository root. */
  readonly sdlPath: string;
  /** Environment variable that overrides its URL, at composition and in the gateway. */
  readonly urlEnv: string;
  /** URL of a local run: hiregraph's `npm start` and `npm run supergraph:applications`. */
  readonly defaultUrl: string;
}

export const SUBGRAPHS: readonly SubgraphSource[] = [
  { name: "hiregraph", sdlPath: "schema/schema.graphql", urlEnv: "HIREGRAPH_SUBGRAPH_URL", defaultUrl: "http://127.0.0.1:4000/graphql" },
  { name: "applications", sdlPath: "supergraph/applications/schema.graphql", urlEnv: "APPLICATIONS_SUBGRAPH_URL", defaultUrl: "http://127.0.0.1:4001/graphql" },
];

/**
 * Subgraph URLs set in `env`, keyed by subgraph name; absent ones are left out.
 * Throws on a value that is not an absolute http(s) URL, naming the variable.
 */
export function subgraphUrlsFromEnv(env: Record<string, string | undefined>): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const s of SUBGRAPHS) {
    const raw = env[s.urlEnv]?.trim();
    if (!raw) continue;
    if (!/^https?:\/\/[^/\s]+/.test(raw)) throw new Error(`${s.urlEnv}="${raw}" must be an absolute http(s) URL, e.g. ${s.defaultUrl}`);
    urls[s.name] = raw;
  }
  return urls;
}
