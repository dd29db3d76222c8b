import type { ApolloServer } from "@apollo/server";
import fastifyApollo, { fastifyApolloHandler } from "@as-integrations/fastify";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { GraphQLSchema } from "graphql";
import type Redis from "ioredis";
import type { Config } from "../config";
import type { Context } from "../context";
import { setOutboundCaller } from "../providers/outbound-caller";
import type { Authenticate } from "./auth";
import type { RequestCaller } from "./caller";
import { registerCors } from "./cors";
import { registerGraphiql } from "./graphiql";
import { registerInboundRateLimit } from "./inbound-rate-limit";
import { queryLimits } from "./limits";
import type { Metrics } from "./metrics";
import { registerSubscriptions } from "./subscriptions";

export interface CallerEdgeDeps {
  config: Config;
  apollo: ApolloServer<Context>;
  schema: GraphQLSchema;
  callers: RequestCaller;
  authenticate?: Authenticate;
  /** `share`: who the request's provider reads are charged to (HTTP requests only). */
  contextFor: (caller: Context["caller"], share?: string) => Context;
  metrics: Metrics;
  redis?: Redis;
}

/**
 * The routes callers use: `/graphql` (POST, GET and graphql-ws on one path) and `/graphiql`. They share one scope,
 * so CORS and the inbound rate limit apply to them only, never to the ops routes (/health, /ready, /metrics), the
 * provider callbacks or the simulators (which this server calls).
 */
export async function registerCallerEdge(server: FastifyInstance, deps: CallerEdgeDeps): Promise<void> {
  const { config, apollo, callers } = deps;
  const context = async (request: FastifyRequest): Promise<Context> => {
    const caller = await callers.caller(request);
    // Outbound budget shares go by verified identity, else by client address; so do shared reads.
    const share = caller?.identity ?? `ip:${request.ip}`;
    setOutboundCaller(share);
    return deps.contextFor(caller, share);
  };
  await server.register(async (edge) => {
    await registerCors(edge, config.corsOrigins);
    // Wherever the Apollo Sandbox page is served (introspection on), the offline IDE is too. Registered before
    // the rate limit, like CORS preflights: static files cost no provider quota and a page load fetches dozens.
    if (config.introspection) await registerGraphiql(edge);
    await registerInboundRateLimit(edge, { perMinute: config.rateLimitPerMinute, subject: callers.subject, redis: deps.redis });
    // GET /graphql is shared with the websocket route below; Apollo serves POST (and OPTIONS) here.
    await edge.register(fastifyApollo(apollo), { path: "/graphql", method: ["POST", "OPTIONS"], context });
    await registerSubscriptions(edge, {
      schema: deps.schema,
      validationRules: queryLimits(config).validationRules,
      authenticate: deps.authenticate,
      context: deps.contextFor,
      metrics: deps.metrics,
      httpGet: fastifyApolloHandler(apollo, { context }),
    });
  });
}
