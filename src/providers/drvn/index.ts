import type { Provider } from "../../domain/enums";
import type { ProviderModule } from "../module";
import { CAPABILITIES, createDrvnAdapter } from "./adapter";
import { drvnSettings } from "./config";
import { classifyDrvnError } from "./errors";
import { drvnSimulator } from "./simulator";

export { createDrvnAdapter } from "./adapter";
export { drvnSimulator, DRVN_SEED } from "./simulator";

/** DRVN: scheduled interviews for driver hiring (docs/providers/drvn.md). */
export const drvn = {
  ...drvnSettings,
  capabilities: CAPABILITIES,
  classifyError: classifyDrvnError,
  createAdapter: createDrvnAdapter,
  simulator: drvnSimulator,
} satisfies ProviderModule<Provider.DRVN>;
