import type { Insertable, Selectable } from "kysely";
import type { EventOrigin, InviteStatus, Provider } from "../domain/enums";
import type { Invite, InviteEvent, ProviderInvite } from "../domain/entities";
import { isFinalState } from "../providers/final-states";
import { encodeState } from "./codec";
import type { InviteEventRow, InviteRow } from "./tables";

/* What the record reads and writes: observations and their results, and the rows they become. */

/** An invite event as recorded; `seq` is its cursor. The GraphQL id and the invite are added when it is served. */
export type RecordedEvent = Omit<InviteEvent, "id" | "recordedInvite">;

/** Something hiregraph learned about an invite. */
export interface InviteObservation {
  /** What the provider said (with a callback, only the fields it carries). */
  invite: ProviderInvite;
  /** When this state came from the provider. */
  fetchedAt: Date;
  origin: EventOrigin;
  /** The provider's time of the change, where it gives one. @default fetchedAt */
  occurredAt?: Date;
  /** Only some fields are known (a callback): the others keep their recorded values. */
  partial?: boolean;
  /** A callback delivery's identity: a delivery already recorded changes nothing. */
  deliveryKey?: string;
}

export interface ObserveResult {
  /** The invite as recorded now (with `fetchedAt` of the recorded state). */
  invite: Invite;
  /** The status change this observation made, if any. */
  event?: RecordedEvent;
  /** The delivery was already recorded; nothing changed. */
  duplicate: boolean;
}

export const lower = (s: string | null | undefined) => (s ? s.trim().toLowerCase() : null);

/** The `invites` row that records this state, fetched at `fetchedAt`; a non-final one is polled `pollDelayMs` later. */
export function inviteRow(invite: ProviderInvite, fetchedAt: Date, pollDelayMs: number): Insertable<InviteRow> {
  const final = isFinalState(invite);
  return {
    id: invite.id,
    provider: invite.provider,
    status: invite.status,
    provider_status: invite.providerStatus ?? null,
    candidate_email: lower(invite.candidate?.email),
    candidate_name: invite.candidate?.name ?? null,
    external_id: invite.externalId ?? null,
    invite_url: invite.inviteUrl ?? null,
    state: encodeState(invite),
    fetched_at: fetchedAt,
    final,
    poll_after: final ? null : new Date(fetchedAt.getTime() + pollDelayMs),
    poll_failures: 0,
    updated_at: new Date(),
  };
}

/** The `invite_events` row of a status change to `invite`'s status from `previousStatus` (null: first seen). */
export function eventRow(invite: ProviderInvite, previousStatus: InviteStatus | null, occurredAt: Date, origin: EventOrigin): Insertable<InviteEventRow> {
  return {
    invite_id: invite.id,
    provider: invite.provider,
    previous_status: previousStatus,
    status: invite.status,
    provider_status: invite.providerStatus ?? null,
    occurred_at: occurredAt,
    recorded_at: new Date(),
    origin,
    candidate_email: lower(invite.candidate?.email),
    external_id: invite.externalId ?? null,
  };
}

export function toEvent(row: Selectable<InviteEventRow>): RecordedEvent {
  return {
    seq: String(row.seq),
    inviteId: row.invite_id,
    provider: row.provider as Provider,
    previousStatus: row.previous_status as InviteStatus | null,
    status: row.status as InviteStatus,
    providerStatus: row.provider_status,
    occurredAt: new Date(row.occurred_at),
    recordedAt: new Date(row.recorded_at),
    origin: row.origin as EventOrigin,
    candidateEmail: row.candidate_email,
    externalId: row.external_id,
  };
}
