import { createHash, timingSafeEqual } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { CallbackParse } from "../callbacks/types";
import { EventOrigin, Provider } from "../domain/enums";
import { MODULE_LIST } from "../providers/modules";
import type { Recorder } from "../services/recorder";
import type { Metrics } from "./metrics";

export const CALLBACK_TOKEN_HEADER = "x-hiregraph-callback-token";

/** The provider callback routes and how each provider's payload is read. */
const ROUTES: ReadonlyArray<{ path: string; provider: Provider; parse: (body: unknown) => CallbackParse }> = MODULE_LIST.flatMap((m) =>
  m.parseCallback ? [{ path: `/callbacks/${m.provider.toLowerCase()}`, provider: m.provider, parse: m.parseCallback }] : [],
);

const digest = (s: string) => createHash("sha256").update(s).digest();

/** Compares in constant time (over fixed-length digests), so the token cannot be guessed byte by byte. */
function tokenMatches(given: unknown, expected: Buffer): boolean {
  return typeof given === "string" && given.length > 0 && timingSafeEqual(digest(given), expected);
}

/**
 * `POST /callbacks/imocha` and `POST /callbacks/xobin`. The token (query `token` or header
 * X-Hiregraph-Callback-Token) is checked before the body is read: wrong or missing → 401, nothing recorded. An
 * unreadable body → 400, logged by reason only (payloads carry names and emails). A change is acknowledged (200)
 * only after its transaction committed; if the store fails → 503, so the provider delivers again (iMocha retries 5
 * times). A repeated delivery → 200 `duplicate`, no second event.
 */
export function registerCallbackRoutes(server: FastifyInstance, deps: { token: string; recorder: Recorder; metrics: Metrics }): void {
  const expected = digest(deps.token);
  for (const route of ROUTES) {
    const count = (outcome: string) => deps.metrics.callbacks.inc({ provider: route.provider, outcome });
    server.post(route.path, {
      onRequest: async (req: FastifyRequest, reply: FastifyReply) => {
        const token = (req.query as Record<string, unknown> | undefined)?.token ?? req.headers[CALLBACK_TOKEN_HEADER];
        if (!tokenMatches(token, expected)) {
          count("unauthorized");
          return reply.code(401).send({ error: "unauthorized", message: "Send the callback token as ?token= or in X-Hiregraph-Callback-Token" });
        }
      },
      errorHandler: (err: { statusCode?: number; code?: string }, req, reply) => {
        // Fastify's JSON parser: malformed, empty or non-JSON bodies, and bodies over the size limit.
        const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500;
        count(status === 500 ? "error" : "bad_request");
        req.log.warn({ provider: route.provider, code: err.code, status }, "callback refused: unreadable body");
        return reply.code(status).send({ error: status === 500 ? "internal" : "bad_request", message: status === 500 ? "Internal error" : "The body must be a JSON object" });
      },
      handler: async (req, reply) => {
        const parsed = route.parse(req.body);
        if (parsed.kind === "invalid") {
          count("bad_request");
          req.log.warn({ provider: route.provider, reason: parsed.reason }, "callback refused: unreadable payload");
          return reply.code(400).send({ error: "bad_request", message: parsed.reason });
        }
        if (parsed.kind === "ignored") {
          count("ignored");
          return reply.code(202).send({ status: "ignored", reason: parsed.reason });
        }
        const { invite, occurredAt, deliveryKey } = parsed.change;
        let duplicate: boolean;
        try {
          ({ duplicate } = await deps.recorder.observeCallback({ invite, fetchedAt: new Date(), origin: EventOrigin.CALLBACK, occurredAt, partial: true, deliveryKey }));
        } catch (err) {
          count("store_unavailable");
          req.log.error({ provider: route.provider, err: err instanceof Error ? err.message.split("\n")[0] : "store failure" }, "callback not recorded: store unavailable");
          return reply.code(503).header("retry-after", "30").send({ error: "unavailable", message: "The record is unavailable; deliver again later" });
        }
        count(duplicate ? "duplicate" : "accepted");
        return reply.code(200).send({ status: duplicate ? "duplicate" : "recorded", id: invite.id });
      },
    });
  }
}
