import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { Config } from "../config";

/**
 * Query limits, applied while parsing (tokens) and validating (GraphQL Armor: depth, aliases, directives, cost),
 * so an abusive operation is refused before any upstream call. Introspection counts too: the numbers leave room
 * for Apollo Sandbox's own introspection query (depth 15, cost about 1 500 with these weights) and little more.
 * Data queries cannot nest deeply (the schema has no cycles); what they can do is ask for many provider objects,
 * which `maxProviderObjects` (src/loaders.ts) bounds per request.
 */
export const QUERY_LIMITS = {
  maxDepth: 15,
  maxAliases: 15,
  maxTokens: 5000,
  maxDirectives: 20,
  maxCost: 3000,
  costDepthFactor: 1.2,
  maxProviderObjects: 250,
} as const;

export function queryLimits(config: Config) {
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: false, flattenFragments: true, propagateOnRejection: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases, allowList: [], propagateOnRejection: true },
    // graphql-js enforces the token limit in the parser itself (Apollo `parseOptions`), which keeps syntax errors 400s.
    maxTokens: { enabled: false },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives, propagateOnRejection: true },
    costLimit: {
      maxCost: QUERY_LIMITS.maxCost,
      depthCostFactor: QUERY_LIMITS.costDepthFactor,
      flattenFragments: true,
      ignoreIntrospection: false,
      propagateOnRejection: true,
    },
    // Field suggestions ("Did you mean …?") reveal the schema; hide them when introspection is off.
    blockFieldSuggestion: { enabled: !config.introspection },
  });
  return armor.protect();
}
