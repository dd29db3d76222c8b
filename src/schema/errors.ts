import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { HiregraphError, reportError } from "../domain/errors";

/** Codes graphql-js and Apollo Server attach themselves; their messages are safe to pass on. */
const FRAMEWORK_CODES = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "QUERY_LIMIT_EXCEEDED",
]);

/** Apollo Server's error for a persisted-query hash that does not match the query; it carries no code of its own. */
const APQ_HASH_MISMATCH = "provided sha does not match query";

/**
 * Apollo `formatError`: query errors get their public form from `reportError`, the same translation mutations'
 * `userErrors` use. HiregraphErrors keep their message and gain `extensions.code/provider/retryable`; anything else
 * that is not a known framework error is masked as INTERNAL_SERVER_ERROR, so stack traces and upstream details never
 * reach a caller.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof HiregraphError) {
    const report = reportError(original);
    return {
      message: report.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: {
        code: report.code,
        provider: report.provider,
        retryable: report.retryable,
        ...(report.retryAfterSeconds !== null ? { retryAfterSeconds: report.retryAfterSeconds } : {}),
        ...(report.field ? { field: report.field } : {}),
      },
    };
  }
  if (original instanceof GraphQLError && original.message === APQ_HASH_MISMATCH) {
    return {
      message: "extensions.persistedQuery.sha256Hash is not the SHA-256 hash of the query sent with it; send the hash of the exact query text",
      extensions: { code: "BAD_REQUEST" },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === "string" && FRAMEWORK_CODES.has(code)) {
    const { stacktrace: _omit, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  if (original instanceof GraphQLError && !original.originalError && formatted.extensions?.code === undefined) {
    return { message: formatted.message, locations: formatted.locations, path: formatted.path };
  }
  const masked = reportError(original);
  return {
    message: masked.message,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: masked.code, retryable: masked.retryable },
  };
}
