import Fastify, { type FastifyPluginAsync } from "fastify";
import type { SimulatorControl } from "../../src/sandbox/faults";
import type { SimulatorOptions } from "../../src/sandbox/types";

export interface RunningSimulator {
  /** Base URL including the mount prefix, e.g. http://127.0.0.1:40123/sandbox/xobin */
  baseUrl: string;
  control: SimulatorControl;
  close(): Promise<void>;
}

/** Serves one provider simulator over real HTTP on 127.0.0.1 and an ephemeral port. */
export async function startSimulator(
  plugin: FastifyPluginAsync<SimulatorOptions>,
  opts: { prefix: string; secret: string },
): Promise<RunningSimulator> {
  const app = Fastify({ logger: false, forceCloseConnections: true });
  let control: SimulatorControl | undefined;
  await app.register(plugin, { prefix: opts.prefix, secret: opts.secret, onReady: (c) => (control = c) });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  if (!address || typeof address === "string") throw new Error("simulator did not bind a TCP port");
  if (!control) throw new Error("simulator did not expose its control handle (call opts.onReady)");
  return {
    baseUrl: `http://127.0.0.1:${address.port}${opts.prefix}`,
    control,
    close: () => app.close(),
  };
}
