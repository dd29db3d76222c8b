import { z } from "zod";
import { isHttpUrl } from "./checks";

export type Env = Record<string, string | undefined>;

/**
 * One environment variable: everything about it in one place. The README's configuration table is generated from
 * these fields (`npm run config:emit`), so `description`, `accepts` and the default are what a stranger reads.
 */
export interface Setting<T> {
  /** What the variable does (markdown, one line: the README's "meaning" column). */
  readonly description: string;
  /** What a value may be (the README's "accepts" column); written by the kind helpers below from their ranges. */
  readonly accepts: string;
  /** Parses a set value; each issue's message is what follows the variable's name in a problem. */
  readonly schema: z.ZodType<T, string>;
  /** The value when unset, and when invalid (so one mistake is reported once, not again by a rule that reads it). */
  readonly default: T;
  /** The README's "default" column when `default` alone would mislead (it depends on another variable). */
  readonly defaultText?: string;
  /** Problems quote the value (`PORT="x" must …`). Off where it may hold a credential, or messages quote a part. */
  readonly quote: boolean;
  /** Surrounding whitespace is part of the value (secrets), so it is not trimmed. */
  readonly keepWhitespace?: boolean;
  /** An empty value is a value (an empty list, no prefix), not "unset". */
  readonly emptyIsValue?: boolean;
}

/** What every declaration writes itself; the kind helpers add `schema`, `accepts` and `quote`. */
interface Doc<D> {
  readonly description: string;
  readonly default: D;
  readonly defaultText?: string;
}

/** Set: present and, unless whitespace counts, not blank. Rules use this too ("X is set, so Y is required"). */
export function isSet(raw: string | undefined, setting: Setting<unknown>): raw is string {
  return raw !== undefined && (setting.keepWhitespace ? raw !== "" : raw.trim() !== "");
}

/** Parses one variable, appending its problems (each naming the variable) to `problems`. */
export function readSetting<T>(name: string, setting: Setting<T>, env: Env, problems: string[]): T {
  const raw = env[name];
  if (raw === undefined || (!isSet(raw, setting) && !setting.emptyIsValue)) return setting.default;
  const value = setting.keepWhitespace ? raw : raw.trim();
  const result = setting.schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) problems.push(`${name}${setting.quote ? `="${value}"` : ""} ${issue.message}`);
  return setting.default;
}

export type SettingTable = Readonly<Record<string, Setting<unknown>>>;
export type SettingValues<T extends SettingTable> = { readonly [K in keyof T]: T[K] extends Setting<infer V> ? V : never };

export function readSettings<T extends SettingTable>(table: T, env: Env, problems: string[]): SettingValues<T> {
  return Object.fromEntries(Object.entries(table).map(([name, setting]) => [name, readSetting(name, setting, env, problems)])) as SettingValues<T>;
}

// The kinds of value. Each turns its range into the check, the message and the README's "accepts" text at once.

export function wholeNumber<D extends number | undefined>(doc: Doc<D> & { min: number; max: number }): Setting<number | D> {
  const must = `must be a whole number from ${doc.min} to ${doc.max}`;
  // Digits only: Number() alone would take "1e3", "0x10" and " ".
  const schema = z.string().regex(/^\d+$/, must).transform(Number).pipe(z.number().min(doc.min, must).max(doc.max, must));
  return { ...doc, schema, accepts: `${doc.min}–${doc.max}`, quote: true };
}

export function flag<D extends boolean | undefined>(doc: Doc<D>): Setting<boolean | D> {
  const schema = z.stringbool({ truthy: ["true", "1"], falsy: ["false", "0"], case: "sensitive", error: "must be true or false" });
  return { ...doc, schema, accepts: "`true`/`1`, `false`/`0`", quote: true };
}

export function oneOf<const V extends readonly [string, string, ...string[]]>(values: V, doc: Doc<V[number]>): Setting<V[number]> {
  const must = values.length === 2 ? `must be ${values[0]} or ${values[1]}` : `must be one of ${values.join(", ")}`;
  return { ...doc, schema: z.enum(values, must), accepts: values.map((v) => `\`${v}\``).join(", "), quote: true };
}

export function text<D extends string | undefined>(doc: Doc<D>): Setting<string | D> {
  return { ...doc, schema: z.string(), accepts: "text", quote: true };
}

/** An absolute http(s) URL. `base`: an API base or origin that paths are appended to, so a trailing slash is dropped. */
export function httpUrl(doc: Doc<undefined> & { base?: boolean; example?: string; quote?: boolean }): Setting<string | undefined> {
  const must = `must be an absolute http(s) URL${doc.example ? `, e.g. ${doc.example}` : ""}`;
  const url = z.string().refine(isHttpUrl, must);
  const schema = doc.base ? url.transform((u) => u.replace(/\/+$/, "")) : url;
  return { ...doc, schema, accepts: "http(s) URL", quote: doc.quote ?? true };
}

/** Anything else: the declaration writes its own schema and `accepts`. */
export function custom<T>(setting: Setting<T>): Setting<T> {
  return setting;
}

/** The README's "default" column. */
export function defaultText(setting: Setting<unknown>): string {
  if (setting.defaultText !== undefined) return setting.defaultText;
  const d = setting.default;
  if (d === undefined) return "unset";
  return `\`${Array.isArray(d) ? d.join(",") : String(d)}\``;
}
