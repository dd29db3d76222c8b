import type { Provider } from "../domain/enums";
import { alfaone } from "./alfaone";
import { drvn } from "./drvn";
import { imocha } from "./imocha";
import type { ProviderModule } from "./module";
import { xobin } from "./xobin";

/**
 * Every provider, one line each: the registry, capability advice, invite option checks, callback routes and log
 * redaction are derived from this table (config and id parsing from src/providers/settings.ts, which each
 * module spreads). Keyed by Provider, so a provider without a module does not compile.
 */
export const MODULES: Readonly<{ [P in Provider]: ProviderModule<P> }> = { XOBIN: xobin, ALFAONE: alfaone, IMOCHA: imocha, DRVN: drvn };

/** The modules in the order of the Provider enum. */
export const MODULE_LIST: readonly ProviderModule[] = Object.values(MODULES);
