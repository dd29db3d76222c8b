import type { Assessment, Invite, ProviderInvite } from "../domain/entities";

const present = <T>(v: T | null | undefined): v is T => v !== null && v !== undefined;

/**
 * The recorded invite after a new observation. Providers tell different things at different times: the create
 * returns the invite link but a read does not (iMocha, Xobin reports), iMocha reports carry no candidate name, a
 * callback carries only a few fields. So what the new observation leaves empty keeps its recorded value: a re-read
 * still shows the link a create returned. With `partial` (callbacks) every empty field keeps the recorded value.
 */
export function mergeInvite(previous: Invite | undefined, next: ProviderInvite, partial: boolean): ProviderInvite {
  if (!previous) return next;
  if (partial) {
    const defined = Object.fromEntries(Object.entries(next).filter(([, v]) => present(v)));
    const { fetchedAt: _f, source: _s, ...recorded } = previous;
    return { ...recorded, ...defined, candidate: mergeCandidate(previous, next), assessment: mergeAssessment(previous, next) };
  }
  return {
    ...next,
    inviteUrl: next.inviteUrl ?? previous.inviteUrl ?? null,
    externalId: next.externalId ?? previous.externalId ?? null,
    candidate: mergeCandidate(previous, next),
    assessment: mergeAssessment(previous, next),
  };
}

function mergeAssessment(previous: Invite, next: ProviderInvite): Invite["assessment"] {
  if (!next.assessment) return previous.assessment ?? null;
  return ({ ...previous.assessment, ...next.assessment, name: next.assessment.name ?? previous.assessment?.name ?? null } satisfies Assessment);
}

function mergeCandidate(previous: Invite, next: ProviderInvite): Invite["candidate"] {
  const a = previous.candidate ?? {};
  const b = next.candidate ?? {};
  return { ...a, ...Object.fromEntries(Object.entries(b).filter(([, v]) => present(v))) };
}
