import type { Context } from "../context";
import { ErrorCode } from "../domain/enums";
import { HiregraphError, InputError, reportError, type ErrorReport } from "../domain/errors";
import { fingerprint } from "../idempotency/store";
import type { MutationOutcome } from "./commands";
import { InputErrors } from "./validate";

/**
 * Runs a mutation's work with the contract's error and idempotency rules: failures become `userErrors` through
 * `reportError` (never thrown; an unexpected fault is INTERNAL_SERVER_ERROR, not retryable), and with an
 * `idempotencyKey` the first final payload is replayed for repeats of the same input while a different input under
 * the same key is refused. Transient failures (retryable) are not remembered, so a
 * retry with the same key runs again.
 */
export async function runMutation<P extends MutationOutcome>(
  ctx: Context,
  name: string,
  input: { idempotencyKey?: string | null },
  empty: (errors: ErrorReport[]) => P,
  work: () => Promise<P>,
): Promise<P> {
  const guarded = async (): Promise<P> => {
    try {
      return await work();
    } catch (err) {
      return empty(err instanceof InputErrors ? err.errors.map(reportError) : [reportError(err)]);
    }
  };
  const key = input.idempotencyKey;
  if (!key || key.length > 255) return guarded();
  if (ctx.caller && !ctx.caller.identity) {
    // Callers the token does not name would all share one scope and replay each other's payloads.
    return empty([
      new InputError(
        ["idempotencyKey"],
        "idempotencyKey needs a caller identity, and this token names none (no sub or other identity claim): send a token that names the caller, or omit the key",
      ),
    ].map(reportError));
  }
  let outcome;
  try {
    outcome = await ctx.idempotency.run({
      scope: `${ctx.caller?.identity ?? "anonymous"}:${name}`,
      key,
      fingerprint: fingerprint(input),
      work: guarded,
      shouldStore: (p) => !p.userErrors.some((e) => e.retryable),
    });
  } catch (err) {
    // `guarded` never throws, so this is the store itself (e.g. a shared store that is unreachable).
    return empty([reportError(err)]);
  }
  if (outcome.reused) {
    const message = `idempotencyKey "${key}" was already used for ${name} with a different input; use a new key for a new request`;
    return empty([reportError(new HiregraphError(ErrorCode.IDEMPOTENCY_KEY_REUSED, message, { field: ["idempotencyKey"] }))]);
  }
  return outcome.result;
}
