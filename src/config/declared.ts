import { PROVIDERS, providerSettings } from "./providers";
import type { Setting } from "./setting";
import { SETTINGS } from "./settings";

/** Every declared variable by name: the general ones and each provider's. */
export const DECLARED: Readonly<Record<string, Setting<unknown>>> = (() => {
  const all: Record<string, Setting<unknown>> = { ...SETTINGS };
  for (const declaration of Object.values(PROVIDERS)) {
    for (const setting of providerSettings(declaration)) {
      // Two declarations of one name would each parse it their own way: refuse at start-up rather than guess.
      if (setting.name in all) throw new Error(`${setting.name} is declared twice`);
      all[setting.name] = setting;
    }
  }
  return all;
})();
