import "reflect-metadata";
import { ConfigError, loadConfig, type Config } from "./config";
import { startTracing, type Tracing } from "./observability/otel";
import { openRecord } from "./events/record-handle";
import { buildApp, type App } from "./server/app";
import { shutdown } from "./server/shutdown";
import { within } from "./server/within";

/** How long buffered spans may take to reach the collector on exit. */
const TRACE_FLUSH_MS = 2000;

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`hiregraph: ${err.message}`);
      process.exit(2);
    }
    throw err;
  }
  // Before buildApp, so the context manager is in place for the first request.
  const tracing = config.tracing ? startTracing(config.tracing) : undefined;
  // The store comes first: without it nothing can be recorded, so start-up stops (exit 1) with the reason.
  const record = await openRecord(config, { warn: (obj, msg) => console.warn(`hiregraph: ${msg}`, JSON.stringify(obj)) });
  const app = await buildApp(config, { record });
  app.server.addHook("onClose", () => record.close());
  await app.server.listen({ port: config.port, host: config.host });
  const modes = [...app.registry.values()].map((a) => `${a.provider}=${a.mode}`).join(" ");
  app.server.log.info(
    { providers: Object.fromEntries([...app.registry.values()].map((a) => [a.provider, a.mode])), tracing: tracing ? "otlp" : "off" },
    `hiregraph ready on ${app.url()}/graphql (${modes})`,
  );
  handleSignals(app, config, tracing);
}

/**
 * SIGTERM/SIGINT: drain in-flight requests for up to `SHUTDOWN_TIMEOUT_MS`, flush traces, exit 0 (drained) or 1
 * (connections cut at the deadline). A second signal exits at once.
 */
function handleSignals(app: App, config: Config, tracing: Tracing | undefined): void {
  let stopping = false;
  const onSignal = async (signal: NodeJS.Signals) => {
    if (stopping) {
      app.server.log.warn(`${signal} received again, exiting without waiting`);
      process.exit(1);
    }
    stopping = true;
    app.server.log.info({ timeoutMs: config.shutdownTimeoutMs }, `${signal} received, draining in-flight requests`);
    const outcome = await shutdown(app, config.shutdownTimeoutMs);
    if (outcome === "timed-out") app.server.log.warn("requests still running at the shutdown deadline were cut off");
    if (tracing) await within(tracing.shutdown().catch(() => undefined), TRACE_FLUSH_MS, undefined);
    app.server.log.info({ outcome }, "hiregraph stopped");
    process.exit(outcome === "drained" ? 0 : 1);
  };
  process.on("SIGTERM", (s) => void onSignal(s));
  process.on("SIGINT", (s) => void onSignal(s));
}

main().catch((err) => {
  console.error("hiregraph failed to start:", err instanceof Error ? err.message : err);
  process.exit(1);
});
