import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import { ApolloServerPluginLandingPageLocalDefault } from "@apollo/server/plugin/landingPage/default";
import { GraphQLError, type GraphQLSchema } from "graphql";
import type { Config } from "../config";
import type { Context } from "../context";
import { formatError } from "../schema/errors";
import { QUERY_LIMITS, queryLimits } from "./limits";
import type { Metrics } from "./metrics";
import { operationLabeler } from "./operation-label";

/** Records each request's duration by operation name and outcome. */
function metricsPlugin(metrics: Metrics): ApolloServerPlugin<Context> {
  const label = operationLabeler();
  return {
    async requestDidStart() {
      const stop = metrics.graphqlDuration.startTimer();
      return {
        async willSendResponse(rc) {
          const failed = rc.errors?.length || (rc.response.body.kind === "single" && rc.response.body.singleResult.errors?.length);
          stop({ operation: label(rc.operationName), outcome: failed ? "error" : "ok" });
        },
      };
    },
  };
}

/**
 * Subscriptions are not served over HTTP requests (Apollo Server cannot stream them); refuse them as the client
 * error they are, before execution, instead of failing inside it.
 */
const noHttpSubscriptionsPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation }) {
        if (operation?.operation !== "subscription") return;
        throw new GraphQLError(
          "Subscriptions are not served over HTTP POST or GET. Where this server offers subscriptions, open a WebSocket to the same /graphql path with the graphql-ws protocol (subprotocol graphql-transport-ws).",
          { extensions: { code: "BAD_REQUEST", http: { status: 400 } } },
        );
      },
    };
  },
};

/**
 * Every answer carries `Cache-Control: no-store`, which is what Apollo's default cache-control plugin concludes
 * anyway: no type or resolver here sets a cache hint. That plugin wraps every field resolver to compute hints;
 * this fixed header instead cut about 5 % of the CPU of an `invite(id)` request (npm run bench).
 */
const noStorePlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        response.http.headers.set("cache-control", "no-store");
      },
    };
  },
};

export function createApollo(config: Config, schema: GraphQLSchema, metrics: Metrics, extra: ApolloServerPlugin<Context>[]): ApolloServer<Context> {
  const limits = queryLimits(config);
  return new ApolloServer<Context>({
    schema,
    validationRules: limits.validationRules,
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    formatError,
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    // main.ts owns SIGTERM/SIGINT (bounded drain, trace flush, exit code); Apollo's own handler would race it.
    stopOnTerminationSignals: false,
    hideSchemaDetailsFromClientErrors: config.production,
    plugins: [
      noHttpSubscriptionsPlugin,
      ...extra,
      ...(limits.plugins as ApolloServerPlugin<Context>[]),
      metricsPlugin(metrics),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      noStorePlugin,
      config.introspection ? ApolloServerPluginLandingPageLocalDefault({ embed: true }) : ApolloServerPluginLandingPageDisabled(),
    ],
  });
}
