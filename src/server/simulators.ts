import type { FastifyInstance } from "fastify";
import type { Config } from "../config";
import { Provider, ProviderMode } from "../domain/enums";
import { MODULES } from "../providers/modules";
import { callbackUrlFor, sandboxPath, SIMULATORS } from "../providers/registry";
import type { SimulatorControl } from "../sandbox/faults";
import type { SandboxGuard } from "./sandbox-guard";

/**
 * Mounts the simulator of every sandboxed provider under `/sandbox/<provider>` and returns their control handles.
 * They share one encapsulated scope, so the sandbox guard's hook runs before every simulator route and nowhere else.
 */
export async function mountSimulators(
  server: FastifyInstance,
  config: Config,
  opts: { guard?: SandboxGuard; selfUrl: () => string },
): Promise<ReadonlyMap<string, SimulatorControl>> {
  const simulators = new Map<string, SimulatorControl>();
  await server.register(async (scope) => {
    if (opts.guard) scope.addHook("onRequest", opts.guard.onRequest);
    for (const [provider, pc] of Object.entries(config.providers)) {
      if (pc.mode !== ProviderMode.SANDBOX) continue;
      await scope.register(SIMULATORS[provider as Provider], {
        prefix: sandboxPath(provider as Provider),
        secret: pc.secret,
        onReady: (control) => simulators.set(provider, control),
        // Providers whose webhooks are configured per account (Xobin) get the sandbox's point here; iMocha registers per invite.
        webhookUrl: MODULES[provider as Provider].accountWebhooks ? callbackUrlFor(config, provider as Provider, opts.selfUrl) : undefined,
      });
    }
  });
  return simulators;
}
