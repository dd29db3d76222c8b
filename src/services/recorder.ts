import { DataSource, type EventOrigin } from "../domain/enums";
import type { InviteObservation, ObserveResult, RecordedEvent, RecordStore } from "../record/record-store";
import { sameState } from "../record/codec";
import { mergeInvite } from "../record/merge";
import { GroupCommit } from "./group-commit";
import { fromProvider, type Interview, type Invite, type ProviderInterview, type ProviderInvite } from "../domain/entities";

/**
 * A re-read that finds the recorded state unchanged refreshes the record's `fetchedAt` at most this often, so busy
 * reads do not turn into a write each; the response itself always carries the time of its own read.
 */
export const REFRESH_MS = 10_000;

export interface RecorderHooks {
  /** Told of every event once its transaction has committed (live delivery, metrics). */
  onEvents?(events: RecordedEvent[]): void;
  /** A store failure on a path that must not fail because of it (reads, interview mutations). */
  onStoreError?(operation: string, err: unknown): void;
}

/**
 * What the services and routes ask of the record. Reads and mutations record what they saw on the side: if the
 * store fails there, the answer from the provider still goes out (the failure is logged and counted). Callbacks
 * and the poller use `observe`, which throws, because an acknowledgement must mean the record has it.
 */
/** Recently recorded states kept in memory, so a burst of re-reads of one invite costs no store query. */
const KNOWN_MAX = 10_000;

export class Recorder {
  /** id → the invite as last recorded by or read from the store here, while younger than REFRESH_MS. */
  private readonly known = new Map<string, Invite>();
  /**
   * id → the state a read here is writing now. Concurrent reads that find the same state do not write it again:
   * when a recorded state's REFRESH_MS ran out under load, every read in flight used to write its own refresh (50
   * connections asking for 50 invites: up to 2 500 transactions of 2–3 ms each on the embedded store, in a burst).
   */
  private readonly writing = new Map<string, ProviderInvite>();

  constructor(
    readonly store: RecordStore,
    private readonly hooks: RecorderHooks = {},
  ) {}

  /**
   * Records invites just read from a provider and returns them merged with what the record knew (e.g. the invite
   * link). Most reads find nothing new: one SELECT for the batch tells, and only invites whose state changed, or
   * whose recorded `fetchedAt` is older than REFRESH_MS, are written (in a transaction each, which re-checks under
   * the invite's lock, so a status change always becomes exactly one event).
   */
  async providerInvites(answers: ProviderInvite[], origin: EventOrigin): Promise<Invite[]> {
    const fetchedAt = new Date();
    const invites = answers.map((answer) => fromProvider(answer, fetchedAt));
    if (invites.length === 0) return invites;
    try {
      const recorded = await this.recorded(invites.map((i) => i.id), fetchedAt);
      const out = invites.map((invite) => {
        const previous = recorded.get(invite.id);
        const merged = mergeInvite(previous, invite, false);
        const unchanged = previous && sameState(merged, previous) && fetchedAt.getTime() - previous.fetchedAt.getTime() < REFRESH_MS;
        // The same state is being written by another read here: that write records it (and its event, if any).
        const pending = unchanged ? undefined : this.writing.get(invite.id);
        return { merged, write: !unchanged && !(pending && sameState(merged, pending)) };
      });
      const toWrite = out.flatMap((o, i) => (o.write ? [i] : []));
      const claimed = toWrite.map((i) => out[i].merged);
      toWrite.forEach((i, j) => this.writing.set(invites[i].id, claimed[j]));
      try {
        const written = await this.observe(toWrite.map((i) => ({ invite: invites[i], fetchedAt, origin })));
        toWrite.forEach((i, j) => (out[i].merged = written[j].invite));
      } finally {
        toWrite.forEach((i, j) => this.writing.get(invites[i].id) === claimed[j] && this.writing.delete(invites[i].id));
      }
      return out.map((o) => Object.assign(o.merged, { fetchedAt, source: DataSource.PROVIDER }));
    } catch (err) {
      this.hooks.onStoreError?.("record invites", err);
      return invites;
    }
  }

  /**
   * Recorded invites by id, for freshness checks: what this instance recorded or read lately is used whatever its
   * age (its `fetchedAt` says how old it is, and a final state stays final), the rest comes from one SELECT. A state
   * another instance recorded since can only be newer, so answering from an older copy is never too fresh. A store
   * failure is reported and reads as "nothing recorded" (the provider is asked).
   */
  async recordedInvites(ids: readonly string[]): Promise<Map<string, Invite>> {
    const found = new Map<string, Invite>();
    const missing = ids.filter((id) => {
      const hit = this.known.get(id);
      if (hit) found.set(id, hit);
      return !hit;
    });
    if (missing.length === 0) return found;
    try {
      for (const [id, invite] of await this.store.getInvites(missing)) found.set(id, this.remember(invite));
    } catch (err) {
      this.hooks.onStoreError?.("read recorded invites", err);
    }
    return found;
  }

  /**
   * The recorded states of these invites: from memory while younger than REFRESH_MS (another instance's change in
   * that window is still caught, because a differing read goes through the store's transaction), else one SELECT.
   */
  private async recorded(ids: string[], now: Date): Promise<Map<string, Invite>> {
    const found = new Map<string, Invite>();
    const missing: string[] = [];
    for (const id of ids) {
      const hit = this.known.get(id);
      if (hit && now.getTime() - hit.fetchedAt.getTime() < REFRESH_MS) found.set(id, hit);
      else missing.push(id);
    }
    if (missing.length) for (const [id, invite] of await this.store.getInvites(missing)) found.set(id, this.remember(invite));
    return found;
  }

  private remember(invite: Invite): Invite {
    this.known.delete(invite.id);
    this.known.set(invite.id, invite);
    if (this.known.size > KNOWN_MAX) this.known.delete(this.known.keys().next().value!);
    return invite;
  }

  /** Records observations in the store and announces their events. Throws when the store fails. */
  async observe(observations: InviteObservation[]): Promise<ObserveResult[]> {
    return this.announce(await this.store.observeInvites(observations));
  }

  /**
   * Records one callback's observation, committed together with the callbacks that arrive while another group is
   * being written (one transaction for the group: on the embedded store most of a callback's cost is its commit).
   * Resolves only once its group has committed; throws when the store fails, so the callback is not acknowledged.
   */
  observeCallback(observation: InviteObservation): Promise<ObserveResult> {
    return this.callbacks.submit(observation);
  }

  private readonly callbacks = new GroupCommit<InviteObservation, ObserveResult>(
    async (group) => this.announce(await this.store.observeInvitesTogether(group)),
    async (one) => (await this.observe([one]))[0],
  );

  private announce(results: ObserveResult[]): ObserveResult[] {
    for (const r of results) this.remember({ ...r.invite, source: DataSource.RECORD });
    const events = results.flatMap((r) => (r.event ? [r.event] : []));
    if (events.length) this.hooks.onEvents?.(events);
    return results;
  }

  /** Records an interview a provider returned (DRVN has no read endpoint, so this is the only copy). */
  async providerInterview(answer: ProviderInterview): Promise<Interview> {
    const fetchedAt = new Date();
    const interview = fromProvider(answer, fetchedAt);
    try {
      await this.store.upsertInterview(interview, fetchedAt);
    } catch (err) {
      this.hooks.onStoreError?.("record interview", err);
    }
    return interview;
  }
}
