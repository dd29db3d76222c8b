import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createGatewayRuntime, type GatewayConfigSupergraph } from "@graphql-hive/gateway-runtime";
import { gatewayConfig } from "./gateway.config";

export interface RunningGateway {
  /** GraphQL endpoint, e.g. `http://127.0.0.1:4080/graphql`. */
  readonly url: string;
  /** Stops accepting connections, waits for in-flight requests, then disposes the runtime. */
  stop(): Promise<void>;
}

/** Serves Hive Gateway's runtime (no CLI) on a plain Node HTTP server. Port 0 picks a free port. */
export async function startGateway(config: GatewayConfigSupergraph, listen: { port: number; host: string }): Promise<RunningGateway> {
  const gateway = createGatewayRuntime(config);
  const server = createServer(gateway);
  await new Promise<void>((resolve, reject) => server.once("error", reject).listen(listen.port, listen.host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${listen.host}:${port}${gateway.graphqlEndpoint}`,
    stop: async () => {
      // close() lets in-flight requests finish (and, on Node 20, drops idle keep-alive connections).
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await gateway.dispose();
    },
  };
}

/** `npm run supergraph:gateway`: GATEWAY_PORT (default 4080) and GATEWAY_HOST (default 127.0.0.1). */
async function main(): Promise<void> {
  const port = Number(process.env.GATEWAY_PORT ?? 4080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`gateway: GATEWAY_PORT="${process.env.GATEWAY_PORT}" must be a whole number from 0 to 65535`);
    process.exit(2);
  }
  const gateway = await startGateway(gatewayConfig, { port, host: process.env.GATEWAY_HOST || "127.0.0.1" });
  console.log(`gateway ready on ${gateway.url}`);
  const stop = () => void gateway.stop().then(() => process.exit(0));
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error("gateway failed to start:", err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
