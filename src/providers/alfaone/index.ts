import { Capability, Provider } from "../../domain/enums";
import type { ProviderModule } from "../module";
import { CAPABILITIES, createAlfaoneAdapter } from "./adapter";
import { alfaoneSettings } from "./config";
import { classifyAlfaoneError } from "./errors";
import { alfaoneSimulator } from "./simulator";

export { createAlfaoneAdapter } from "./adapter";
export { alfaoneSimulator } from "./simulator";
export { ALFAONE_SEED } from "./simulator/seed";

/** AlfaOne: one-way video assessments (docs/providers/alfaone.md). */
export const alfaone = {
  ...alfaoneSettings,
  capabilities: CAPABILITIES,
  capabilityAdvice: {
    [Capability.REVOKE_INVITE]: "AlfaOne's API has no endpoint to revoke an invite; it lapses at its expiresAt.",
    [Capability.CANCEL_INVITE]: "AlfaOne's API has no endpoint to cancel an invite; it lapses at its expiresAt.",
    [Capability.WITHDRAW_INVITE]: "AlfaOne's API has no endpoint to revoke or cancel an invite; it lapses at its expiresAt.",
  },
  inviteOptions: {
    key: "alfaone",
    appliesTo: "alfaone:assessment ids",
    check(options, check) {
      check.positiveInt(options?.questionReplayLimit, ["alfaone", "questionReplayLimit"]);
      check.positiveInt(options?.answerRecordLimit, ["alfaone", "answerRecordLimit"]);
    },
  },
  classifyError: classifyAlfaoneError,
  createAdapter: createAlfaoneAdapter,
  simulator: alfaoneSimulator,
} satisfies ProviderModule<Provider.ALFAONE>;
