import type { FastifyInstance } from "fastify";
import type { ProviderRegistry } from "../providers/registry";
import type { Metrics } from "./metrics";
import type { Readiness } from "./readiness";

/**
 * Routes for operators and orchestrators, outside GraphQL and without caller auth (they reveal modes and
 * states, never configuration values):
 * - `GET /health`: liveness. 200 while the process serves HTTP at all; restart it when this fails.
 * - `GET /ready`: readiness. 200 when every check passes, else 503 naming the failing ones; route traffic by it.
 * - `GET /metrics`: Prometheus text format.
 */
export function registerOpsRoutes(server: FastifyInstance, deps: { registry: ProviderRegistry; metrics: Metrics; readiness: Readiness }): void {
  server.get("/health", async () => ({
    status: "ok",
    providers: [...deps.registry.values()].map((a) => ({ provider: a.provider, mode: a.mode })),
  }));
  server.get("/ready", async (_req, reply) => {
    const { ready, checks } = await deps.readiness.evaluate();
    reply.code(ready ? 200 : 503);
    return { status: ready ? "ready" : "not ready", failing: checks.filter((c) => !c.ok).map((c) => c.name), checks };
  });
  server.get("/metrics", async (req, reply) => {
    try {
      const text = await deps.metrics.registry.metrics();
      return reply.type(deps.metrics.registry.contentType).send(text);
    } catch (err) {
      // A scrape failure is an operator's problem: log why (the message only, no stack), answer a plain 500.
      req.log.error({ error: err instanceof Error ? err.message.slice(0, 300) : String(err) }, "metrics could not be rendered");
      return reply.code(500).type("text/plain").send("metrics could not be rendered; see the server log\n");
    }
  });
}
