import { Counter, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import type { UpstreamCallEvent } from "../providers/http";

export interface Metrics {
  readonly registry: Registry;
  /** Feeds every upstream call into the upstream metrics. */
  recordUpstream(event: UpstreamCallEvent): void;
  readonly graphqlDuration: Histogram<"operation" | "outcome">;
}

/** One registry per app instance, so tests can build several apps without metric name clashes. */
export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const upstreamCalls = new Counter({
    name: "hiregraph_upstream_requests_total",
    help: "Calls to provider APIs, by provider, endpoint template and outcome (HTTP status or error code).",
    labelNames: ["provider", "endpoint", "outcome"] as const,
    registers: [registry],
  });
  const upstreamDuration = new Histogram({
    name: "hiregraph_upstream_request_duration_seconds",
    help: "Duration of calls to provider APIs.",
    labelNames: ["provider", "endpoint"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const graphqlDuration = new Histogram({
    name: "hiregraph_graphql_request_duration_seconds",
    help: "Duration of GraphQL requests, by operation name and outcome (ok, error).",
    labelNames: ["operation", "outcome"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  return {
    registry,
    graphqlDuration,
    recordUpstream(e) {
      const endpoint = `${e.method} ${e.endpoint}`;
      upstreamCalls.inc({ provider: e.provider, endpoint, outcome: e.errorCode ?? String(e.status ?? "none") });
      upstreamDuration.observe({ provider: e.provider, endpoint }, e.durationMs / 1000);
    },
  };
}
