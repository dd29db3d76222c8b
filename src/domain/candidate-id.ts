import { createHash } from "node:crypto";
import type { Provider } from "./enums";

/** Candidate ids hiregraph derives itself live in its own namespace, apart from every provider's. */
export const DERIVED_CANDIDATE_PREFIX = "hiregraph:candidate:";

/**
 * Emails are compared trimmed and lower-cased. Strictly the local part is case-sensitive, but no provider
 * here treats it so, and recruiters type addresses in any case.
 * @example normalizeEmail("  Alex.Tnk@Example.COM ") // "alex.tnk@example.com"
 */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * A stable id for a candidate the provider knows only by email (AlfaOne, iMocha, Xobin): 128 bits of
 * SHA-256 over the provider and the normalised email, in hex. Hashed so that addresses do not travel in ids
 * (cache keys, URLs, logs); it is a pseudonym, not a secret — anyone who knows an email can compute its id.
 * The provider is part of the input because each provider holds its own record of the person (names
 * differ, iMocha reports none), and one id must always mean the same data for a client cache to merge it.
 * Null when there is no usable email.
 * @example derivedCandidateId("IMOCHA", "Mei.Chen@example.com ") === derivedCandidateId("IMOCHA", "mei.chen@example.com")
 * @example derivedCandidateId("IMOCHA", "  ") // null
 */
export function derivedCandidateId(provider: Provider, email: string | null | undefined): string | null {
  if (typeof email !== "string" || email.trim() === "") return null;
  const digest = createHash("sha256").update(`${provider.toLowerCase()}\n${normalizeEmail(email)}`).digest("hex");
  return `${DERIVED_CANDIDATE_PREFIX}${digest.slice(0, 32)}`;
}
