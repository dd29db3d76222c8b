import fastifyApollo, { fastifyApolloDrainPlugin } from "@as-integrations/fastify";
import Fastify, { type FastifyInstance } from "fastify";
import type { Config } from "../config";
import type { Context } from "../context";
import { ProviderMode } from "../domain/enums";
import { buildFederatedSchema } from "../federation/build-schema";
import { type IdempotencyStore, MemoryIdempotencyStore } from "../idempotency/store";
import { createLoaders } from "../loaders";
import { createRegistry, sandboxPath, type ProviderRegistry } from "../providers/registry";
import type { SimulatorControl } from "../sandbox/faults";
import { SIMULATORS } from "../sandbox/registry";
import { createApollo } from "./apollo";
import { createAuthenticator, scopePlugin } from "./auth";
import { QUERY_LIMITS } from "./limits";
import { installRequestLog, logUpstream, operationLogPlugin } from "./request-log";
import { createMetrics, type Metrics } from "./metrics";

export interface AppDeps {
  /** Idempotency store; defaults to a process-local one. */
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
  /** `http://127.0.0.1:<port>` once listening. */
  url(): string;
}

/** Builds the whole server without starting it: routes, simulators, GraphQL. `main.ts` listens; tests too. */
export async function buildApp(config: Config, deps: AppDeps = {}): Promise<App> {
  const server = Fastify({
    logger:
      deps.logger === false
        ? false
        : {
            level: config.logLevel,
            stream: deps.logStream,
            redact: ["req.headers.authorization", "req.headers.apikey", 'req.headers["x-api-key"]'],
          },
    bodyLimit: config.maxBodyBytes,
    disableRequestLogging: true,
    requestIdHeader: "x-request-id",
    forceCloseConnections: true,
  });
  const url = () => {
    const address = server.server.address();
    if (!address || typeof address === "string") throw new Error("server is not listening yet");
    return `http://127.0.0.1:${address.port}`;
  };
  const metrics = createMetrics();
  const registry = createRegistry(config, url, (e) => {
    metrics.recordUpstream(e);
    logUpstream(server, e);
  });
  installRequestLog(server);
  const idempotency = deps.idempotency ?? new MemoryIdempotencyStore();

  const simulators = new Map<string, SimulatorControl>();
  for (const [provider, pc] of Object.entries(config.providers)) {
    if (pc.mode !== ProviderMode.SANDBOX) continue;
    await server.register(SIMULATORS[provider as keyof typeof SIMULATORS], {
      prefix: sandboxPath(provider as never),
      secret: pc.secret,
      onReady: (control) => simulators.set(provider, control),
    });
  }

  server.get("/health", async () => ({
    status: "ok",
    providers: [...registry.values()].map((a) => ({ provider: a.provider, mode: a.mode })),
  }));
  server.get("/metrics", async (_req, reply) => {
    reply.type(metrics.registry.contentType);
    return metrics.registry.metrics();
  });

  const authenticate = config.auth ? createAuthenticator(config.auth) : undefined;
  const apollo = createApollo(config, await buildFederatedSchema(), metrics, [fastifyApolloDrainPlugin(server), scopePlugin(), operationLogPlugin()]);
  await apollo.start();
  await server.register(fastifyApollo(apollo), {
    path: "/graphql",
    context: async (request): Promise<Context> => ({
      registry,
      loaders: createLoaders(registry, QUERY_LIMITS.maxProviderObjects),
      idempotency,
      caller: authenticate ? await authenticate(request.headers.authorization) : undefined,
    }),
  });

  return { server, registry, metrics, simulators, url };
}
