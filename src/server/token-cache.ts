import type { JWTPayload } from "jose";

/** Tokens whose verification is remembered; the least recently used is forgotten first. */
const MAX_TOKENS = 1_000;
/** A remembered verification is redone after this long, so a key withdrawn from the JWKS stops working soon. */
const RECHECK_MS = 60_000;

interface Verified<T> {
  value: T;
  /** When the remembered verification stops counting: the token's expiry or the recheck time, whichever is first. */
  validUntil: number;
  /** The token's `nbf`, in milliseconds (with the clock tolerance applied), if it has one. */
  notBefore?: number;
}

/**
 * Remembers what a bearer token verified to, so a client sending the same token on every request pays for the
 * signature check once a minute rather than on every request. Only successful verifications are kept; each use
 * re-checks `exp` and `nbf` against the clock, so a remembered token expires exactly when it would have.
 */
export class VerifiedTokens<T> {
  private readonly tokens = new Map<string, Verified<T>>();

  constructor(
    private readonly clockToleranceSeconds: number,
    private readonly now: () => number = Date.now,
  ) {}

  get(token: string): T | undefined {
    const hit = this.tokens.get(token);
    if (!hit) return undefined;
    const now = this.now();
    if (now >= hit.validUntil || (hit.notBefore !== undefined && now < hit.notBefore)) {
      this.tokens.delete(token);
      return undefined;
    }
    this.tokens.delete(token);
    this.tokens.set(token, hit);
    return hit.value;
  }

  remember(token: string, payload: JWTPayload, value: T): void {
    const tolerance = this.clockToleranceSeconds * 1000;
    const expires = typeof payload.exp === "number" ? payload.exp * 1000 + tolerance : Infinity;
    const notBefore = typeof payload.nbf === "number" ? payload.nbf * 1000 - tolerance : undefined;
    this.tokens.set(token, { value, validUntil: Math.min(expires, this.now() + RECHECK_MS), notBefore });
    if (this.tokens.size > MAX_TOKENS) this.tokens.delete(this.tokens.keys().next().value!);
  }
}
