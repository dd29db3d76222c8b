import { DataSource } from "../domain/enums";
import type { Interview, Invite, ProviderInterview, ProviderInvite } from "../domain/entities";

/** Fields holding dates in recorded invites and interviews; JSON keeps them as ISO strings. */
const DATE_KEYS = new Set(["sentAt", "expiresAt", "startedAt", "completedAt", "revokedAt", "acceptedAt", "startAt", "endAt", "proposedStartAt", "proposedEndAt"]);

const reviveDates = (key: string, value: unknown) => (DATE_KEYS.has(key) && typeof value === "string" ? new Date(value) : value);

/** The stored form of an invite or interview: its normalised fields as JSON, without the per-response ones. */
export function encodeState(value: ProviderInvite | ProviderInterview): string {
  const { fetchedAt: _f, source: _s, ...rest } = value as ProviderInvite & { fetchedAt?: Date; source?: unknown };
  return JSON.stringify(rest);
}

export function decodeInvite(state: string, fetchedAt: Date, source = DataSource.RECORD): Invite {
  return { ...(JSON.parse(state, reviveDates) as ProviderInvite), fetchedAt, source };
}

export function decodeInterview(state: string, fetchedAt: Date): Interview {
  return { ...(JSON.parse(state, reviveDates) as ProviderInterview), fetchedAt, source: DataSource.RECORD };
}

/** Drops empty fields and orders keys, so two states compare equal when they say the same thing. */
function canonical(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k, v]) => v !== null && v !== undefined && k !== "fetchedAt" && k !== "source")
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
}

/** Whether two invite states carry the same information (empty and absent fields alike). */
export function sameState(a: ProviderInvite, b: ProviderInvite): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}
