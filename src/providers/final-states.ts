import type { InviteStatus, Provider } from "../domain/enums";
import { PROVIDER_SETTINGS } from "./settings";

/** Each provider's final invite states, as its settings declare them (src/providers/<name>/config.ts). */
const FINAL_BY_PROVIDER: ReadonlyMap<Provider, ReadonlySet<InviteStatus>> = new Map(
  Object.values(PROVIDER_SETTINGS).map((s) => [s.provider, new Set<InviteStatus>(s.finalInviteStates)]),
);

/**
 * Whether an invite in this state can no longer change at its provider: its recorded state is served without a
 * provider call when a read asks for no `maxAge`, and the poller stops re-reading it (README, "Freshness").
 */
export const isFinalState = (invite: { provider: Provider; status: InviteStatus }): boolean => FINAL_BY_PROVIDER.get(invite.provider)?.has(invite.status) ?? false;
