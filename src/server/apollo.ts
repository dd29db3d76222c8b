import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginLandingPageLocalDefault } from "@apollo/server/plugin/landingPage/default";
import type { GraphQLSchema } from "graphql";
import type { Config } from "../config";
import type { Context } from "../context";
import { formatError } from "../schema/errors";
import { QUERY_LIMITS, queryLimits } from "./limits";
import type { Metrics } from "./metrics";

/** Records each request's duration by operation name and outcome. */
function metricsPlugin(metrics: Metrics): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const stop = metrics.graphqlDuration.startTimer();
      return {
        async willSendResponse(rc) {
          const failed = rc.errors?.length || (rc.response.body.kind === "single" && rc.response.body.singleResult.errors?.length);
          stop({ operation: rc.operationName ?? "anonymous", outcome: failed ? "error" : "ok" });
        },
      };
    },
  };
}

export function createApollo(config: Config, schema: GraphQLSchema, metrics: Metrics, extra: ApolloServerPlugin<Context>[]): ApolloServer<Context> {
  const limits = queryLimits(config);
  return new ApolloServer<Context>({
    schema,
    validationRules: limits.validationRules,
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    formatError,
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: config.production,
    plugins: [
      ...extra,
      ...(limits.plugins as ApolloServerPlugin<Context>[]),
      metricsPlugin(metrics),
      ApolloServerPluginInlineTraceDisabled(),
      config.introspection ? ApolloServerPluginLandingPageLocalDefault({ embed: true }) : ApolloServerPluginLandingPageDisabled(),
    ],
  });
}
