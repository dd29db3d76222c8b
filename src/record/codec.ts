import { DataSource } from "../domain/enums";
import { Assessment, Grader, Interview, Invite } from "../schema/types";

/** Fields holding dates in recorded invites and interviews; JSON keeps them as ISO strings. */
const DATE_KEYS = new Set(["sentAt", "expiresAt", "startedAt", "completedAt", "revokedAt", "acceptedAt", "startAt", "endAt", "proposedStartAt", "proposedEndAt"]);

const reviveDates = (key: string, value: unknown) => (DATE_KEYS.has(key) && typeof value === "string" ? new Date(value) : value);

/** The stored form of an invite or interview: its normalised fields as JSON, without the per-response ones. */
export function encodeState(value: Invite | Interview): string {
  const { fetchedAt: _f, source: _s, ...rest } = value;
  return JSON.stringify(rest);
}

/** Rebuilds the class instances the `Node` interface needs (plain objects cannot resolve their type). */
export function decodeInvite(state: string, fetchedAt: Date, source = DataSource.RECORD): Invite {
  const plain = JSON.parse(state, reviveDates) as Invite;
  return Object.assign(new Invite(), plain, {
    assessment: plain.assessment ? Object.assign(new Assessment(), plain.assessment) : (plain.assessment ?? null),
    grader: plain.grader ? Object.assign(new Grader(), plain.grader) : (plain.grader ?? null),
    fetchedAt,
    source,
  });
}

export function decodeInterview(state: string, fetchedAt: Date): Interview {
  const plain = JSON.parse(state, reviveDates) as Interview;
  return Object.assign(new Interview(), plain, {
    interviewer: plain.interviewer ? Object.assign(new Grader(), plain.interviewer) : (plain.interviewer ?? null),
    fetchedAt,
    source: DataSource.RECORD,
  });
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
export function sameState(a: Invite, b: Invite): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}
