import { parseUtc } from "../dates";

/**
 * Xobin date formats (docs/providers/xobin.md, Dates). Request dates are `YYYY-MM-DD HH:MM` in GMT. Report
 * `completed_date` has NO documented format; the AI submission webhook shows `Jul 05, 2025, 4:42:45 AM`
 * (no zone), so that form is read too, as GMT like every other Xobin time.
 */
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const WEBHOOK_FORM = /^([A-Za-z]{3})[a-z]* (\d{1,2}), (\d{4}),? (\d{1,2}):(\d{2}):(\d{2}) ?([AP]M)$/i;

/**
 * Reads any Xobin response date as UTC; null when absent or unreadable.
 * The webhook form is matched before parseUtc because the runtime's own parser would read it in the
 * server's local zone.
 * @example parseXobinDate("Jul 05, 2025, 4:42:45 AM")?.toISOString() === "2025-07-05T04:42:45.000Z"
 * @example parseXobinDate("2025-01-15 10:32:45")?.toISOString() === "2025-01-15T10:32:45.000Z"
 * @example parseXobinDate("Thu, 10 Jul 2025 11:52:57 GMT")?.toISOString() === "2025-07-10T11:52:57.000Z"
 */
export function parseXobinDate(value: unknown): Date | null {
  if (typeof value === "string") {
    const m = WEBHOOK_FORM.exec(value.trim());
    if (m) return fromWebhookForm(m);
  }
  return parseUtc(value);
}

function fromWebhookForm(m: RegExpExecArray): Date | null {
  const month = MONTHS.indexOf(m[1].toLowerCase());
  const [day, year, hour12, minute, second] = [m[2], m[3], m[4], m[5], m[6]].map(Number);
  if (month < 0 || hour12 < 1 || hour12 > 12) return null;
  const hour = (hour12 % 12) + (m[7].toUpperCase() === "PM" ? 12 : 0);
  const date = new Date(Date.UTC(year, month, day, hour, minute, second));
  // Date.UTC rolls over (Feb 30 → Mar 2); an impossible date is unreadable, not silently moved.
  return date.getUTCDate() === day && minute < 60 && second < 60 ? date : null;
}

/**
 * Formats a request date the way Xobin takes it: `YYYY-MM-DD HH:MM` in GMT. Xobin has minute precision,
 * so seconds are dropped (truncated, not rounded).
 * @example toXobinDateTime(new Date("2025-07-18T10:00:59.999Z")) === "2025-07-18 10:00"
 */
export function toXobinDateTime(date: Date): string {
  return date.toISOString().slice(0, 16).replace("T", " ");
}
