import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { Config } from "../config";

/**
 * Query limits (GraphQL Armor), applied in validation, so an abusive operation is refused before any upstream
 * call. Introspection counts too. The numbers leave room for Apollo Sandbox's own introspection query.
 */
export const QUERY_LIMITS = {
  maxDepth: 12,
  maxAliases: 15,
  maxTokens: 5000,
  maxDirectives: 20,
  maxCost: 5000,
} as const;

export function queryLimits(config: Config) {
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: false, flattenFragments: true, propagateOnRejection: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases, allowList: [], propagateOnRejection: true },
    maxTokens: { n: QUERY_LIMITS.maxTokens, propagateOnRejection: true },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives, propagateOnRejection: true },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, ignoreIntrospection: false, propagateOnRejection: true },
    // Field suggestions ("Did you mean …?") reveal the schema; hide them when introspection is off.
    blockFieldSuggestion: { enabled: !config.introspection },
  });
  return armor.protect();
}
