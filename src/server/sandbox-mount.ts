import type { FastifyInstance, onRequestHookHandler } from "fastify";
import type { Config } from "../config";
import { Provider, ProviderMode } from "../domain/enums";
import { MODULES } from "../providers/modules";
import { callbackUrlFor, sandboxPath, SIMULATORS } from "../providers/registry";
import type { SimulatorControl } from "../sandbox/faults";

/**
 * Mounts the simulator of every sandboxed provider under `/sandbox/<provider>` and returns their control handles.
 * One encapsulated scope, so the guard's hook runs before every simulator route and nowhere else.
 */
export async function mountSimulators(
  server: FastifyInstance,
  config: Config,
  url: () => string,
  guard?: onRequestHookHandler,
): Promise<Map<string, SimulatorControl>> {
  const simulators = new Map<string, SimulatorControl>();
  await server.register(async (scope) => {
    if (guard) scope.addHook("onRequest", guard);
    for (const provider of Object.values(Provider)) {
      const pc = config.providers[provider];
      if (pc.mode !== ProviderMode.SANDBOX) continue;
      await scope.register(SIMULATORS[provider], {
        prefix: sandboxPath(provider),
        secret: pc.secret,
        onReady: (control) => simulators.set(provider, control),
        // Providers whose webhooks are configured per account (Xobin) get the sandbox's point here; iMocha registers per invite.
        webhookUrl: MODULES[provider].accountWebhooks ? callbackUrlFor(config, provider, url) : undefined,
      });
    }
  });
  return simulators;
}
