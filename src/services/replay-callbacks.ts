import type { Context } from "../context";
import { ErrorCode, Provider, PROVIDER_NAMES } from "../domain/enums";
import { HiregraphError, InputError, reportError, type ErrorReport } from "../domain/errors";
import type { GlobalId } from "../domain/ids";
import { runMutation } from "./run-mutation";
import { InputCheck } from "./validate";
import type { ReplayCallbacksCommand, ReplayOutcome } from "./commands";

const MAX_IDS = 100;
const failed = (userErrors: ErrorReport[]): ReplayOutcome => ({ acceptedIds: [], refusedIds: [], userErrors });

/**
 * Asks iMocha to deliver its callbacks again (POST /v3/callbacks/process, at most 100 ids), e.g. after hiregraph was
 * unreachable for longer than iMocha's 5 attempts. Ids of providers without such an endpoint are refused with
 * UNSUPPORTED_OPERATION, without an upstream call.
 */
export function replayCallbacks(ctx: Context, input: ReplayCallbacksCommand): Promise<ReplayOutcome> {
  return runMutation(ctx, "replayCallbacks", input, failed, async () => {
    const check = new InputCheck();
    check.idempotencyKey(input.idempotencyKey);
    if (input.inviteIds.length === 0 || input.inviteIds.length > MAX_IDS) check.add(new InputError(["inviteIds"], `inviteIds must hold 1 to ${MAX_IDS} ids (got ${input.inviteIds.length})`));
    const ids = input.inviteIds.map((raw, i) => check.id(raw, ["inviteIds", String(i)], { types: ["ai-invite", "assessment-invite", "invite"] }));
    check.done();
    const userErrors: ErrorReport[] = [];
    const refusedIds: string[] = [];
    const byProvider = new Map<Provider, GlobalId[]>();
    for (const id of [...new Map(ids.map((id) => [id!.id, id!])).values()]) byProvider.set(id.provider, [...(byProvider.get(id.provider) ?? []), id]);
    const acceptedIds: string[] = [];
    for (const [provider, group] of byProvider) {
      const adapter = ctx.registry.get(provider);
      if (!adapter?.replayCallbacks) {
        refusedIds.push(...group.map((g) => g.id));
        const message = `${PROVIDER_NAMES[provider]} offers no callback replay; only iMocha does`;
        userErrors.push(reportError(new HiregraphError(ErrorCode.UNSUPPORTED_OPERATION, message, { field: ["inviteIds"], provider })));
        continue;
      }
      const res = await adapter.replayCallbacks(group);
      acceptedIds.push(...res.accepted);
      refusedIds.push(...res.refused);
    }
    return { acceptedIds, refusedIds, userErrors };
  });
}
