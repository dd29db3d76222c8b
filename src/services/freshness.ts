import DataLoader from "dataloader";
import type { Context } from "../context";
import { DataSource } from "../domain/enums";
import { isFinalState } from "../providers/final-states";
import { InputError } from "../domain/errors";
import type { Invite } from "../domain/entities";

/** The longest `maxAge` a read may ask for: one year, in seconds. */
export const MAX_AGE_LIMIT_S = 365 * 86_400;

export function checkMaxAge(maxAge: number | null | undefined): number | undefined {
  if (maxAge === null || maxAge === undefined) return undefined;
  if (!Number.isInteger(maxAge) || maxAge < 0 || maxAge > MAX_AGE_LIMIT_S) {
    throw new InputError(["maxAge"], `maxAge is a whole number of seconds from 0 to ${MAX_AGE_LIMIT_S}`);
  }
  return maxAge;
}

/** A copy labelled as served from the record (the recorder may hand out the object it keeps in memory). */
const asRecorded = (invite: Invite): Invite => Object.assign(Object.create(Object.getPrototypeOf(invite) as object) as Invite, invite, { source: DataSource.RECORD });

const recordedLoaders = new WeakMap<Context, DataLoader<string, Invite | null>>();

/** One batched record read per request for every invite it asks about (a store failure reads as "not recorded"). */
function recorded(ctx: Context): DataLoader<string, Invite | null> {
  let loader = recordedLoaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const found = await ctx.recorder.recordedInvites(ids);
      return ids.map((id) => found.get(id) ?? null);
    });
    recordedLoaders.set(ctx, loader);
  }
  return loader;
}

/**
 * Invites by canonical id, each from the record when its recorded state is fresh enough, else from its provider
 * through the request's loaders (one upstream call per distinct id). Fresh enough: younger than `maxAge` seconds;
 * without `maxAge`, younger than READ_MAX_AGE_S, or in a state final for its provider.
 */
export async function readInvites(ctx: Context, ids: readonly string[], maxAge: number | undefined): Promise<Array<Invite | Error>> {
  const limitMs = (maxAge ?? ctx.freshness.defaultMaxAgeS) * 1000;
  const finalCounts = maxAge === undefined;
  const known = await recorded(ctx).loadMany(ids);
  const now = Date.now();
  return Promise.all(
    ids.map((id, i) => {
      const r = known[i];
      if (r && !(r instanceof Error) && (now - r.fetchedAt.getTime() < limitMs || (finalCounts && isFinalState(r)))) return asRecorded(r);
      return ctx.loaders.invite.load(id).catch((err: Error) => err);
    }),
  );
}

/** The invite as last recorded, or null when hiregraph never saw it (or the store cannot answer). */
export async function recordedInvite(ctx: Context, id: string): Promise<Invite | null> {
  const invite = await recorded(ctx).load(id);
  return invite && asRecorded(invite);
}

export async function readInvite(ctx: Context, id: string, maxAge: number | undefined): Promise<Invite> {
  const [result] = await readInvites(ctx, [id], maxAge);
  if (result instanceof Error) throw result;
  return result;
}
