import type { Provider } from "../domain/enums";
import { alfaoneSettings } from "./alfaone/config";
import { drvnSettings } from "./drvn/config";
import { imochaSettings } from "./imocha/config";
import type { ProviderSettings } from "./module";
import { xobinSettings } from "./xobin/config";

/**
 * Each provider's plain settings (config.ts), for src/config and id parsing, which must not load adapters or
 * simulators. Each module in src/providers/modules.ts spreads the same object, so the two cannot disagree.
 */
export const PROVIDER_SETTINGS: Readonly<{ [P in Provider]: ProviderSettings<P> }> = {
  XOBIN: xobinSettings,
  ALFAONE: alfaoneSettings,
  IMOCHA: imochaSettings,
  DRVN: drvnSettings,
};

/** In the order of the Provider enum, as config and error messages list them. */
export const SETTINGS_LIST: readonly ProviderSettings[] = Object.values(PROVIDER_SETTINGS);
