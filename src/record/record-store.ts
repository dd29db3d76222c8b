import { sql, type Kysely } from "kysely";
import type { Provider } from "../domain/enums";
import type { Interview, Invite } from "../domain/entities";
import { decodeInterview, decodeInvite, encodeState } from "./codec";
import { observeGroup } from "./observe-group";
import { lower, toEvent, type InviteObservation, type ObserveResult, type RecordedEvent } from "./rows";
import type { Tables } from "./tables";

export type { InviteObservation, ObserveResult, RecordedEvent } from "./rows";

/** One candidate's rows in the record (see RecordStore.findCandidate). */
export interface CandidateRecord {
  inviteIds: string[];
  interviews: Interview[];
  emails: string[];
  names: string[];
  externalIds: string[];
}

export interface EventFilter {
  inviteIds?: readonly string[];
  /** Compared case-insensitively. */
  candidateEmail?: string;
  externalId?: string;
  providers?: readonly Provider[];
}

/**
 * The record: the last known state of every invite and interview hiregraph has seen, and the events of their
 * status changes. One invite is changed by one transaction at a time (a transaction-scoped advisory lock on its
 * id), and an event is written in the same transaction as the state it describes, so the two never disagree.
 */
export interface LeasedInvite {
  id: string;
  provider: Provider;
  /** When it became due (for the poll-lag metric). */
  dueSince: Date;
  /** Failed polls in a row so far. */
  failures: number;
}

export class RecordStore {
  /** `pollDelayMs`: how long after a state was fetched the poller reads a non-final invite again. */
  constructor(
    readonly db: Kysely<Tables>,
    private readonly opts: { pollDelayMs: number } = { pollDelayMs: 60_000 },
  ) {}

  /**
   * Records the observations in one transaction, as if in order (a later one sees an earlier one's write), with a
   * handful of statements for the whole group (see observe-group.ts); all or none are recorded.
   */
  async observeInvitesTogether(observations: readonly InviteObservation[]): Promise<ObserveResult[]> {
    return this.db.transaction().execute((tx) => observeGroup(tx, observations, this.opts.pollDelayMs));
  }

  /** Records each observation in its own transaction (a group of one); returns the recorded states and events, in order. */
  async observeInvites(observations: readonly InviteObservation[]): Promise<ObserveResult[]> {
    const results: ObserveResult[] = [];
    for (const obs of observations) results.push(...(await this.db.transaction().execute((tx) => observeGroup(tx, [obs], this.opts.pollDelayMs))));
    return results;
  }

