import { PROVIDER_NAMES, type Provider } from "../domain/enums";
import { ProviderOutcomeUnknownError } from "./errors";

/** How a write path describes what it needs from a 2xx answer, and what the caller should do when it is missing. */
export interface WriteAnswerCheck<T> {
  /** What the answer must hold, for the message: e.g. `an "interview" object`. */
  what: string;
  /** True when `data` is usable. */
  accept: (data: unknown) => data is T;
  /** What to do next, for the message. @default "Check the object at the provider before trying again." */
  advice?: string;
  /** Repeating the write is harmless at this provider (it answers with what exists). @default false */
  repeatable?: boolean;
}

/**
 * The one rule for a write's unreadable success answer, used by every provider's write path: the provider
 * said yes (2xx), so the write most likely happened even though its answer is not JSON or lacks what the
 * product needs. That is OUTCOME_UNKNOWN, never a retry, and not retryable either unless the provider
 * documents that a repeat is harmless: retrying would very likely do the write twice (a second invite or
 * interview).
 */
export function unreadableWriteAnswer(provider: Provider, what: string, opts: { advice?: string; repeatable?: boolean } = {}): ProviderOutcomeUnknownError {
  const name = PROVIDER_NAMES[provider];
  return new ProviderOutcomeUnknownError(
    provider,
    `${name} accepted the request but its answer did not hold ${what}, so the change was probably made. ${opts.advice ?? "Check the object at the provider before trying again."}`,
    { retryable: opts.repeatable ?? false },
  );
}

/** Returns `data` when the check accepts it; otherwise throws `unreadableWriteAnswer`. */
export function confirmWrite<T>(provider: Provider, data: unknown, check: WriteAnswerCheck<T>): T {
  if (check.accept(data)) return data;
  throw unreadableWriteAnswer(provider, check.what, check);
}
