/**
 * Date parsing shared by the mappers. Providers send ISO 8601 with or without an offset, HTTP-dates, and
 * `YYYY-MM-DD HH:MM[:SS]` strings. Times without an offset are read as UTC: every provider that documents
 * a zone for them says GMT/UTC (Xobin inputs, iMocha `AttemptedOnUtc`, AlfaOne/DRVN ISO strings).
 * Anything unparseable becomes null rather than an Invalid Date, so one odd field never fails a query.
 */
const ISO_NO_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;
const SPACE_SEPARATED = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}(:\d{2})?)$/;
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2}))?$/;
// RFC 9110 IMF-fixdate, e.g. "Thu, 10 Jul 2025 11:52:57 GMT".
const HTTP_DATE = /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/;

/**
 * @example parseUtc("2025-11-20T09:13:06.000Z")?.toISOString() === "2025-11-20T09:13:06.000Z"
 * @example parseUtc("2025-01-15 10:32:45")?.toISOString() === "2025-01-15T10:32:45.000Z"
 * @example parseUtc("Thu, 10 Jul 2025 11:52:57 GMT")?.toISOString() === "2025-07-10T11:52:57.000Z"
 */
export function parseUtc(value: unknown): Date | null {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "number") return Number.isFinite(value) ? new Date(value) : null;
  if (typeof value !== "string") return null;
  const s = value.trim();
  let normalised = s;
  const spaced = SPACE_SEPARATED.exec(s);
  if (spaced) normalised = `${spaced[1]}T${spaced[2]}Z`;
  else if (ISO_NO_OFFSET.test(s)) normalised = `${s}Z`;
  // Anything else would fall to Date.parse's engine-specific guessing in the server's local zone: refuse it.
  else if (!ISO_WITH_OFFSET.test(s) && !HTTP_DATE.test(s)) return null;
  const ms = Date.parse(normalised);
  return Number.isNaN(ms) ? null : new Date(ms);
}

/** ISO 8601 UTC without fractional seconds, the form DRVN and iMocha document for requests. */
export function toIsoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}
