import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { getComposedSchemaFromConfig } from "@graphql-mesh/compose-cli";
import { DefaultLogger, LogLevel } from "@graphql-mesh/utils";
import { loadOpenAPISubgraph } from "@omnigraph/openapi";
import restTransport from "@graphql-mesh/transport-rest";
import { startGateway } from "../../supergraph/gateway";
import { peerSources } from "./openapi";

/**
 * The peer: GraphQL Mesh composed from OpenAPI descriptions of the same simulator endpoints, served by Hive
 * Gateway with its defaults (no custom batching or caching), in its own process.
 * `node dist/bench/peer/gateway.js <simulator host> <port>`; prints `ready <url>` once it serves.
 */
async function main(): Promise<void> {
  const [simulatorHost, portArg] = process.argv.slice(2);
  if (!simulatorHost?.startsWith("http://127.0.0.1:")) throw new Error("the simulator host must be http://127.0.0.1:<port>");
  const dir = mkdtempSync(path.join(os.tmpdir(), "hiregraph-peer-"));
  const keys = JSON.parse(process.env.PEER_KEYS ?? "{}") as Record<string, string>;
  const supergraph = await getComposedSchemaFromConfig({
    subgraphs: peerSources(simulatorHost).map((s) => {
      const file = path.join(dir, `${s.name}.json`);
      writeFileSync(file, JSON.stringify(s.doc));
      return { sourceHandler: loadOpenAPISubgraph(s.name, { source: file, operationHeaders: { [s.header]: keys[s.name] ?? "" } }) };
    }),
  }, new DefaultLogger("peer", LogLevel.error));
  const gateway = await startGateway(
    { supergraph, logging: false, transports: { rest: restTransport } } as never,
    { port: Number(portArg ?? 0), host: "127.0.0.1" },
  );
  console.log(`ready ${gateway.url}`);
  const stop = () => void gateway.stop().then(() => process.exit(0));
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

main().catch((err: unknown) => {
  console.error("peer gateway failed:", err instanceof Error ? err.stack : err);
  process.exit(1);
});
