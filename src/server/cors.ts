import cors from "@fastify/cors";
import type { FastifyInstance } from "fastify";
import type { Config } from "../config";

/** Request headers a browser client may send cross-origin: Apollo Client's and Sandbox's, auth and tracing. */
const CORS_ALLOWED_HEADERS = [
  "content-type",
  "authorization",
  "apollo-require-preflight",
  "x-apollo-operation-name",
  "x-request-id",
  "apollographql-client-name",
  "apollographql-client-version",
];

/** Response headers a browser client may read: the request id for support, and the rate-limit answers. */
const CORS_EXPOSED_HEADERS = ["x-request-id", "retry-after", "x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset"];

/**
 * Cross-origin access for browser apps and hosted IDEs (studio.apollographql.com is an origin like any other).
 * `CORS_ORIGINS=*` answers `Access-Control-Allow-Origin: *` (no cookies are used, so nothing is lost); a list is
 * matched exactly and the matching origin echoed; null (production default) registers nothing, so no response
 * carries CORS headers. Apollo's CSRF prevention stays on either way: a simple (non-preflighted) request is still
 * refused, so allowing an origin never lets a plain form post or image tag run an operation.
 */
export async function registerCors(scope: FastifyInstance, origins: Config["corsOrigins"]): Promise<void> {
  if (origins === null) return;
  await scope.register(cors, {
    origin: origins === "*" ? "*" : [...origins],
    methods: ["GET", "POST"],
    allowedHeaders: CORS_ALLOWED_HEADERS,
    exposedHeaders: CORS_EXPOSED_HEADERS,
    // Browsers cache a preflight answer this long (Chromium caps it at 2 h), saving one round trip per request.
    maxAge: 600,
  });
}
