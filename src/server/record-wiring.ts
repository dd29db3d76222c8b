import type { ApolloServerPlugin } from "@apollo/server";
import type { FastifyInstance } from "fastify";
import { createPubSub } from "@graphql-yoga/subscription";
import type { Context, LiveEvents } from "../context";
import type { EventBus } from "../events/bus";
import type { RecordedEvent } from "../record/record-store";
import { EventOrigin } from "../domain/enums";
import type { RecordHandle } from "../record";
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

/** One bus listener per app feeds a PubSub; every subscription is a stream from that PubSub. */
export function liveEventsOf(bus: EventBus): LiveEvents {
  const pubSub = createPubSub<{ [TOPIC]: [RecordedEvent] }>();
  bus.subscribe((event) => pubSub.publish(TOPIC, event));
  return { pubSub, subscribe: () => pubSub.subscribe(TOPIC) };
}
