/**
 * JSON for values kept in Redis. Plain JSON would turn `Date` fields (invite and assessment timestamps) into
 * strings, which the DateTime scalar would then serialise differently from a fresh answer; they are tagged instead.
 *
 * @example
 * decode(encode({ at: new Date("2030-01-01T00:00:00Z") })) // → { at: Date(2030-01-01T00:00:00.000Z) }
 */
export function encode(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key, json: unknown) {
    // `json` is already the result of Date#toJSON; `this[key]` is the original value.
    return this[key] instanceof Date ? { $date: json } : json;
  });
}

export function decode<T = unknown>(text: string): T {
  return JSON.parse(text, (_key, value: unknown) => {
    if (value && typeof value === "object" && !Array.isArray(value)) {
      const keys = Object.keys(value);
      const tagged = (value as { $date?: unknown }).$date;
      if (keys.length === 1 && typeof tagged === "string") return new Date(tagged);
    }
    return value;
  }) as T;
}
