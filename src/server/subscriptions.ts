import websocket from "@fastify/websocket";
import type { FastifyInstance, RouteHandlerMethod } from "fastify";
import { GraphQLError, parse, specifiedRules, validate, type ExecutionArgs, type GraphQLSchema, type ValidationRule } from "graphql";
import { makeHandler } from "graphql-ws/use/@fastify/websocket";
import type { Caller, Context } from "../context";
import { READ_SCOPE, type Authenticate } from "./auth";
import { QUERY_LIMITS } from "./limits";
import type { Metrics } from "./metrics";

/** Close codes the contract fixes: no or bad token, and a token without the read scope. */
export const CLOSE_UNAUTHENTICATED = 4401;
export const CLOSE_FORBIDDEN = 4403;

export interface SubscriptionServerOptions {
  schema: GraphQLSchema;
  /** The same validation rules as POST /graphql (depth, aliases, cost). */
  validationRules: readonly ValidationRule[];
  authenticate?: Authenticate;
  /** Builds a request context for the socket's caller. */
  context: (caller: Caller | undefined) => Context;
  metrics: Metrics;
  /** Answers a plain GET /graphql (the Sandbox page, GET queries), which shares the path with the websocket. */
  httpGet: RouteHandlerMethod<any, any, any, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- Apollo's handler has its own route generics
}

/**
 * Subscriptions over graphql-ws (subprotocol graphql-transport-ws) on GET /graphql, beside Apollo's HTTP routes.
 * The caller's JWT travels in connection_init (`{ authorization: "Bearer <JWT>" }`); without a valid one the socket
 * closes with 4401, without `hiregraph:read` with 4403. Only subscription operations are accepted: queries and
 * mutations go over HTTP, where the scope rules and every plugin apply.
 */
export async function registerSubscriptions(server: FastifyInstance, opts: SubscriptionServerOptions): Promise<void> {
  await server.register(websocket, { options: { maxPayload: 1_048_576 } });
  const rules = [...specifiedRules, ...opts.validationRules];
  const callers = new WeakMap<object, Caller | undefined>();
  // Operations counted as open, so the gauge goes down once per operation that went up.
  const open = new WeakMap<object, Set<string>>();
  const wsHandler = makeHandler<Record<string, unknown>, { caller?: Caller }>({
    schema: opts.schema,
    onConnect: async (ctx) => {
      if (!opts.authenticate) return true;
      // `Authorization` too: gateways that turn a propagated header into connection_init keep its casing.
      const params = (ctx.connectionParams ?? {}) as Record<string, unknown>;
      const raw = params.authorization ?? params.Authorization;
      if (typeof raw !== "string" || !raw.trim()) {
        ctx.extra.socket.close(CLOSE_UNAUTHENTICATED, 'Send { "authorization": "Bearer <JWT>" } in connection_init');
        return false;
      }
      let caller: Caller;
      try {
        caller = await opts.authenticate(raw);
      } catch (err) {
        ctx.extra.socket.close(CLOSE_UNAUTHENTICATED, err instanceof GraphQLError ? err.message.slice(0, 120) : "Unauthorized");
        return false;
      }
      if (!caller.scopes.includes(READ_SCOPE)) {
        ctx.extra.socket.close(CLOSE_FORBIDDEN, `Subscriptions need the ${READ_SCOPE} scope`);
        return false;
      }
      callers.set(ctx.extra.socket, caller);
      return true;
    },
    onSubscribe: (ctx, _id, payload): ExecutionArgs | readonly GraphQLError[] => {
      let document;
      try {
        document = parse(payload.query, { maxTokens: QUERY_LIMITS.maxTokens });
      } catch (err) {
        return [err instanceof GraphQLError ? err : new GraphQLError("The subscription could not be parsed")];
      }
      const errors = validate(opts.schema, document, rules);
      if (errors.length) return errors;
      const operation = document.definitions.find((d) => d.kind === "OperationDefinition" && (!payload.operationName || d.name?.value === payload.operationName));
      if (!operation || operation.kind !== "OperationDefinition" || operation.operation !== "subscription") {
        return [new GraphQLError("Only subscriptions are served over the websocket; send queries and mutations with POST /graphql")];
      }
      const contextValue = opts.context(callers.get(ctx.extra.socket));
      return { schema: opts.schema, document, variableValues: payload.variables, operationName: payload.operationName, contextValue };
    },
    onOperation: (ctx, id) => {
      const ids = open.get(ctx.extra.socket) ?? new Set<string>();
      open.set(ctx.extra.socket, ids.add(id));
      opts.metrics.subscribers.inc();
    },
    onComplete: (ctx, id) => {
      if (open.get(ctx.extra.socket)?.delete(id)) opts.metrics.subscribers.dec();
    },
  });
  server.route({ method: "GET", url: "/graphql", handler: opts.httpGet, wsHandler });
}
