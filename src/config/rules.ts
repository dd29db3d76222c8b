import { Provider, ProviderMode } from "../domain/enums";
import { PROVIDERS } from "./providers";
import type { SETTINGS } from "./settings";
import type { SettingValues } from "./setting";

// Everything that relates one variable to another, in one place: the problems between variables, and the defaults
// that depend on NODE_ENV. (What one variable accepts on its own is in its declaration.)

export type GeneralValues = SettingValues<typeof SETTINGS>;

/** Whether a variable is set (non-blank), whatever its value; an invalid value was already reported on its own. */
export type IsSet = (name: string) => boolean;

/** Defaults that differ in production; the declarations' `defaultText` says the same for the README. */
export function productionDefaults(production: boolean) {
  return {
    introspection: !production,
    corsOrigins: production ? null : ("*" as const),
    unconfiguredProvider: production ? ProviderMode.DISABLED : ProviderMode.SANDBOX,
  };
}

export function problemsBetweenVariables(v: GeneralValues, set: IsSet): string[] {
  const problems: string[] = [];
  const production = v.NODE_ENV === "production";

  for (const provider of Object.values(Provider)) {
    const { baseUrl, secret } = PROVIDERS[provider];
    if (!set(baseUrl.name) && set(secret.name)) problems.push(`${secret.name} is set but ${baseUrl.name} is not; set both to use the live ${provider} API`);
    if (set(baseUrl.name) && !set(secret.name)) problems.push(`${baseUrl.name} is set, so ${secret.name} is required`);
  }

  const auth = set("AUTH_JWT_SECRET") || set("AUTH_JWKS_URL");
  const anyLive = Object.values(PROVIDERS).some((p) => set(p.baseUrl.name));
  if (set("AUTH_JWT_SECRET") && set("AUTH_JWKS_URL")) problems.push("set AUTH_JWT_SECRET or AUTH_JWKS_URL, not both");
  if (!auth && (set("AUTH_ISSUER") || set("AUTH_AUDIENCE"))) problems.push("AUTH_ISSUER/AUTH_AUDIENCE need AUTH_JWT_SECRET or AUTH_JWKS_URL");
  if (!auth && production) problems.push("NODE_ENV=production requires caller authentication: set AUTH_JWT_SECRET or AUTH_JWKS_URL");
  else if (!auth && anyLive) problems.push("a live provider is configured, so caller authentication is required: set AUTH_JWT_SECRET or AUTH_JWKS_URL");

  if (v.LOG_PRETTY && production) problems.push("LOG_PRETTY=true is for development (pino-pretty is a dev dependency); production logs stay JSON");
  if (v.HTTP_HEADERS_TIMEOUT_MS > v.HTTP_REQUEST_TIMEOUT_MS) problems.push("HTTP_HEADERS_TIMEOUT_MS must not exceed HTTP_REQUEST_TIMEOUT_MS");
  if (set("REDIS_KEY_PREFIX") && !set("REDIS_URL")) problems.push("REDIS_KEY_PREFIX is set but REDIS_URL is not");
  if (set("DATABASE_URL") && set("DATA_DIR")) problems.push("DATA_DIR is for the embedded store; it is ignored with DATABASE_URL, so set only one of them");
  // Without PUBLIC_BASE_URL a missing token is made per process (see loadConfig); a live provider could not be
  // told a callback URL then anyway.
  if (set("PUBLIC_BASE_URL") && !set("CALLBACK_TOKEN")) problems.push("PUBLIC_BASE_URL is set, so CALLBACK_TOKEN (at least 32 characters) is required");
  return problems;
}
