import type { FastifyRequest } from "fastify";
import type { Caller } from "../context";
import type { Authenticate } from "./auth";

export interface RequestCaller {
  /** The authenticated caller (throws UNAUTHENTICATED), or undefined when caller auth is off. */
  caller(req: FastifyRequest): Promise<Caller | undefined>;
  /** The verified identity (`sub:…`, else a configured claim), or undefined when auth is off or the token is missing, invalid or names no one. Never throws. */
  subject(req: FastifyRequest): Promise<string | undefined>;
}

/**
 * Verifies a request's bearer token at most once, however many parts of the server ask who is calling (the
 * inbound rate limit before the body is read, then the GraphQL context).
 */
export function requestCaller(authenticate: Authenticate | undefined): RequestCaller {
  const seen = new WeakMap<object, Promise<Caller>>();
  const caller = (req: FastifyRequest): Promise<Caller> | undefined => {
    if (!authenticate) return undefined;
    let verified = seen.get(req.raw);
    if (!verified) {
      verified = authenticate(req.headers.authorization);
      // The rejection is handled by whoever awaits it; this keeps an unawaited one from being reported.
      verified.catch(() => undefined);
      seen.set(req.raw, verified);
    }
    return verified;
  };
  return {
    caller: async (req) => caller(req),
    subject: async (req) => (await caller(req)?.catch(() => undefined))?.identity,
  };
}
