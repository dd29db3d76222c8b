// `import … from "../config"` keeps working: the declarations live in settings.ts (general) and providers.ts.
export { weakSecret } from "./checks";
export { ConfigError, loadConfig } from "./load";
export { SANDBOX_SECRETS } from "./providers";
export type * from "./types";
