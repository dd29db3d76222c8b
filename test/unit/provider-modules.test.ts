import { Capability, Provider, ProviderMode } from "../../src/domain/enums";
import { CAPABILITY_METHODS, type ProviderAdapter } from "../../src/providers/adapter";
import { MODULES } from "../../src/providers/modules";
import { PROVIDER_SETTINGS } from "../../src/providers/settings";

/** The two provider lists (modules.ts, settings.ts) and what each module declares must agree. */
describe("provider modules", () => {
  const providers = Object.values(Provider);

  it.each(providers)("%s: its module is keyed by its own provider and spreads its settings", (provider) => {
    const module = MODULES[provider];
    expect(module.provider).toBe(provider);
    expect(PROVIDER_SETTINGS[provider].provider).toBe(provider);
    for (const [key, value] of Object.entries(PROVIDER_SETTINGS[provider])) {
      expect(module[key as keyof typeof module]).toBe(value);
    }
  });

  it.each(providers)("%s: its adapter reports the module's capabilities and has each one's method", (provider) => {
    const module = MODULES[provider];
    const adapter: ProviderAdapter = module.createAdapter({ mode: ProviderMode.SANDBOX, baseUrl: "http://127.0.0.1:9", secret: module.sandboxSecret, timeoutMs: 1000, maxConcurrency: 1 });
    expect(adapter.capabilities).toEqual(module.capabilities);
    for (const capability of module.capabilities) {
      const method = (CAPABILITY_METHODS as Partial<Record<Capability, keyof ProviderAdapter>>)[capability];
      if (method) expect(typeof adapter[method]).toBe("function");
    }
  });
});
