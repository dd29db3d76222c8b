import { randomBytes, timingSafeEqual } from "node:crypto";
import type { FastifyReply, FastifyRequest, onRequestAsyncHookHandler } from "fastify";
import type { GraphQLError } from "graphql";
import type { Authenticate } from "./auth";
import { READ_SCOPE, WRITE_SCOPE } from "./auth";

/** The header that marks this server's own calls to its sandbox routes; its value is random per process. */
export const SANDBOX_TOKEN_HEADER = "x-hiregraph-sandbox-token";

export interface SandboxGuard {
  /** Sent by this server's provider clients on every sandboxed call. */
  readonly headers: Readonly<Record<string, string>>;
  /** The hook run before every `/sandbox/*` route. */
  readonly onRequest: onRequestAsyncHookHandler;
}

/**
 * With caller authentication on, the simulators under `/sandbox/*` (demo candidate data, invites, fault injection)
 * follow the same rule as `/graphql`: a bearer JWT with `hiregraph:read` for GET, `hiregraph:write` for anything
 * else, the `__control` routes included. This server's own provider calls carry a random per-process token
 * instead, since they authenticate to a simulator with the provider's key, as they would to the real API.
 */
export function sandboxGuard(authenticate: Authenticate): SandboxGuard {
  const token = randomBytes(32).toString("base64url");
  const expected = Buffer.from(token);
  const isOwnCall = (req: FastifyRequest) => {
    const sent = req.headers[SANDBOX_TOKEN_HEADER];
    return typeof sent === "string" && sent.length === token.length && timingSafeEqual(Buffer.from(sent), expected);
  };
  return {
    headers: { [SANDBOX_TOKEN_HEADER]: token },
    async onRequest(req: FastifyRequest, reply: FastifyReply) {
      if (isOwnCall(req)) return;
      let scopes: readonly string[];
      try {
        scopes = (await authenticate(req.headers.authorization)).scopes;
      } catch (err) {
        const message = (err as GraphQLError).message;
        return reply.code(401).header("www-authenticate", 'Bearer realm="hiregraph"').send({ error: message });
      }
      const needed = req.method === "GET" || req.method === "HEAD" ? READ_SCOPE : WRITE_SCOPE;
      if (!scopes.includes(needed)) return reply.code(403).send({ error: `This sandbox route needs the ${needed} scope` });
    },
  };
}
