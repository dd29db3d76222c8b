import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import type { Provider } from "../domain/enums";
import type { IdempotencyResult } from "../idempotency/observed";
import type { LoaderName } from "../loaders";
import type { UpstreamCallEvent } from "../providers/http";
import type { BreakerState } from "../providers/resilience";

export interface Metrics {
  readonly registry: Registry;
  /** Feeds every upstream call into the upstream metrics. */
  recordUpstream(event: UpstreamCallEvent): void;
  readonly graphqlDuration: Histogram<"operation" | "outcome">;
  /** Sets a provider's circuit-breaker gauge. */
  recordBreakerState(provider: Provider, state: BreakerState): void;
  /** Observes how many keys one DataLoader batch carried. */
  recordBatch(loader: LoaderName, size: number): void;
  /** Counts one idempotency-keyed mutation by what the store did with it. */
  recordIdempotency(result: IdempotencyResult): void;
  /** Invite events recorded, by origin and provider. */
  readonly eventsRecorded: Counter<"origin" | "provider">;
  /** Store failures that did not fail the request, by operation. */
  readonly storeErrors: Counter<"operation">;
  /** Provider callbacks, by provider and outcome (accepted, duplicate, or the refusal reason). */
  readonly callbacks: Counter<"provider" | "outcome">;
  /** Poller reads by provider and outcome (ok, error). */
  readonly polls: Counter<"provider" | "outcome">;
  /** Age of the oldest due, not yet polled invite, in seconds (0 when none is waiting). */
  readonly pollLag: Gauge;
  /** Open GraphQL subscriptions on this instance. */
  readonly subscribers: Gauge;
}

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** Gauge values, so one alert rule (`> 0`) catches both an open and a probing breaker. */
const BREAKER_VALUE: Record<BreakerState, number> = { closed: 0, "half-open": 0.5, open: 1 };

/** One registry per app instance, so tests can build several apps without metric name clashes. */
export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const upstream = upstreamFamilies([registry]);
  const request = requestFamilies([registry]);
  return {
    registry,
    graphqlDuration: request.graphqlDuration,
    recordUpstream(e) {
      const endpoint = `${e.method} ${e.endpoint}`;
      upstream.calls.inc({ provider: e.provider, endpoint, outcome: e.errorCode ?? String(e.status ?? "none") });
      if (e.errorCode) upstream.errors.inc({ provider: e.provider, endpoint, code: e.errorCode });
      upstream.duration.observe({ provider: e.provider, endpoint }, e.durationMs / 1000);
    },
    recordBreakerState: (provider, state) => upstream.breaker.set({ provider }, BREAKER_VALUE[state]),
    recordBatch: (loader, size) => request.batchSize.observe({ loader }, size),
    recordIdempotency: (result) => request.idempotency.inc({ result }),
    ...recordFamilies([registry]),
  };
}

/** Label values are closed sets (origins, providers, outcomes, fixed operation names), so series stay bounded. */
function recordFamilies(registers: Registry[]) {
  return {
    eventsRecorded: new Counter({
      name: "hiregraph_invite_events_recorded_total",
      help: "Invite status changes recorded as events, by origin (CALLBACK, POLL, MUTATION, READ) and provider.",
      labelNames: ["origin", "provider"] as const,
      registers,
    }),
    storeErrors: new Counter({
      name: "hiregraph_record_store_errors_total",
      help: "Record store failures that did not fail the request (the provider's answer was served unrecorded), by operation.",
      labelNames: ["operation"] as const,
      registers,
    }),
    callbacks: new Counter({
      name: "hiregraph_callbacks_total",
      help: "Provider callbacks received, by provider and outcome: accepted, duplicate, or refused as unauthorized, bad_request, unknown_invite, store_unavailable.",
      labelNames: ["provider", "outcome"] as const,
      registers,
    }),
    polls: new Counter({
      name: "hiregraph_poll_reads_total",
      help: "Invites re-read by the poller, by provider and outcome (ok, error).",
      labelNames: ["provider", "outcome"] as const,
      registers,
    }),
    pollLag: new Gauge({
      name: "hiregraph_poll_lag_seconds",
      help: "How long the most overdue invite has been waiting for its poll, at the last poll round (0 when none was overdue).",
      registers,
    }),
    subscribers: new Gauge({
      name: "hiregraph_subscriptions_active",
      help: "GraphQL subscriptions open on this instance.",
      registers,
    }),
  };
}

function upstreamFamilies(registers: Registry[]) {
  return {
    calls: new Counter({
      name: "hiregraph_upstream_requests_total",
      help: "Calls to provider APIs, by provider, endpoint template and outcome (HTTP status or error code).",
      labelNames: ["provider", "endpoint", "outcome"] as const,
      registers,
    }),
    errors: new Counter({
      name: "hiregraph_upstream_errors_total",
      help: "Failed calls to provider APIs, by provider, endpoint template and hiregraph error code.",
      labelNames: ["provider", "endpoint", "code"] as const,
      registers,
    }),
    duration: new Histogram({
      name: "hiregraph_upstream_request_duration_seconds",
      help: "Duration of calls to provider APIs.",
      labelNames: ["provider", "endpoint"] as const,
      buckets: SECONDS,
      registers,
    }),
    breaker: new Gauge({
      name: "hiregraph_circuit_breaker_state",
      help: "Circuit breaker per provider: 0 closed, 0.5 half-open (one trial call), 1 open (failing fast).",
      labelNames: ["provider"] as const,
      registers,
    }),
  };
}

function requestFamilies(registers: Registry[]) {
  return {
    graphqlDuration: new Histogram({
      name: "hiregraph_graphql_request_duration_seconds",
      help: "Duration of GraphQL requests, by operation name and outcome (ok, error).",
      labelNames: ["operation", "outcome"] as const,
      buckets: SECONDS,
      registers,
    }),
    batchSize: new Histogram({
      name: "hiregraph_dataloader_batch_size",
      help: "Keys per DataLoader batch (distinct objects one request asked for in one tick), by loader.",
      labelNames: ["loader"] as const,
      buckets: [1, 2, 5, 10, 25, 50, 100],
      registers,
    }),
    idempotency: new Counter({
      name: "hiregraph_idempotency_requests_total",
      help: "Mutations sent with an idempotency key, by result: first (ran), replayed (stored answer returned), key_reused (other input), error (store failed).",
      labelNames: ["result"] as const,
      registers,
    }),
  };
}
