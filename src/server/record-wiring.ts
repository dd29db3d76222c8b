import { setMaxListeners } from "node:events";
import type { ApolloServerPlugin } from "@apollo/server";
import type { FastifyInstance } from "fastify";
import { createPubSub } from "@graphql-yoga/subscription";
import type { Context, LiveEvents } from "../context";
import type { EventBus } from "../events/bus";
import type { RecordedEvent } from "../record/record-store";
import { EventOrigin } from "../domain/enums";
import type { RecordHandle } from "../events/record-handle";
import type { Config } from "../config";
import type { Provider } from "../domain/enums";
import type { ProviderRegistry } from "../providers/registry";
import { Poller } from "../services/poller";
import { Recorder } from "../services/recorder";
import type { Metrics } from "./metrics";

/** At most one warning per this many ms for store failures that do not fail requests, so an outage does not flood the log. */
const WARN_EVERY_MS = 10_000;

/** The app's Recorder: events are counted and handed to the bus once committed; store failures on the side are logged and counted. */
export function createRecorder(server: FastifyInstance, record: RecordHandle, metrics: Metrics): Recorder {
  let lastWarn = -Infinity;
  return new Recorder(record.store, {
    onEvents: (events) => {
      for (const e of events) metrics.eventsRecorded.inc({ origin: e.origin, provider: e.provider });
      record.bus.publish(events).catch((err: unknown) => server.log.warn({ err: errorText(err) }, "event bus: publish failed; subscribers catch up with inviteEvents"));
    },
    onStoreError: (operation, err) => {
      metrics.storeErrors.inc({ operation });
      if (Date.now() - lastWarn < WARN_EVERY_MS) return;
      lastWarn = Date.now();
      server.log.warn({ err: errorText(err), operation }, "record store failed; the provider's answer was served without being recorded");
    },
  });
}

/** Store client errors may carry a connection URL; only the message's first line is logged, with URLs masked. */
function errorText(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.split("\n")[0].replace(/\b[a-z][a-z0-9+.-]*:\/\/\S+/gi, "<url>");
}

/** Provider reads made while running a mutation are recorded as MUTATION, others as READ. */
export function recordOriginPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation }) {
          if (operation?.operation === "mutation") contextValue.scope.origin = EventOrigin.MUTATION;
        },
      };
    },
  };
}

const TOPIC = "invite-events";

/**
 * One bus listener per app feeds a PubSub; every subscription is a stream from that PubSub. Each stream is one
 * listener on its event target, so Node's warning past 10 listeners (meant to catch leaks) is turned off there:
 * a thousand live subscriptions are a thousand listeners by design, and each is removed when its stream ends.
 */
export function liveEventsOf(bus: EventBus): LiveEvents {
  const eventTarget = new EventTarget();
  setMaxListeners(0, eventTarget);
  const pubSub = createPubSub<{ [TOPIC]: [RecordedEvent] }>({ eventTarget });
  bus.subscribe((event) => pubSub.publish(TOPIC, event));
  return { subscribe: () => pubSub.subscribe(TOPIC) };
}

/** How often old events are pruned. */
const PRUNE_EVERY_MS = 3_600_000;

/**
 * The poller and the retention job, started with the server and stopped when it closes. Pruning runs once at
 * start-up and then hourly, on every instance (deleting what another instance already deleted is harmless).
 */
export function startBackgroundJobs(server: FastifyInstance, config: Config, registry: ProviderRegistry, recorder: Recorder, metrics: Metrics): Poller {
  const rateLimits = Object.fromEntries(Object.entries(config.providers).map(([p, pc]) => [p, pc.rateLimitPerMinute])) as Partial<Record<Provider, number>>;
  const poller = new Poller(registry, recorder, {
    intervalMs: config.poll.intervalMs,
    budgetPercent: config.poll.budgetPercent,
    rateLimits,
    onRead: (provider, outcome) => metrics.polls.inc({ provider, outcome }),
    onLag: (seconds) => metrics.pollLag.set(seconds),
    onError: (err) => server.log.warn({ err: errorText(err) }, "poll round failed; the next round retries"),
  });
  const prune = () =>
    recorder.store
      .prune(new Date(Date.now() - config.store.eventRetentionDays * 86_400_000))
      .then((n) => n && server.log.info({ events: n }, "pruned events older than the retention"))
      .catch((err: unknown) => server.log.warn({ err: errorText(err) }, "pruning old events failed; retried in an hour"));
  let pruneTimer: NodeJS.Timeout | undefined;
  server.addHook("onReady", async () => {
    poller.start();
    void prune();
    pruneTimer = setInterval(prune, PRUNE_EVERY_MS).unref();
  });
  server.addHook("onClose", async () => {
    clearInterval(pruneTimer);
    await poller.stop();
  });
  return poller;
}
