/**
 * Parses an HTTP `Retry-After` value: delta-seconds or an HTTP-date (RFC 9110 §10.2.3).
 * Returns whole seconds from `now`, at least 0, or undefined when absent or unparseable.
 * @example parseRetryAfter("30") === 30
 * @example parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", Date.parse("Wed, 21 Oct 2015 07:27:00 GMT")) === 60
 */
export function parseRetryAfter(value: string | undefined | null, now = Date.now()): number | undefined {
  if (value === undefined || value === null) return undefined;
  const trimmed = String(value).trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - now) / 1000));
}
