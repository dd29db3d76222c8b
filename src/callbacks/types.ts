import type { ProviderInvite } from "../domain/entities";

/** What one callback delivery says about one invite. */
export interface CallbackChange {
  /** The invite with the fields the callback carries (the rest keep their recorded values). */
  invite: ProviderInvite;
  /** The provider's time of the change, when the payload gives one. */
  occurredAt?: Date;
  /** Same invite, status and time: a repeat of this delivery changes nothing. */
  deliveryKey: string;
}

/**
 * A parsed delivery: a change to record, an event hiregraph does not track (acknowledged and ignored), or an
 * unreadable body (400; `reason` names fields, never values, since payloads carry personal data).
 */
export type CallbackParse = { kind: "change"; change: CallbackChange } | { kind: "ignored"; reason: string } | { kind: "invalid"; reason: string };
