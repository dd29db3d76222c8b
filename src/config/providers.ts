import { z } from "zod";
import { Provider, PROVIDER_NAMES } from "../domain/enums";
import type { ProviderSettings } from "../providers/module";
import { PROVIDER_SETTINGS } from "../providers/settings";
import { httpUrl, wholeNumber, type Setting } from "./setting";

/**
 * What configures one provider: its three variables and the values used without them, built from the plain
 * settings each provider declares in src/providers/<name>/config.ts.
 */
export interface ProviderDeclaration {
  /** Set: the provider is LIVE at this base. Unset: sandboxed (disabled in production). */
  readonly baseUrl: NamedSetting<string | undefined>;
  /** The credential sent upstream; required when live. */
  readonly secret: NamedSetting<string | undefined>;
  /** Outbound requests per minute; unset means `liveRateLimit` when live, otherwise unlimited. */
  readonly rateLimit: NamedSetting<number | undefined>;
  /** The fixed credential its sandbox simulator accepts, so the auth path is exercised end to end. */
  readonly sandboxSecret: string;
  /** The provider's own limit, used when it is live and its rate-limit variable is unset. */
  readonly liveRateLimit?: { readonly perMinute: number; readonly why: string };
}

export type NamedSetting<T> = Setting<T> & { readonly name: string };

function declareProvider(settings: ProviderSettings): ProviderDeclaration {
  const doc = settings.env;
  const label = PROVIDER_NAMES[settings.provider];
  const { format } = doc.secret;
  // Named after the Provider id, the same pattern for every provider: `<PROVIDER>_RATE_LIMIT_PER_MIN`.
  const rateName = `${settings.provider}_RATE_LIMIT_PER_MIN`;
  const live = doc.liveRateLimit;
  return {
    baseUrl: {
      name: doc.baseUrl.name,
      ...httpUrl({ description: `${doc.baseUrl.description}; setting it makes ${label} live`, default: undefined, defaultText: "unset: sandbox (disabled with `NODE_ENV=production`)", base: true }),
    },
    secret: {
      name: doc.secret.name,
      description: `${doc.secret.description}; required with \`${doc.baseUrl.name}\``,
      accepts: format?.accepts ?? "text",
      schema: format ? z.string().regex(format.pattern, `must be ${format.hint}`) : z.string(),
      default: undefined,
      quote: false, // a credential: never echoed
    },
    rateLimit: {
      name: rateName,
      ...wholeNumber({
        description: `outbound request budget per minute for ${label}`,
        min: 1,
        max: 1_000_000,
        default: undefined,
        defaultText: live ? `\`${live.perMinute}\` when live (${live.why}); unlimited in the sandbox` : "unlimited",
      }),
    },
    sandboxSecret: settings.sandboxSecret,
    liveRateLimit: live,
  };
}

/** Each provider's variables, from the settings its module declares (src/providers/<name>/config.ts). */
export const PROVIDERS: Readonly<Record<Provider, ProviderDeclaration>> = Object.fromEntries(
  Object.values(PROVIDER_SETTINGS).map((settings) => [settings.provider, declareProvider(settings)]),
) as Record<Provider, ProviderDeclaration>;

/** Fixed sandbox credentials: the simulators accept exactly these, so the auth path is exercised end to end. */
export const SANDBOX_SECRETS: Readonly<Record<Provider, string>> = Object.freeze(
  Object.fromEntries(Object.values(Provider).map((p) => [p, PROVIDERS[p].sandboxSecret])) as Record<Provider, string>,
);

/** A provider's three variables, in the order the README lists them. */
export function providerSettings(declaration: ProviderDeclaration): readonly NamedSetting<unknown>[] {
  return [declaration.baseUrl, declaration.secret, declaration.rateLimit];
}
