import { GraphQLError } from "graphql";
import { createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from "jose";
import type { ApolloServerPlugin } from "@apollo/server";
import type { AuthConfig } from "../config";
import type { Caller, Context } from "../context";
import { VerifiedTokens } from "./token-cache";

export const READ_SCOPE = "hiregraph:read";
export const WRITE_SCOPE = "hiregraph:write";

function unauthenticated(message: string): GraphQLError {
  // Apollo Server only applies `http.headers` when it is a Map. graphql-yoga (loaded with the Hive gateway
  // in supergraph/) augments graphql's error extensions to type it as a plain record, so the extensions
  // are typed loosely here to satisfy both.
  const extensions: Record<string, unknown> = { code: "UNAUTHENTICATED", http: { status: 401, headers: new Map([["www-authenticate", 'Bearer realm="hiregraph"']]) } };
  return new GraphQLError(message, { extensions });
}

/** Verifies a caller's bearer JWT (HS256 secret or JWKS) and returns who they are; throws UNAUTHENTICATED. */
export type Authenticate = (authorization: string | undefined) => Promise<Caller>;

export function createAuthenticator(auth: AuthConfig): Authenticate {
  const secret = auth.jwtSecret ? new TextEncoder().encode(auth.jwtSecret) : undefined;
  const jwks: JWTVerifyGetKey | undefined = auth.jwksUrl ? createRemoteJWKSet(new URL(auth.jwksUrl), { timeoutDuration: 5000 }) : undefined;
  const options = {
    issuer: auth.issuer,
    audience: auth.audience,
    algorithms: secret ? ["HS256"] : ["RS256", "RS384", "RS512", "PS256", "ES256", "ES384", "EdDSA"],
    clockTolerance: auth.clockToleranceSeconds,
    requiredClaims: auth.requireExp ? ["exp"] : [],
  };
  const verified = new VerifiedTokens<Caller>(auth.clockToleranceSeconds);
  return async (authorization) => {
    const match = /^Bearer\s+([A-Za-z0-9._~+/=-]+)$/i.exec(authorization?.trim() ?? "");
    if (!match) throw unauthenticated("Send an Authorization: Bearer <JWT> header");
    const known = verified.get(match[1]);
    if (known) return known;
    let payload: JWTPayload;
    try {
      payload = secret ? (await jwtVerify(match[1], secret, options)).payload : (await jwtVerify(match[1], jwks!, options)).payload;
    } catch (err) {
      // Say why without echoing the token: expiry and claim mismatches are the common, fixable cases.
      const reason =
        err instanceof joseErrors.JWTExpired
          ? "the token has expired"
          : err instanceof joseErrors.JWTClaimValidationFailed
            ? err.reason === "missing"
              ? `the token has no ${err.claim} claim${err.claim === "exp" ? " (tokens must expire)" : ""}`
              : `the token's ${err.claim} claim is not accepted`
            : "the token could not be verified";
      throw unauthenticated(`Invalid bearer token: ${reason}`);
    }
    const scopes = typeof payload.scope === "string" ? payload.scope.split(" ").filter(Boolean) : [];
    const caller = Object.freeze({ identity: identityOf(payload, auth.identityClaims), scopes });
    verified.remember(match[1], payload, caller);
    return caller;
  };
}

/** `sub`, else the first configured claim holding a non-empty string, each prefixed by its claim name so they cannot collide. */
function identityOf(payload: JWTPayload, claims: readonly string[]): string | undefined {
  for (const claim of ["sub", ...claims]) {
    const value = payload[claim];
    if (typeof value === "string" && value !== "") return `${claim}:${value}`;
  }
  return undefined;
}

/**
 * Enforces scopes once the operation is known: queries need `hiregraph:read`, mutations `hiregraph:write`.
 * Runs before execution, so a forbidden operation makes no upstream call.
 */
export function scopePlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation }) {
          const caller = contextValue.caller;
          if (!caller || !operation) return;
          const needed = operation.operation === "mutation" ? WRITE_SCOPE : READ_SCOPE;
          if (!caller.scopes.includes(needed)) {
            throw new GraphQLError(`This ${operation.operation} needs the ${needed} scope`, { extensions: { code: "FORBIDDEN", http: { status: 403 } } });
          }
        },
      };
    },
  };
}
