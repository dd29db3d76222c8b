import { SpanKind, SpanStatusCode, trace, type Span } from "@opentelemetry/api";
import type { Provider } from "../domain/enums";

/**
 * hiregraph's tracer. Until an SDK is registered (`startTracing`, or a test's provider) it is the API's no-op
 * tracer: spans are non-recording and cost a few object allocations, nothing is exported.
 */
export const tracer = trace.getTracer("hiregraph");

/**
 * Attribute names. Where OpenTelemetry's semantic conventions define one it is used (`http.*`, `url.template`,
 * `error.type`, `graphql.*`); the rest live under `hiregraph.`. Values are templates, enums and codes only: never
 * ids, emails, keys or bodies, so a span store needs no more protection than a metrics store.
 */
export const ATTR = {
  provider: "hiregraph.provider",
  method: "http.request.method",
  urlTemplate: "url.template",
  status: "http.response.status_code",
  route: "http.route",
  errorType: "error.type",
  operationName: "graphql.operation.name",
  operationType: "graphql.operation.type",
  errorCodes: "hiregraph.graphql.error_codes",
} as const;

/** Ends an upstream span with what the call produced. */
export type FinishUpstreamSpan = (outcome: { status?: number; errorCode?: string }) => void;

/**
 * Starts the CLIENT span of one call to a provider (each retry attempt is its own call and span), as a child of
 * the active span, i.e. the GraphQL request that caused it. Named `{method} {endpoint template}` as the HTTP
 * conventions ask, e.g. `GET /invites/{id}`.
 */
export function startUpstreamSpan(provider: Provider, method: string, endpoint: string): FinishUpstreamSpan {
  const span: Span = tracer.startSpan(`${method} ${endpoint}`, {
    kind: SpanKind.CLIENT,
    attributes: { [ATTR.provider]: provider, [ATTR.method]: method, [ATTR.urlTemplate]: endpoint },
  });
  return ({ status, errorCode }) => {
    if (status !== undefined) span.setAttribute(ATTR.status, status);
    if (errorCode) {
      span.setAttribute(ATTR.errorType, errorCode);
      // The code only: provider messages can echo request data back.
      span.setStatus({ code: SpanStatusCode.ERROR, message: errorCode });
    }
    span.end();
  };
}
