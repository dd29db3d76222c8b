import Fastify, { LogController, type FastifyInstance } from "fastify";
import type { Config } from "../config";
import { ProviderMode } from "../domain/enums";
import type { RecordHandle } from "../events/record-handle";
import type { Poller } from "../services/poller";
import { buildFederatedSchema } from "../federation/build-schema";
import { observeIdempotency } from "../idempotency/observed";
import type { IdempotencyStore } from "../idempotency/store";
import { withCallerSlot } from "../providers/outbound-caller";
import { createRegistry, type ProviderRegistry } from "../providers/registry";
import type { SimulatorControl } from "../sandbox/faults";
import { createSharedState } from "./shared-state";
import { createApollo } from "./apollo";
import { createAuthenticator, scopePlugin } from "./auth";
import { requestCaller } from "./caller";
import { loggerOptions } from "./logger";
import { registerOpsRoutes } from "./ops-routes";
import { BreakerStates, Readiness, providerChecks, recordCheck, storeCheck } from "./readiness";
import { createRecorder, liveEventsOf, recordOriginPlugin, startBackgroundJobs } from "./record-wiring";
import { registerCallbackRoutes } from "./callback-routes";
import { installRequestLog, logUpstream, operationLogPlugin } from "./request-log";
import { createMetrics, type Metrics } from "./metrics";
import { httpTimeouts, requestId } from "./http-edge";
import { sandboxGuard } from "./sandbox-guard";
import { mountSimulators } from "./simulators";
import { requestContexts } from "./request-context";
import { registerCallerEdge } from "./caller-edge";
import { drainPlugin, installDrainHeader } from "./shutdown";
import { installRequestTracing, tracingPlugin } from "./tracing";

export interface AppDeps {
  /** The record and its event bus (main.ts opens the configured one; tests pass their own). */
  record: RecordHandle;
  /** Idempotency store; defaults to Redis with `REDIS_URL`, else a process-local one. */
  idempotency?: IdempotencyStore;
  /** Log lines go to pino at `config.logLevel`; tests pass false. @default true */
  logger?: boolean;
  /** Where log lines are written. @default stdout */
  logStream?: NodeJS.WritableStream;
}

export interface App {
  readonly server: FastifyInstance;
  readonly registry: ProviderRegistry;
  readonly metrics: Metrics;
  /** Control handles of the mounted simulators (sandboxed providers only). */
  readonly simulators: ReadonlyMap<string, SimulatorControl>;
  /** Re-reads recorded invites that are not final (started with the server unless POLL_INTERVAL_MS is 0). */
  readonly poller: Poller;
  /** `/ready`'s checks; `startDraining()` turns it to 503. */
  readonly readiness: Readiness;
  /** `http://127.0.0.1:<port>` once listening. */
  url(): string;
  /** Stops Apollo, whose drain plugin closes fastify after in-flight requests finish. Use `shutdown()` (bounded). */
  stop(): Promise<void>;
}

function createFastify(config: Config, deps: AppDeps): FastifyInstance {
  return Fastify({
    logger: deps.logger === false ? false : loggerOptions(config, deps.logStream),
    bodyLimit: config.maxBodyBytes,
    // Fastify's own per-request lines are replaced by request-log.ts (one line with the GraphQL facts).
    logController: new LogController({ disableRequestLogging: true }),
    // A client's x-request-id is copied into every log line of its request, so only a short printable one is kept.
    requestIdHeader: false,
    genReqId: requestId,
    ...httpTimeouts(config),
    // On close, only idle keep-alive sockets are cut; requests in flight finish (graceful drain, see shutdown.ts).
    forceCloseConnections: "idle",
  });
}

/** `http://127.0.0.1:<port>`, read on every sandboxed upstream call, so the address is looked up once, after listen. */
function listeningUrl(server: FastifyInstance): () => string {
  let selfUrl: string | undefined;
  return () => {
    if (selfUrl) return selfUrl;
    const address = server.server.address();
    if (!address || typeof address === "string") throw new Error("server is not listening yet");
    return (selfUrl = `http://127.0.0.1:${address.port}`);
  };
}

/** Builds the whole server without starting it: routes, simulators, GraphQL. `main.ts` listens; tests too. */
export async function buildApp(config: Config, deps: AppDeps): Promise<App> {
  const server = createFastify(config, deps);
  const url = listeningUrl(server);
  const metrics = createMetrics();
  const breakers = new BreakerStates(metrics.recordBreakerState);
  const shared = await createSharedState(config, server.log);
  server.addHook("onClose", () => shared.close());
  const authenticate = config.auth ? createAuthenticator(config.auth) : undefined;
  const guard = authenticate ? sandboxGuard(authenticate) : undefined;
  const registry = createRegistry(config, url, {
    sandboxHeaders: guard?.headers,
    onCall: (e) => {
      metrics.recordUpstream(e);
      logUpstream(server, e);
    },
    rateLimiters: shared.rateLimiters,
    onBreakerStateChange: breakers.set,
  });
  for (const a of registry.values()) if (a.mode !== ProviderMode.DISABLED) breakers.set(a.provider, "closed");
  installRequestLog(server);
  server.addHook("onRequest", (_req, _reply, done) => withCallerSlot(done));
  installRequestTracing(server, "/graphql");
  const idempotency = observeIdempotency(deps.idempotency ?? shared.idempotency, metrics.recordIdempotency);
  const recorder = createRecorder(server, deps.record, metrics);
  const readiness = new Readiness([...providerChecks(registry, breakers), storeCheck(idempotency), recordCheck(deps.record.store)]);
  installDrainHeader(server, () => readiness.isDraining());

  const simulators = await mountSimulators(server, config, { guard, selfUrl: url });

  registerOpsRoutes(server, { registry, metrics, readiness });
  registerCallbackRoutes(server, { token: config.callbacks.token, recorder, metrics });
  const poller = startBackgroundJobs(server, config, registry, recorder, metrics);

  const callers = requestCaller(authenticate);
  const liveEvents = liveEventsOf(deps.record.bus);
  const schema = await buildFederatedSchema();
  const apollo = createApollo(config, schema, metrics, [drainPlugin(server), scopePlugin(), recordOriginPlugin(), operationLogPlugin(), tracingPlugin()]);
  await apollo.start();
  const contextFor = requestContexts({ registry, assessmentCache: shared.assessmentCache, metrics, recorder, idempotency, liveEvents, readMaxAgeS: config.readMaxAgeS });
  await registerCallerEdge(server, { config, apollo, schema, callers, authenticate, contextFor, metrics, redis: shared.redis });

  return { server, registry, metrics, simulators, readiness, url, poller, stop: () => apollo.stop() };
}
