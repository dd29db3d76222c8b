import { DataSource, type EventOrigin } from "../domain/enums";
import type { InviteObservation, ObserveResult, RecordedEvent, RecordStore } from "../record/record-store";
import type { Interview, Invite } from "../schema/types";

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
export class Recorder {
  constructor(
    readonly store: RecordStore,
    private readonly hooks: RecorderHooks = {},
  ) {}

  /** Records invites just read from a provider and returns them merged with what the record knew (e.g. the invite link). */
  async providerInvites(invites: Invite[], origin: EventOrigin): Promise<Invite[]> {
    if (invites.length === 0) return invites;
    const fetchedAt = new Date();
    for (const invite of invites) Object.assign(invite, { fetchedAt, source: DataSource.PROVIDER });
    try {
      const results = await this.observe(invites.map((invite) => ({ invite, fetchedAt, origin })));
      return results.map((r, i) => Object.assign(r.invite, { fetchedAt: invites[i].fetchedAt, source: DataSource.PROVIDER }));
    } catch (err) {
      this.hooks.onStoreError?.("record invites", err);
      return invites;
    }
  }

  /** Recorded invites by id; a store failure is reported and reads as "nothing recorded" (the provider is asked). */
  async recordedInvites(ids: readonly string[]): Promise<Map<string, Invite>> {
    try {
      return await this.store.getInvites(ids);
    } catch (err) {
      this.hooks.onStoreError?.("read recorded invites", err);
      return new Map();
    }
  }

  /** Records observations in the store and announces their events. Throws when the store fails. */
  async observe(observations: InviteObservation[]): Promise<ObserveResult[]> {
    const results = await this.store.observeInvites(observations);
    const events = results.flatMap((r) => (r.event ? [r.event] : []));
    if (events.length) this.hooks.onEvents?.(events);
    return results;
  }

  /** Records an interview a provider returned (DRVN has no read endpoint, so this is the only copy). */
  async providerInterview(interview: Interview): Promise<Interview> {
    const fetchedAt = new Date();
    Object.assign(interview, { fetchedAt, source: DataSource.PROVIDER });
    try {
      await this.store.upsertInterview(interview, fetchedAt);
    } catch (err) {
      this.hooks.onStoreError?.("record interview", err);
    }
    return interview;
  }
}
