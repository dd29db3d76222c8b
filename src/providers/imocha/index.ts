import { Capability, Provider } from "../../domain/enums";
import { InputError } from "../../domain/errors";
import type { ProviderModule } from "../module";
import { CAPABILITIES, createImochaAdapter } from "./adapter";
import { parseImochaCallback } from "./callback";
import { imochaSettings } from "./config";
import { classifyImochaError } from "./errors";
import { PROCTORING_MODES } from "./requests";
import { imochaSimulator } from "./simulator";

export { createImochaAdapter } from "./adapter";
export { imochaSimulator, IMOCHA_SEED } from "./simulator";

const MODES: readonly string[] = PROCTORING_MODES;

/** iMocha: skills tests (docs/providers/imocha.md). */
export const imocha = {
  ...imochaSettings,
  capabilities: CAPABILITIES,
  capabilityAdvice: {
    [Capability.REVOKE_INVITE]: "iMocha invitations cannot be revoked; use cancelInvite (or withdrawInvite) while the invitation is Pending.",
  },
  inviteOptions: {
    key: "imocha",
    appliesTo: "imocha:test ids",
    check(options, check) {
      check.url(options?.callbackUrl, ["imocha", "callbackUrl"]);
      check.url(options?.redirectUrl, ["imocha", "redirectUrl"]);
      const mode = options?.proctoringMode;
      if (mode !== undefined && mode !== null && !MODES.includes(mode)) {
        check.add(new InputError(["imocha", "proctoringMode"], `imocha.proctoringMode must be one of ${MODES.join(", ")}`));
      }
    },
  },
  classifyError: classifyImochaError,
  createAdapter: createImochaAdapter,
  simulator: imochaSimulator,
  parseCallback: parseImochaCallback,
} satisfies ProviderModule<Provider.IMOCHA>;
