/**
 * Hive Gateway configuration for the hiregraph supergraph.
 *
 * The Hive Gateway CLI (`hive-gateway supergraph -c supergraph/gateway.config.ts`) and the in-process
 * runner (`npm run supergraph:gateway`, supergraph/gateway.ts) both read `gatewayConfig` from here.
 * Only types are imported, so the CLI can load this file without this repository's node_modules.
 */
import type { GatewayConfigSupergraph } from "@graphql-hive/gateway-runtime";
import { SUPERGRAPH_PATH, subgraphUrlsFromEnv } from "./subgraphs";

export interface HiregraphGatewayOptions {
  /** Supergraph SDL, or a path or URL to it. */
  supergraph: string;
  /**
   * URLs that replace those composed into the supergraph, keyed by subgraph name: one supergraph file
   * then serves every environment (e.g. hiregraph behind a load balancer in production).
   * @default {} (the composed URLs)
   */
  subgraphUrls?: Readonly<Record<string, string>>;
}

/**
 * Per-subgraph transport settings. hiregraph serves subscriptions over graphql-ws on its own /graphql path (the
 * gateway's default would be SSE, which hiregraph does not serve), with the caller's token in connection_init.
 * Clients reach the gateway with SSE or graphql-ws, as Hive Gateway offers.
 */
function transportEntries(urls: Readonly<Record<string, string>>): NonNullable<GatewayConfigSupergraph["transportEntries"]> {
  const entries: Record<string, { location?: string; options?: Record<string, unknown> }> = {
    hiregraph: {
      options: { subscriptions: { kind: "ws", location: "/graphql", options: { connectionParams: { authorization: "{context.headers.authorization}" } } } },
    },
  };
  for (const [name, location] of Object.entries(urls)) entries[name] = { ...entries[name], location };
  return entries;
}

/** Builds the gateway configuration. Exported so tests run the gateway exactly as deployed. */
export function createGatewayConfig(opts: HiregraphGatewayOptions): GatewayConfigSupergraph {
  return {
    supergraph: opts.supergraph,
    transportEntries: transportEntries(opts.subgraphUrls ?? {}),
    propagateHeaders: {
      // hiregraph authenticates every caller itself (AUTH_JWT_SECRET / AUTH_JWKS_URL) and checks the
      // scopes per operation, so the caller's bearer token must reach it. x-request-id is forwarded by
      // the gateway already, which ties gateway and subgraph log lines together.
      fromClientToSubgraphs: ({ request }) => ({ authorization: request.headers.get("authorization") }),
    },
  };
}

/**
 * What the CLI and the runner load, started from the repository root. `SUPERGRAPH_PATH` picks another
 * supergraph file (path relative to the working directory, or URL), and
 * `HIREGRAPH_SUBGRAPH_URL` / `APPLICATIONS_SUBGRAPH_URL` point the gateway at other subgraph URLs.
 */
export const gatewayConfig = createGatewayConfig({
  supergraph: process.env.SUPERGRAPH_PATH || SUPERGRAPH_PATH,
  subgraphUrls: subgraphUrlsFromEnv(process.env),
});
