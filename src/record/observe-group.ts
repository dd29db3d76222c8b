import { sql, type Transaction } from "kysely";
import { DataSource } from "../domain/enums";
import type { Invite } from "../domain/entities";
import { decodeInvite, encodeState } from "./codec";
import { mergeInvite } from "./merge";
import { eventRow, inviteRow, toEvent, type InviteObservation, type ObserveResult } from "./rows";
import type { Tables } from "./tables";

/**
 * Records observations in the transaction `tx` with a fixed handful of statements, however many there are: lock the
 * invites, read them, claim the deliveries, write the states, write the events. Used for one observation too, so
 * there is one implementation of what an observation does. The outcome is the one recording them one by one in
 * order would give (a later observation sees an earlier one's state; of two deliveries with one key the first
 * counts), which the record-store tests check on both stores. On the embedded store each statement's fixed cost is
 * most of a callback's CPU, so this is what makes grouped callbacks cheap.
 */
export async function observeGroup(tx: Transaction<Tables>, observations: readonly InviteObservation[], pollDelayMs: number): Promise<ObserveResult[]> {
  if (observations.length === 0) return [];
  const ids = [...new Set(observations.map((o) => o.invite.id))].sort();
  // One id at a time, in sorted order, so two groups sharing invites cannot deadlock.
  await sql`SELECT pg_advisory_xact_lock(hashtext(v)) FROM (VALUES ${sql.join(ids.map((id) => sql`(${id})`))}) AS t(v)`.execute(tx);
  const rows = await tx.selectFrom("invites").select(["id", "state", "fetched_at"]).where("id", "in", ids).execute();
  const current = new Map<string, Invite>(rows.map((r) => [r.id, decodeInvite(r.state, new Date(r.fetched_at))]));
  const fresh = await claimDeliveries(tx, observations);

  const results: ObserveResult[] = [];
  const written = new Map<string, Invite>();
  const events: Array<{ at: number; row: ReturnType<typeof eventRow> }> = [];
  for (const obs of observations) {
    const id = obs.invite.id;
    const previous = current.get(id);
    if (obs.deliveryKey && !fresh.delete(obs.deliveryKey)) {
      results.push({ invite: previous ?? { ...obs.invite, fetchedAt: obs.fetchedAt, source: DataSource.RECORD }, duplicate: true });
      continue;
    }
    // A slower read that started before a newer observation must not overwrite it.
    if (previous && previous.fetchedAt.getTime() > obs.fetchedAt.getTime() && !obs.deliveryKey) {
      results.push({ invite: previous, duplicate: false });
      continue;
    }
    const invite: Invite = { ...mergeInvite(previous, obs.invite, obs.partial ?? false), fetchedAt: obs.fetchedAt, source: DataSource.RECORD };
    // What a later observation of this invite sees is what the store would give back: the state as stored.
    current.set(id, decodeInvite(encodeState(invite), obs.fetchedAt));
    written.set(id, invite);
    if (!previous || previous.status !== invite.status) events.push({ at: results.length, row: eventRow(invite, previous?.status ?? null, obs.occurredAt ?? obs.fetchedAt, obs.origin) });
    results.push({ invite, duplicate: false });
  }

  if (written.size) {
    const values = [...written.values()].map((invite) => inviteRow(invite, invite.fetchedAt, pollDelayMs));
    // Every column but the id takes the new row's value, derived from the row so that a column added there is updated too.
    const replaced = Object.keys(values[0]).filter((column) => column !== "id");
    const update = Object.fromEntries(replaced.map((column) => [column, sql.ref(`excluded.${column}`)]));
    await tx
      .insertInto("invites")
      .values(values)
      .onConflict((oc) => oc.column("id").doUpdateSet(update as never))
      .execute();
  }
  if (events.length) {
    const inserted = await tx.insertInto("invite_events").values(events.map((e) => e.row)).returningAll().execute();
    // Cursors are drawn in row order; sorting by them pairs each row with the observation that made it.
    inserted.sort((a, b) => (BigInt(a.seq) < BigInt(b.seq) ? -1 : 1));
    events.forEach((e, k) => (results[e.at].event = toEvent(inserted[k])));
  }
  return results;
}

/** Inserts the group's delivery keys; returns those that were new (a key already recorded, or repeated, is not). */
async function claimDeliveries(tx: Transaction<Tables>, observations: readonly InviteObservation[]): Promise<Set<string>> {
  const keyed = observations.filter((o) => o.deliveryKey);
  if (keyed.length === 0) return new Set();
  const receivedAt = new Date();
  const rows = await tx
    .insertInto("callback_deliveries")
    .values(keyed.map((o) => ({ key: o.deliveryKey!, invite_id: o.invite.id, received_at: receivedAt })))
    .onConflict((oc) => oc.column("key").doNothing())
    .returning("key")
    .execute();
  return new Set(rows.map((r) => r.key));
}
