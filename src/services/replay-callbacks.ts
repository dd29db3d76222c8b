import type { Context } from "../context";
import { ErrorCode, Provider, PROVIDER_NAMES } from "../domain/enums";
import { InputError } from "../domain/errors";
import type { GlobalId } from "../domain/ids";
import type { ReplayCallbacksInput, ReplayCallbacksPayload } from "../schema/replay";
import type { UserError } from "../schema/payloads";
import { runMutation } from "./run-mutation";
import { InputCheck } from "./validate";

const MAX_IDS = 100;
const failed = (userErrors: UserError[]): ReplayCallbacksPayload => ({ acceptedIds: [], refusedIds: [], userErrors });

/**
 * Asks iMocha to deliver its callbacks again (POST /v3/callbacks/process, at most 100 ids), e.g. after hiregraph was
 * unreachable for longer than iMocha's 5 attempts. Ids of providers without such an endpoint are refused with
 * UNSUPPORTED_OPERATION, without an upstream call.
 */
export function replayCallbacks(ctx: Context, input: ReplayCallbacksInput): Promise<ReplayCallbacksPayload> {
  return runMutation(ctx, "replayCallbacks", input, failed, async () => {
    const check = new InputCheck();
    check.idempotencyKey(input.idempotencyKey);
    if (input.inviteIds.length === 0 || input.inviteIds.length > MAX_IDS) check.add(new InputError(["inviteIds"], `inviteIds must hold 1 to ${MAX_IDS} ids (got ${input.inviteIds.length})`));
    const ids = input.inviteIds.map((raw, i) => check.id(raw, ["inviteIds", String(i)], { types: ["ai-invite", "assessment-invite", "invite"] }));
    check.done();
    const userErrors: UserError[] = [];
    const refusedIds: string[] = [];
    const byProvider = new Map<Provider, GlobalId[]>();
    for (const id of [...new Map(ids.map((id) => [id!.id, id!])).values()]) byProvider.set(id.provider, [...(byProvider.get(id.provider) ?? []), id]);
    const acceptedIds: string[] = [];
    for (const [provider, group] of byProvider) {
      const adapter = ctx.registry.get(provider);
      if (!adapter?.replayCallbacks) {
        refusedIds.push(...group.map((g) => g.id));
        userErrors.push({ code: ErrorCode.UNSUPPORTED_OPERATION, message: `${PROVIDER_NAMES[provider]} offers no callback replay; only iMocha does`, field: ["inviteIds"], retryable: false, retryAfterSeconds: null });
        continue;
      }
      const res = await adapter.replayCallbacks(group);
      acceptedIds.push(...res.accepted);
      refusedIds.push(...res.refused);
    }
    return { acceptedIds, refusedIds, userErrors };
  });
}
