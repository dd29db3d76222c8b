import type { ApolloServerPlugin } from "@apollo/server";
import { SpanKind, SpanStatusCode, context, trace, type Span } from "@opentelemetry/api";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Context } from "../context";
import { ATTR, tracer } from "../observability/tracer";
import { loggableOperationName } from "./operation-label";

const spans = new WeakMap<FastifyRequest, Span>();

/**
 * Opens one SERVER span per request to `path` and makes it the active span for everything the request does, so
 * the upstream spans of its resolvers (DataLoader batches included) become its children. This has to happen here:
 * a fastify hook can wrap the rest of the request in the span's context, while an Apollo plugin can only observe
 * (the Apollo plugin below names the span once the operation is known). Other routes (health, metrics, the
 * simulators' own HTTP side) are not traced.
 */
export function installRequestTracing(server: FastifyInstance, path: string): void {
  server.addHook("onRequest", (req, _reply, done) => {
    if (req.routeOptions.url !== path) return done();
    const span = tracer.startSpan(`${req.method} ${path}`, {
      kind: SpanKind.SERVER,
      attributes: { [ATTR.method]: req.method, [ATTR.route]: path },
    });
    spans.set(req, span);
    context.with(trace.setSpan(context.active(), span), done);
  });
  const end = (req: FastifyRequest, statusCode?: number) => {
    const span = spans.get(req);
    if (!span) return;
    spans.delete(req);
    if (statusCode !== undefined) span.setAttribute(ATTR.status, statusCode);
    if (statusCode === undefined || statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
    span.end();
  };
  server.addHook("onResponse", async (req, reply) => end(req, reply.statusCode));
  server.addHook("onRequestAbort", async (req) => end(req));
}

/**
 * Names the request span `{type} {operation name}` (e.g. `query CandidateInvites`) with the operation's name and
 * type as attributes, and marks it failed with the error codes when the response carries errors. The query text
 * and variables are never recorded: they can hold candidate emails.
 */
export function tracingPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const span = trace.getActiveSpan();
      if (!span?.isRecording()) return;
      return {
        async didResolveOperation(rc) {
          const type = rc.operation?.operation;
          if (!type) return;
          span.setAttribute(ATTR.operationType, type);
          const name = loggableOperationName(rc.operationName);
          if (name) span.setAttribute(ATTR.operationName, name);
          span.updateName(name ? `${type} ${name}` : type);
        },
        async willSendResponse(rc) {
          const body = rc.response.body.kind === "single" ? rc.response.body.singleResult : undefined;
          const codes = body?.errors?.map((e) => String(e.extensions?.code ?? "UNKNOWN"));
          if (!codes?.length) return;
          span.setAttribute(ATTR.errorCodes, [...new Set(codes)]);
          span.setStatus({ code: SpanStatusCode.ERROR, message: codes[0] });
        },
      };
    },
  };
}
