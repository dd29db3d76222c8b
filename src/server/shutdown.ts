import type { ApolloServerPlugin } from "@apollo/server";
import type { FastifyInstance } from "fastify";
import type { Readiness } from "./readiness";
import { within } from "./within";

export type ShutdownOutcome = "drained" | "timed-out";

/** What a graceful stop needs of the app (buildApp's App has it). */
export interface Drainable {
  readonly server: FastifyInstance;
  readonly readiness: Pick<Readiness, "startDraining">;
  stop(): Promise<void>;
}

/**
 * Graceful stop: `/ready` turns 503 at once; the server stops accepting connections and answers requests that
 * arrive on open ones with 503; requests already running finish (the drain plugin below closes fastify, then Apollo
 * stops). If they are not done within `timeoutMs`, their connections are closed and the outcome is `timed-out`.
 * The caller decides what follows (main.ts flushes traces and exits).
 */
export async function shutdown(app: Drainable, timeoutMs: number): Promise<ShutdownOutcome> {
  app.readiness.startDraining();
  const outcome = await within(
    app.stop().then(() => "drained" as const),
    timeoutMs,
    "timed-out" as const,
  );
  if (outcome === "timed-out") app.server.server.closeAllConnections();
  return outcome;
}

/**
 * While draining, every response carries `Connection: close`, so a keep-alive client (a load balancer, the
 * sandbox's own upstream agent) drops its connection once its request is answered; otherwise the idle sockets
 * left behind would hold the server open until the deadline.
 */
export function installDrainHeader(server: FastifyInstance, draining: () => boolean): void {
  server.addHook("onSend", (_req, reply, payload, done) => {
    if (draining()) reply.header("connection", "close");
    done(null, payload);
  });
}

/**
 * Apollo's drain step: close fastify (stop accepting, wait for requests in flight) before Apollo stops. Used instead
 * of `fastifyApolloDrainPlugin`, which cuts every connection after a fixed 10 s whatever `SHUTDOWN_TIMEOUT_MS` says;
 * here `shutdown()` owns the deadline.
 */
export function drainPlugin(server: FastifyInstance): ApolloServerPlugin {
  return {
    async serverWillStart() {
      return { drainServer: () => server.close() };
    },
  };
}
