import { loadConfig } from "../../src/config";
import type { Provider } from "../../src/domain/enums";
import type { SimulatorControl } from "../../src/sandbox/faults";
import { openRecord, recordOn, type RecordHandle } from "../../src/events/record-handle";
import { buildApp, type App, type AppDeps } from "../../src/server/app";
import { memoryDatabase } from "./store";

export interface GqlResult<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, any> }>;
}

export interface TestApp {
  app: App;
  url: string;
  /** The record this app writes to (an in-memory embedded store unless the test passed one). */
  record: RecordHandle;
  /** POSTs a GraphQL operation to /graphql over real HTTP. */
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GqlResult<T>>;
  /** Control of a provider's sandbox simulator. */
  sim(provider: Provider): SimulatorControl;
  /** Upstream requests the simulators have served since the last reset, by provider. */
  upstreamCalls(): Record<string, number>;
  /** Clears counters and faults on every simulator. */
  resetCounters(): void;
  close(): Promise<void>;
}

const silentLog = { warn: () => undefined };

/** An empty in-memory record (embedded store) for one app. */
export async function memoryRecord(pollDelayMs?: number): Promise<RecordHandle> {
  return recordOn(await memoryDatabase(), silentLog, { pollDelayMs });
}

/**
 * Starts the real server (all providers sandboxed unless env says otherwise) on 127.0.0.1 and a free port, with an
 * in-memory record unless env has DATABASE_URL or `deps.record` is given (a record the test passes is closed by the
 * test, not by `close`). The poller is off unless env sets POLL_INTERVAL_MS.
 */
export async function startApp(env: Record<string, string> = {}, deps: Partial<AppDeps> = {}): Promise<TestApp> {
  const config = loadConfig({ PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "silent", POLL_INTERVAL_MS: "0", ...env });
  const record = deps.record ?? (config.store.databaseUrl ? await openRecord(config, silentLog) : await memoryRecord(config.poll.intervalMs));
  const app = await buildApp(config, { logger: false, ...deps, record });
  // However the test stops the app (close, or a graceful shutdown), a record it did not pass in goes with it.
  if (!deps.record) app.server.addHook("onClose", () => record.close());
  await app.server.listen({ port: 0, host: "127.0.0.1" });
  const url = app.url();
  const sim = (provider: Provider) => {
    const control = app.simulators.get(provider);
    if (!control) throw new Error(`${provider} is not sandboxed in this app`);
    return control;
  };
  return {
    app,
    url,
    record,
    sim,
    async gql(query, variables, headers = {}) {
      const res = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as Omit<GqlResult, "status">;
      return { status: res.status, ...body } as GqlResult<any>;
    },
    upstreamCalls() {
      return Object.fromEntries([...app.simulators].map(([p, c]) => [p, c.stats().total]));
    },
    resetCounters() {
      for (const c of app.simulators.values()) c.clear();
    },
    close: () => app.server.close(),
  };
}
