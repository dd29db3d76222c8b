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

/** Keys that describe one response, not the invite's state. */
const PER_RESPONSE = new Set(["fetchedAt", "source"]);

const present = (key: string, value: unknown) => value !== null && value !== undefined && !PER_RESPONSE.has(key);

/**
 * Whether two values say the same thing: empty (null or absent) fields count as absent, dates compare by instant
 * (and equal their ISO string), key order does not matter. Allocates nothing: it runs on every invite of every
 * provider read, where building canonical copies to compare showed up as a sixth of the CPU, most of it in GC.
 */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof Date || b instanceof Date) return isoOf(a) === isoOf(b);
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i])) return false;
    return true;
  }
  if (a && b && typeof a === "object" && typeof b === "object") return sameFields(a as Record<string, unknown>, b as Record<string, unknown>);
  return false;
}

function sameFields(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  let count = 0;
  for (const key in a) {
    if (!present(key, a[key])) continue;
    if (!sameValue(a[key], b[key])) return false;
    count++;
  }
  for (const key in b) if (present(key, b[key])) count--;
  return count === 0;
}

const isoOf = (value: unknown) => (value instanceof Date ? value.toISOString() : value);

/** Whether two invite states carry the same information (empty and absent fields alike; `fetchedAt`/`source` aside). */
export function sameState(a: ProviderInvite, b: ProviderInvite): boolean {
  return sameValue(a, b);
}
