import type { Context } from "../context";
import { InputError } from "../domain/errors";
import type { CandidateProfile, Invite } from "../domain/entities";
import { readInvites, recordedInvite } from "./freshness";
import { InputCheck, InputErrors } from "./validate";

export interface CandidateLookup {
  email?: string | null;
  externalId?: string | null;
}

function lookupKey(args: CandidateLookup): { email: string } | { externalId: string } {
  const email = args.email?.trim();
  const externalId = args.externalId?.trim();
  if (email && externalId) throw new InputError(["email"], "Give email or externalId, not both");
  if (!email && !externalId) throw new InputError(["email"], "Give the candidate's email or externalId");
  if (email) {
    const check = new InputCheck();
    check.email(email, ["email"]);
    try {
      check.done();
    } catch (err) {
      // A query reports one error per field; the mutation-style aggregate is for userErrors.
      throw err instanceof InputErrors ? err.errors[0] : err;
    }
    return { email: email.toLowerCase() };
  }
  return { externalId: externalId! };
}

/**
 * One candidate across providers from the record, each invite brought up to date through the request's loaders
 * (at most one upstream call per invite, none within `maxAge`). An invite whose refresh fails is shown as last
 * recorded (its `source: RECORD` and `fetchedAt` say so) rather than dropped from the profile.
 */
export async function candidateProfile(ctx: Context, args: CandidateLookup, maxAge: number | undefined): Promise<CandidateProfile | null> {
  const key = lookupKey(args);
  const found = await ctx.recorder.store.findCandidate(key);
  if (found.inviteIds.length === 0 && found.interviews.length === 0) return null;
  const fresh = await readInvites(ctx, found.inviteIds, maxAge);
  const invites = await Promise.all(fresh.map((r, i) => (r instanceof Error ? recordedInvite(ctx, found.inviteIds[i]) : r)));
  return {
    email: "email" in key ? key.email : (found.emails[0] ?? null),
    name: found.names[0] ?? null,
    externalIds: found.externalIds,
    invites: invites.filter((i): i is Invite => !!i),
    interviews: found.interviews,
  };
}
