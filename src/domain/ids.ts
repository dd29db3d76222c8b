import { ErrorCode, type Provider } from "./enums";
import { HiregraphError } from "./errors";

/** Each provider's id types, each with the format of its native ids; src/providers/ids.ts builds it from the provider modules. */
export type IdFormats = Readonly<Record<Provider, Readonly<Record<string, RegExp>>>>;

/**
 * Global ids are `<provider>:<type>:<nativeId>`, e.g. `alfaone:invite:3c90c3cc-…`, `xobin:ai-invite:1234`.
 * They are readable, stable and carry everything needed to route a fetch, so a malformed id is rejected
 * before any upstream call.
 */
export interface GlobalId {
  readonly provider: Provider;
  readonly type: string;
  readonly nativeId: string;
  /** The canonical string form. */
  readonly id: string;
}

/** A malformed id, or one of the wrong provider or type for the operation: a caller error, never sent upstream. */
export class InvalidIdError extends HiregraphError {
  constructor(value: string, reason: string, field?: string[]) {
    super(ErrorCode.INVALID_ID, `Invalid id "${truncate(value)}": ${reason}`, { field });
  }
}

function truncate(s: string): string {
  return s.length > 80 ? `${s.slice(0, 80)}…` : s;
}

export function formatId(provider: Provider, type: string, nativeId: string | number): string {
  return `${provider.toLowerCase()}:${type}:${nativeId}`;
}

/**
 * Parses and validates a global id against the providers' id formats; throws InvalidIdError naming what is wrong.
 * Callers use `parseId` (src/providers/ids.ts), which passes the formats every provider module declares.
 */
export function parseGlobalId(formats: IdFormats, value: string, expected?: { provider?: Provider; types?: readonly string[] }): GlobalId {
  const parts = value.split(":");
  if (parts.length !== 3) {
    throw new InvalidIdError(value, "expected the form <provider>:<type>:<nativeId>, e.g. imocha:invite:2932950");
  }
  const [p, type, nativeId] = parts;
  const provider = p.toUpperCase() as Provider;
  if (!(provider in formats) || p !== p.toLowerCase()) {
    const known = Object.keys(formats).map((k) => k.toLowerCase());
    throw new InvalidIdError(value, `unknown provider "${p}"; expected one of ${known.join(", ")}`);
  }
  const types = formats[provider];
  const format = Object.hasOwn(types, type) ? types[type] : undefined;
  if (!format) {
    throw new InvalidIdError(value, `unknown type "${type}" for ${p}; expected one of ${Object.keys(types).join(", ")}`);
  }
  if (!format.test(nativeId)) {
    throw new InvalidIdError(value, `"${truncate(nativeId)}" is not a valid ${p} ${type} id`);
  }
  if (expected?.provider && expected.provider !== provider) {
    throw new InvalidIdError(value, `expected a ${expected.provider.toLowerCase()} id`);
  }
  if (expected?.types && !expected.types.includes(type)) {
    throw new InvalidIdError(value, `expected an id of type ${expected.types.join(" or ")}`);
  }
  return { provider, type, nativeId, id: formatId(provider, type, nativeId) };
}

/**
 * The three fields every provider object derives from its native id: `id`, `provider` and `providerId`.
 * @example identity(Provider.IMOCHA, "test", 1001) // { id: "imocha:test:1001", provider: "IMOCHA", providerId: "1001" }
 */
export function identity(provider: Provider, type: string, nativeId: string | number): { id: string; provider: Provider; providerId: string } {
  const providerId = String(nativeId);
  return { id: formatId(provider, type, providerId), provider, providerId };
}

/** Id types of invites, across providers. */
export const INVITE_ID_TYPES = ["ai-invite", "assessment-invite", "invite"] as const;
/** Id types of assessments, across providers. */
export const ASSESSMENT_ID_TYPES = ["ai-interview", "assessment", "test"] as const;

/** The kinds of object a global id can name; the id's type says which, so no other tag is needed. */
export type EntityKind = "Invite" | "Assessment" | "Interview" | "Grader" | "Candidate";

const KIND_OF_ID_TYPE: Readonly<Record<string, EntityKind>> = {
  ...Object.fromEntries(INVITE_ID_TYPES.map((t) => [t, "Invite"])),
  ...Object.fromEntries(ASSESSMENT_ID_TYPES.map((t) => [t, "Assessment"])),
  interview: "Interview",
  grader: "Grader",
  candidate: "Candidate",
};

/** Which kind of object a well-formed global id names, or undefined for ids of no such form. */
export function entityKindOf(id: string): EntityKind | undefined {
  const type = id.split(":")[1];
  return type === undefined ? undefined : KIND_OF_ID_TYPE[type];
}

/** Events are hiregraph's own objects: `hiregraph:event:<sequence number>`. */
export const EVENT_ID_PREFIX = "hiregraph:event:";
