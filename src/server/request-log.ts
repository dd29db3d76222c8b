import { AsyncLocalStorage } from "node:async_hooks";
import type { ApolloServerPlugin } from "@apollo/server";
import type { FastifyInstance } from "fastify";
import type { Context } from "../context";
import type { UpstreamCallEvent } from "../providers/http";
import { loggableOperationName } from "./operation-label";

/** What one HTTP request did, gathered while it runs and logged once when it ends. */
interface RequestFacts {
  upstreamCalls: number;
  operationName?: string;
  errorCodes?: string[];
}

const facts = new AsyncLocalStorage<RequestFacts>();

/**
 * Structured logs: one line per HTTP request (request id, route, status, duration, GraphQL operation, upstream
 * calls, error codes) and one per upstream call (provider, endpoint template, status, duration). Log objects are
 * built from fixed fields only, never from headers or bodies, so no credential can reach them.
 */
export function installRequestLog(server: FastifyInstance): void {
  server.addHook("onRequest", (_req, _reply, done) => facts.run({ upstreamCalls: 0 }, done));
  server.addHook("onResponse", async (req, reply) => {
    if (req.url.startsWith("/sandbox/")) return; // simulator traffic is logged as upstream calls instead
    const f = facts.getStore();
    req.log.info(
      {
        method: req.method,
        route: req.routeOptions.url ?? "unknown",
        statusCode: reply.statusCode,
        durationMs: Math.round(reply.elapsedTime * 10) / 10,
        operationName: f?.operationName,
        upstreamCalls: f?.upstreamCalls ?? 0,
        errorCodes: f?.errorCodes?.length ? f.errorCodes : undefined,
      },
      "request",
    );
  });
}

/** Records an upstream call against the current request and logs it. */
export function logUpstream(server: FastifyInstance, event: UpstreamCallEvent): void {
  const f = facts.getStore();
  if (f) f.upstreamCalls += 1;
  const line = { provider: event.provider, method: event.method, endpoint: event.endpoint, status: event.status, durationMs: Math.round(event.durationMs * 10) / 10, errorCode: event.errorCode };
  if (event.errorCode) server.log.warn(line, "upstream call failed");
  else server.log.debug(line, "upstream call");
}

/** Hands the operation name and error codes of a GraphQL request to the request log line. */
export function operationLogPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse(rc) {
          const f = facts.getStore();
          if (!f) return;
          f.operationName = loggableOperationName(rc.operationName);
          const body = rc.response.body.kind === "single" ? rc.response.body.singleResult : undefined;
          f.errorCodes = body?.errors?.map((e) => String(e.extensions?.code ?? "UNKNOWN"));
        },
      };
    },
  };
}
