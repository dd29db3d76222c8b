import type { SimulatorControl } from "./faults";

/** Options every provider simulator plugin takes. */
export interface SimulatorOptions {
  /** The only credential the simulator accepts (API key, or bearer token for DRVN). */
  secret: string;
  /** Receives the simulator's control handle (request counts, faults, reset) for in-process tests. */
  onReady?: (control: SimulatorControl) => void;
  /**
   * Where the simulator sends the webhooks its provider configures per account (Xobin workflows), read per
   * delivery; undefined sends none. Providers that register a callback URL per invite (iMocha) use that instead.
   */
  webhookUrl?: () => string | undefined;
}
