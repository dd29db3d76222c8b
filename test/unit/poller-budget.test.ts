import { Provider, ProviderMode } from "../../src/domain/enums";
import type { ProviderAdapter } from "../../src/providers/adapter";
import type { ProviderRegistry } from "../../src/providers/registry";
import { Poller } from "../../src/services/poller";
import type { Recorder } from "../../src/services/recorder";

/** How many invites one round may claim per provider, from its outbound budget. */
async function roundSizes(opts: { intervalMs: number; budgetPercent: number; rateLimits: Partial<Record<Provider, number>> }) {
  const asked: Record<string, number> = {};
  const recorder = { store: { leaseDue: async (providers: Provider[], limit: number) => ((asked[providers[0]] = limit), []) } } as unknown as Recorder;
  const adapter = (provider: Provider, mode = ProviderMode.LIVE): ProviderAdapter => ({ provider, mode, capabilities: [], getInvites: async () => [] });
  const registry: ProviderRegistry = new Map([
    [Provider.ALFAONE, adapter(Provider.ALFAONE)],
    [Provider.IMOCHA, adapter(Provider.IMOCHA)],
    [Provider.XOBIN, adapter(Provider.XOBIN, ProviderMode.DISABLED)],
    [Provider.DRVN, { provider: Provider.DRVN, mode: ProviderMode.LIVE, capabilities: [] }],
  ]);
  await new Poller(registry, recorder, opts).runOnce();
  return asked;
}

describe("poller budget", () => {
  it("takes at most its share of a rate-limited provider's budget per round", async () => {
    // AlfaOne's 100/min, 20 %, one round a minute: 20 reads, leaving 80 for callers.
    expect(await roundSizes({ intervalMs: 60_000, budgetPercent: 20, rateLimits: { ALFAONE: 100 } })).toEqual({ ALFAONE: 20, IMOCHA: 100 });
    // Rounds every 10 s: 3 per round, 18 a minute.
    expect((await roundSizes({ intervalMs: 10_000, budgetPercent: 20, rateLimits: { ALFAONE: 100 } })).ALFAONE).toBe(3);
    // Never nothing at all: at least one read per round.
    expect((await roundSizes({ intervalMs: 1000, budgetPercent: 1, rateLimits: { ALFAONE: 100 } })).ALFAONE).toBe(1);
  });

  it("skips disabled providers and providers without a read endpoint", async () => {
    const asked = await roundSizes({ intervalMs: 60_000, budgetPercent: 20, rateLimits: {} });
    expect(Object.keys(asked).sort()).toEqual(["ALFAONE", "IMOCHA"]);
  });
});
