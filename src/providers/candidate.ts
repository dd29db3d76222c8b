import { derivedCandidateId } from "../domain/candidate-id";
import type { Provider } from "../domain/enums";
import { identity } from "../domain/ids";
import type { Candidate } from "../domain/entities";

export interface CandidateFields {
  name?: string | null;
  email?: string | null;
  phone?: string | null;
}

/**
 * The one way mappers build a Candidate. With the provider's own candidate id (DRVN interviewees) the id is
 * `<provider>:candidate:<nativeId>`; otherwise it is derived from the email (see derivedCandidateId), so the
 * same person seen in two invites of one provider is one object to a client cache.
 * @example toCandidate(Provider.DRVN, { name: "Rodolfo Feil", phone: "123" }, 295)
 *   // Candidate { id: "drvn:candidate:295", provider: "DRVN", providerId: "295", name: "Rodolfo Feil", email: null, phone: "123" }
 * @example toCandidate(Provider.IMOCHA, { email: "mei.chen@example.com" })
 *   // Candidate { id: "hiregraph:candidate:<32 hex>", provider: "IMOCHA", providerId: null, name: null, … }
 */
export function toCandidate(provider: Provider, fields: CandidateFields, nativeId?: string | number | null): Candidate {
  const email = fields.email ?? null;
  const ids =
    nativeId === undefined || nativeId === null || nativeId === ""
      ? { id: derivedCandidateId(provider, email), provider, providerId: null }
      : identity(provider, "candidate", nativeId);
  return { ...ids, name: fields.name ?? null, email, phone: fields.phone ?? null } satisfies Candidate;
}
