// Plain predicates behind the declarations' checks, kept apart so they read (and are tested) without zod.

export function isHttpUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return (u.protocol === "http:" || u.protocol === "https:") && !!u.hostname;
  } catch {
    return false;
  }
}

/** scheme://host[:port] exactly as a browser sends it in `Origin`: no path, no trailing slash. */
export function isOrigin(value: string): boolean {
  return isHttpUrl(value) && new URL(value).origin === value;
}

/** The URL's scheme (`"redis:"`), or "" when it is no URL; callers report it without echoing a password. */
export function protocolOf(value: string): string {
  try {
    return new URL(value).protocol;
  } catch {
    return "";
  }
}

/** Splits a comma-separated list, dropping blanks around and between entries. */
export function commaList(value: string): string[] {
  return value
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
}

/**
 * Why a shared secret is too weak to sign tokens with, or undefined when it is fine. Length alone is not enough: 32
 * spaces are 32 characters. The estimate is the Shannon entropy of the characters used, times the length; random
 * keys of 32 base64 or 64 hex characters score well above the 100 bits asked for (32 random hex characters about 115).
 */
export function weakSecret(secret: string): string | undefined {
  if (secret.length < 32) return "must be at least 32 characters";
  const counts = new Map<string, number>();
  for (const ch of secret) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bitsPerChar = 0;
  for (const n of counts.values()) bitsPerChar -= (n / secret.length) * Math.log2(n / secret.length);
  if (secret.trim() === "" || bitsPerChar * secret.length < 100) return "looks guessable (too few distinct characters)";
  return undefined;
}
