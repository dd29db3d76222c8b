import { PROVIDERS, providerSettings, type ProviderDeclaration } from "./providers";
import type { Setting, SettingTable } from "./setting";
import { SETTINGS } from "./settings";

/** The general variables and each provider's, by name; refuses a name declared twice. */
export function mergeDeclarations(general: SettingTable, providers: readonly ProviderDeclaration[]): Readonly<Record<string, Setting<unknown>>> {
  const all: Record<string, Setting<unknown>> = { ...general };
  for (const declaration of providers) {
    for (const setting of providerSettings(declaration)) {
      // Two declarations of one name would each parse it their own way: refuse at start-up rather than guess.
      if (setting.name in all) throw new Error(`${setting.name} is declared twice`);
      all[setting.name] = setting;
    }
  }
  return all;
}

/** Every declared variable by name. */
export const DECLARED = mergeDeclarations(SETTINGS, Object.values(PROVIDERS));
