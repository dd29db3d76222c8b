import { Capability, ErrorCode, Provider, ProviderMode, PROVIDER_NAMES } from "../domain/enums";
import { HiregraphError, UnsupportedOperationError } from "../domain/errors";
import type { ProviderAdapter } from "../providers/adapter";
import type { ProviderRegistry } from "../providers/registry";

/** What to do instead, where a provider lacks an operation callers commonly expect. */
const ALTERNATIVES: Partial<Record<Provider, Partial<Record<Capability, string>>>> = {
  IMOCHA: { REVOKE_INVITE: "iMocha invitations cannot be revoked; use cancelInvite (or withdrawInvite) while the invitation is Pending." },
  XOBIN: { CANCEL_INVITE: "Xobin invites cannot be cancelled; use revokeInvite (or withdrawInvite)." },
  ALFAONE: {
    REVOKE_INVITE: "AlfaOne's API has no endpoint to revoke an invite; it lapses at its expiresAt.",
    CANCEL_INVITE: "AlfaOne's API has no endpoint to cancel an invite; it lapses at its expiresAt.",
    WITHDRAW_INVITE: "AlfaOne's API has no endpoint to revoke or cancel an invite; it lapses at its expiresAt.",
  },
};

/**
 * Returns the provider's adapter if it can perform `capability`; otherwise throws before any upstream call:
 * UNSUPPORTED_OPERATION naming what the provider does support, or PROVIDER_UNAVAILABLE when it is disabled.
 */
export function requireCapability(registry: ProviderRegistry, provider: Provider, capability: Capability): ProviderAdapter {
  const adapter = registry.get(provider);
  if (!adapter || adapter.mode === ProviderMode.DISABLED) {
    throw new HiregraphError(ErrorCode.PROVIDER_UNAVAILABLE, `${PROVIDER_NAMES[provider]} is not configured on this server`, { provider });
  }
  if (!adapter.capabilities.includes(capability)) {
    const hint = ALTERNATIVES[provider]?.[capability];
    const supported = adapter.capabilities.length ? adapter.capabilities.join(", ") : "nothing";
    throw new UnsupportedOperationError(
      provider,
      `${hint ?? `${PROVIDER_NAMES[provider]} does not support ${capability}.`} Supported for ${PROVIDER_NAMES[provider]}: ${supported}.`,
    );
  }
  return adapter;
}
