/**
 * Operation names are chosen by clients, so they must not become metric label values as they come: every distinct
 * value is a new time series held in memory and printed on every scrape. A name is used as a label only when it
 * is at most `MAX_OPERATION_NAME` characters of `[A-Za-z0-9_]` and among the first `MAX_OPERATION_LABELS` names
 * seen by this process; every other named operation counts as `other`, unnamed ones as `anonymous`.
 */
export const MAX_OPERATION_NAME = 64;
export const MAX_OPERATION_LABELS = 200;

const NAME = new RegExp(`^[A-Za-z_][A-Za-z0-9_]{0,${MAX_OPERATION_NAME - 1}}$`);

/** A bounded label for an operation name; one instance per metrics registry. */
export function operationLabeler(maxLabels = MAX_OPERATION_LABELS): (name: string | null | undefined) => string {
  const seen = new Set<string>();
  return (name) => {
    if (!name) return "anonymous";
    if (!NAME.test(name)) return "other";
    if (seen.has(name)) return name;
    if (seen.size >= maxLabels) return "other";
    seen.add(name);
    return name;
  };
}

/** An operation name safe to put in a log line or span name: a valid short name as is, anything else cut. */
export function loggableOperationName(name: string | null | undefined): string | undefined {
  if (!name) return undefined;
  return NAME.test(name) ? name : `${name.slice(0, MAX_OPERATION_NAME).replace(/[^A-Za-z0-9_]/g, "_")}…`;
}
