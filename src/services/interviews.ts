import type { Context } from "../context";
import { ErrorCode } from "../domain/enums";
import { HiregraphError } from "../domain/errors";
import { parseId } from "../providers/ids";
import type { Interview } from "../domain/entities";

/** An interview as hiregraph recorded it. Throws NOT_FOUND for one it never saw; a store failure is PROVIDER_UNAVAILABLE-like and retryable. */
export async function recordedInterview(ctx: Context, raw: string): Promise<Interview> {
  const id = parseId(raw, { types: ["interview"] });
  let found: Interview | undefined;
  try {
    found = await ctx.recorder.store.getInterview(id.id);
  } catch (err) {
    throw new HiregraphError(ErrorCode.PROVIDER_UNAVAILABLE, "hiregraph's record cannot be read right now; try again shortly", { retryable: true, cause: err });
  }
  if (!found) {
    throw new HiregraphError(ErrorCode.NOT_FOUND, `hiregraph has no record of interview ${id.id}: interviews are known once scheduleInterview or updateInterview returned them`, {
      provider: id.provider,
    });
  }
  return found;
}
