import type { SimulatorControl } from "./faults";

/** Options every provider simulator plugin takes. */
export interface SimulatorOptions {
  /** The only credential the simulator accepts (API key, or bearer token for DRVN). */
  secret: string;
  /** Receives the simulator's control handle (request counts, faults, reset) for in-process tests. */
  onReady?: (control: SimulatorControl) => void;
}