  /** Recorded invites by id (absent ids are missing from the map). */
  async getInvites(ids: readonly string[]): Promise<Map<string, Invite>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db.selectFrom("invites").select(["id", "state", "fetched_at"]).where("id", "in", [...ids]).execute();
    return new Map(rows.map((r) => [r.id, decodeInvite(r.state, new Date(r.fetched_at))]));
  }

  async upsertInterview(interview: Interview, fetchedAt: Date): Promise<void> {
    const values = {
      id: interview.id,
      provider: interview.provider,
      status: interview.status,
      candidate_email: lower(interview.candidate?.email),
      candidate_name: interview.candidate?.name ?? null,
      external_id: interview.externalId ?? null,
      state: encodeState(interview),
      fetched_at: fetchedAt,
      updated_at: new Date(),
    };
    const { id: _id, ...update } = values;
    await this.db.insertInto("interviews").values(values).onConflict((oc) => oc.column("id").doUpdateSet(update)).execute();
  }

  /**
   * What the record holds about one candidate, found by email (case-insensitive) or by the caller's external id:
   * invite ids and interviews, newest first, with every email, name and external id seen on them.
   */
  async findCandidate(by: { email: string } | { externalId: string }): Promise<CandidateRecord> {
    const match = <T extends "invites" | "interviews">(table: T) =>
      "email" in by ? sql<boolean>`${sql.ref(`${table}.candidate_email`)} = ${lower(by.email)}` : sql<boolean>`${sql.ref(`${table}.external_id`)} = ${by.externalId}`;
    const invites = await this.db
      .selectFrom("invites")
      .select(["id", "candidate_email", "candidate_name", "external_id"])
      .where(match("invites"))
      .orderBy("updated_at", "desc")
      .execute();
    const interviews = await this.db
      .selectFrom("interviews")
      .select(["state", "fetched_at", "candidate_email", "candidate_name", "external_id"])
      .where(match("interviews"))
      .orderBy("updated_at", "desc")
      .execute();
    const rows = [...invites, ...interviews];
    const distinct = (values: Array<string | null>) => [...new Set(values.filter((v): v is string => !!v))];
    return {
      inviteIds: invites.map((r) => r.id),
      interviews: interviews.map((r) => decodeInterview(r.state, new Date(r.fetched_at))),
      emails: distinct(rows.map((r) => r.candidate_email)),
      names: distinct(rows.map((r) => r.candidate_name)),
      externalIds: distinct(rows.map((r) => r.external_id)),
    };
  }

  async getInterview(id: string): Promise<Interview | undefined> {
    const row = await this.db.selectFrom("interviews").select(["state", "fetched_at"]).where("id", "=", id).executeTakeFirst();
    return row ? decodeInterview(row.state, new Date(row.fetched_at)) : undefined;
  }

  /** Events after the cursor `afterSeq`, oldest first; one more than `limit` is read to tell whether more follow. */
  async listEvents(filter: EventFilter, afterSeq: string | undefined, limit: number): Promise<{ events: RecordedEvent[]; hasMore: boolean }> {
    let q = this.db.selectFrom("invite_events").selectAll();
    if (afterSeq) q = q.where("seq", ">", afterSeq as never);
    if (filter.inviteIds) q = q.where("invite_id", "in", filter.inviteIds.length ? [...filter.inviteIds] : [""]);
    if (filter.candidateEmail) q = q.where("candidate_email", "=", lower(filter.candidateEmail));
    if (filter.externalId) q = q.where("external_id", "=", filter.externalId);
    if (filter.providers) q = q.where("provider", "in", filter.providers.length ? [...filter.providers] : [""]);
    const rows = await q.orderBy("seq", "asc").limit(limit + 1).execute();
    return { events: rows.slice(0, limit).map(toEvent), hasMore: rows.length > limit };
  }

  /** Events by cursor, oldest first (for delivering a notification from another instance). */
  async getEvents(seqs: readonly string[]): Promise<RecordedEvent[]> {
    if (seqs.length === 0) return [];
    const rows = await this.db.selectFrom("invite_events").selectAll().where("seq", "in", seqs as never[]).orderBy("seq", "asc").execute();
    return rows.map(toEvent);
  }

  /** Deletes events and callback deliveries older than `before`; returns how many events went. */
  async prune(before: Date): Promise<number> {
    const res = await this.db.deleteFrom("invite_events").where("recorded_at", "<", before).executeTakeFirst();
    await this.db.deleteFrom("callback_deliveries").where("received_at", "<", before).execute();
    return Number(res.numDeletedRows ?? 0);
  }

  /**
   * Claims up to `limit` due, non-final invites of these providers for one poll: their `poll_after` moves `leaseMs`
   * ahead in the same statement, and rows another instance is claiming are skipped (FOR UPDATE SKIP LOCKED), so
   * instances sharing the record never read the same invite in the same round.
   */
  async leaseDue(providers: readonly Provider[], limit: number, leaseMs: number): Promise<LeasedInvite[]> {
    if (providers.length === 0 || limit < 1) return [];
    const now = new Date();
    const leaseUntil = new Date(now.getTime() + leaseMs);
    const { rows } = await sql<{ id: string; provider: string; due_since: Date; poll_failures: number }>`
      WITH due AS (
        SELECT id, poll_after FROM invites
        WHERE NOT final AND poll_after <= ${now} AND provider IN (${sql.join([...providers])})
        ORDER BY poll_after ASC
        LIMIT ${limit}
        FOR UPDATE SKIP LOCKED
      )
      UPDATE invites SET poll_after = ${leaseUntil} FROM due WHERE invites.id = due.id
      RETURNING invites.id, invites.provider, due.poll_after AS due_since, invites.poll_failures`.execute(this.db);
    return rows.map((r) => ({ id: r.id, provider: r.provider as Provider, dueSince: new Date(r.due_since), failures: Number(r.poll_failures) }));
  }

  /** After a failed poll: try again at `at`, counting the failure. */
  async pollFailed(id: string, at: Date): Promise<void> {
    await this.db
      .updateTable("invites")
      .set((eb) => ({ poll_after: at, poll_failures: eb("poll_failures", "+", 1) }))
      .where("id", "=", id)
      .execute();
  }

  /** PostgreSQL NOTIFY on a channel (the event bus between instances). */
  async notify(channel: string, payload: string): Promise<void> {
    await sql`SELECT pg_notify(${channel}, ${payload})`.execute(this.db);
  }

  async ping(): Promise<void> {
    await sql`SELECT 1`.execute(this.db);
  }
}
