/**
 * Replaces every occurrence of the given secrets (API keys, tokens) in a text with `[redacted]`.
 * Used on every message that may carry request data before it reaches a caller or a log line.
 * @example redact("bad key ak_test_123", ["ak_test_123"]) === "bad key [redacted]"
 */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) if (s) out = out.split(s).join("[redacted]");
  return out;
}
