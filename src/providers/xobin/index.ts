import { Capability, Provider } from "../../domain/enums";
import type { ProviderModule } from "../module";
import { CAPABILITIES, createXobinAdapter } from "./adapter";
import { parseXobinWebhook } from "./callback";
import { xobinSettings } from "./config";
import { classifyXobinFailure } from "./errors";
import { xobinSimulator } from "./simulator";

export { createXobinAdapter } from "./adapter";
export { xobinSimulator } from "./simulator";
export { XOBIN_SEED } from "./simulator/seed";

/** Xobin: AI interviews and skills assessments (docs/providers/xobin.md). */
export const xobin = {
  ...xobinSettings,
  capabilities: CAPABILITIES,
  capabilityAdvice: {
    [Capability.CANCEL_INVITE]: "Xobin invites cannot be cancelled; use revokeInvite (or withdrawInvite).",
  },
  classifyError: classifyXobinFailure,
  createAdapter: createXobinAdapter,
  simulator: xobinSimulator,
  accountWebhooks: true,
  parseCallback: parseXobinWebhook,
} satisfies ProviderModule<Provider.XOBIN>;
