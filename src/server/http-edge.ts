import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerOptions } from "node:http";
import type { Config } from "../config";

/** A client-sent `x-request-id` is kept only when it is 1–128 printable ASCII characters without spaces. */
const REQUEST_ID = /^[\x21-\x7e]{1,128}$/;

/** The request id of one request: the caller's `x-request-id` when it is safe to log, else a new UUID. */
export function requestId(req: IncomingMessage): string {
  const sent = req.headers["x-request-id"];
  return typeof sent === "string" && REQUEST_ID.test(sent) ? sent : randomUUID();
}

/**
 * Slow-client limits. Node checks request and header deadlines only every `connectionsCheckingInterval` (30 s by
 * default), so a connection sending one byte every few seconds could outlive its deadline by that much; it is
 * checked every second here.
 */
export function httpTimeouts(config: Config): { requestTimeout: number; keepAliveTimeout: number; connectionTimeout: number; http: ServerOptions } {
  const t = config.httpTimeouts;
  return {
    requestTimeout: t.requestMs,
    keepAliveTimeout: t.keepAliveMs,
    connectionTimeout: t.connectionMs,
    http: { headersTimeout: t.headersMs, connectionsCheckingInterval: 1000 },
  };
}
