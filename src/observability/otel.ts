import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { BatchSpanProcessor, NodeTracerProvider } from "@opentelemetry/sdk-trace-node";

/** OpenTelemetry trace export; absent means tracing is off (a no-op tracer, nothing exported). */
export interface TracingConfig {
  /** `OTEL_EXPORTER_OTLP_ENDPOINT` without a trailing slash; spans are POSTed to `{endpoint}/v1/traces`. */
  readonly endpoint: string;
  /** `OTEL_SERVICE_NAME`: the `service.name` resource attribute. */
  readonly serviceName: string;
}

export interface Tracing {
  /** Exports the spans still buffered and stops; call once, on shutdown. */
  shutdown(): Promise<void>;
}

/**
 * Registers the OpenTelemetry SDK globally and exports spans over OTLP/HTTP (JSON) to `{endpoint}/v1/traces`,
 * as the OTLP exporter spec derives it from `OTEL_EXPORTER_OTLP_ENDPOINT`. Spans are batched and sent in the
 * background, so a slow collector never slows requests; the registered async-hooks context manager carries the
 * GraphQL request span to the upstream calls it causes. Call before `buildApp`, from `main.ts` only.
 * The exporter itself still reads the standard `OTEL_EXPORTER_OTLP_HEADERS` (collector credentials) and
 * `OTEL_EXPORTER_OTLP_TIMEOUT`.
 */
export function startTracing(config: TracingConfig): Tracing {
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ "service.name": config.serviceName }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: `${config.endpoint}/v1/traces` }))],
  });
  provider.register();
  return { shutdown: () => provider.shutdown() };
}
