import { InviteStatus, Provider } from "./enums";

/**
 * States after which an invite cannot change at that provider: its recorded state is served without a provider
 * call when a read asks for no `maxAge`, and the poller stops re-reading it. Each with its reason (also in the README, "Freshness"):
 * - every provider: REVOKED (no endpoint un-revokes), COMPLETED (the attempt is over; its report is final);
 * - Xobin and AlfaOne: EXPIRED too (neither documents a way to extend an invite);
 * - iMocha: ABANDONED (Test Left) and TERMINATED; not EXPIRED or CANCELLED, which a re-invite of the same
 *   email resets to Pending under the same invitation id (iMocha's re-invite rules).
 */
const FINAL_BY_PROVIDER: Readonly<Record<Provider, ReadonlySet<InviteStatus>>> = {
  XOBIN: new Set([InviteStatus.COMPLETED, InviteStatus.REVOKED, InviteStatus.EXPIRED]),
  ALFAONE: new Set([InviteStatus.COMPLETED, InviteStatus.REVOKED, InviteStatus.EXPIRED]),
  IMOCHA: new Set([InviteStatus.COMPLETED, InviteStatus.ABANDONED, InviteStatus.TERMINATED]),
  DRVN: new Set(),
};

/** Whether an invite in this state can no longer change at its provider. */
export const isFinalState = (invite: { provider: Provider; status: InviteStatus }): boolean => FINAL_BY_PROVIDER[invite.provider]?.has(invite.status) ?? false;

