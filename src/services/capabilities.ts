import { Capability, ErrorCode, Provider, ProviderMode, PROVIDER_NAMES } from "../domain/enums";
import { HiregraphError, UnsupportedOperationError } from "../domain/errors";
import { hasCapability, type CapableAdapter } from "../providers/adapter";
import { MODULES } from "../providers/modules";
import type { ProviderRegistry } from "../providers/registry";

/**
 * Returns the provider's adapter if it can perform `capability`, typed so its method needs no `!`; otherwise throws
 * before any upstream call: UNSUPPORTED_OPERATION naming what the provider does support (with its module's advice
 * on what to do instead), or PROVIDER_UNAVAILABLE when it is disabled.
 */
export function requireCapability<C extends Capability>(registry: ProviderRegistry, provider: Provider, capability: C): CapableAdapter<C> {
  const adapter = registry.get(provider);
  if (!adapter || adapter.mode === ProviderMode.DISABLED) {
    throw new HiregraphError(ErrorCode.PROVIDER_UNAVAILABLE, `${PROVIDER_NAMES[provider]} is not configured on this server`, { provider });
  }
  if (!adapter.capabilities.includes(capability)) {
    const advice: Partial<Record<Capability, string>> | undefined = MODULES[provider].capabilityAdvice;
    const supported = adapter.capabilities.length ? adapter.capabilities.join(", ") : "nothing";
    throw new UnsupportedOperationError(
      provider,
      `${advice?.[capability] ?? `${PROVIDER_NAMES[provider]} does not support ${capability}.`} Supported for ${PROVIDER_NAMES[provider]}: ${supported}.`,
    );
  }
  return narrow(adapter, capability);
}

/** The adapter as one that has `capability`'s method; an adapter that declares it without the method is a bug. */
export function narrow<C extends Capability>(adapter: Parameters<typeof hasCapability>[0], capability: C): CapableAdapter<C> {
  if (!hasCapability(adapter, capability)) throw new Error(`${adapter.provider} adapter declares ${capability} but lacks its method`);
  return adapter;
}
