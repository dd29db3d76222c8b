import { z } from "zod";
import { Provider, PROVIDER_NAMES } from "../domain/enums";
import { httpUrl, wholeNumber, type Setting } from "./setting";

/**
 * What configures one provider: its three variables and the values used without them. One entry per provider,
 * keyed by Provider, each self-contained, so it can move into its provider module (src/providers/<name>/index.ts).
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

interface ProviderDoc {
  readonly provider: Provider;
  readonly baseUrl: { readonly name: string; readonly description: string };
  readonly secret: { readonly name: string; readonly description: string; readonly format?: { readonly pattern: RegExp; readonly hint: string; readonly accepts: string } };
  readonly sandboxSecret: string;
  readonly liveRateLimit?: ProviderDeclaration["liveRateLimit"];
}

function declareProvider(doc: ProviderDoc): ProviderDeclaration {
  const label = PROVIDER_NAMES[doc.provider];
  const { format } = doc.secret;
  // Named after the Provider id, the same pattern for every provider: `<PROVIDER>_RATE_LIMIT_PER_MIN`.
  const rateName = `${doc.provider}_RATE_LIMIT_PER_MIN`;
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
    sandboxSecret: doc.sandboxSecret,
    liveRateLimit: live,
  };
}

export const PROVIDERS: Readonly<Record<Provider, ProviderDeclaration>> = {
  XOBIN: declareProvider({
    provider: Provider.XOBIN,
    baseUrl: { name: "XOBIN_BASE_URL", description: "Xobin API base (before `/ai-interviews/…`, e.g. `https://app.xobin.com/api/v2`)" },
    secret: { name: "XOBIN_API_KEY", description: "Xobin API key, sent as header `apiKey`" },
    sandboxSecret: "sandbox-xobin-api-key",
  }),
  ALFAONE: declareProvider({
    provider: Provider.ALFAONE,
    baseUrl: { name: "ALFAONE_BASE_URL", description: "AlfaOne API base (before `/invites`, e.g. `https://alfaone.app/api/v1`)" },
    secret: {
      name: "ALFAONE_API_KEY",
      description: "AlfaOne API key, sent as `x-api-key`",
      // AlfaOne's docs say "32 characters" after the prefix, but their own example key is shorter: only the
      // documented prefix is checked, so a real key of another length is not refused at start-up.
      format: {
        pattern: /^ak_(live|test)_\S+$/,
        hint: "ak_live_ or ak_test_ followed by the rest of the key",
        accepts: "`ak_live_…` or `ak_test_…` (any length after it: AlfaOne's docs say 32 characters, but their own example is shorter)",
      },
    },
    sandboxSecret: "ak_test_sandboxsandboxsandboxsandbox00",
    liveRateLimit: { perMinute: 100, why: "AlfaOne's standard tier" },
  }),
  IMOCHA: declareProvider({
    provider: Provider.IMOCHA,
    baseUrl: { name: "IMOCHA_BASE_URL", description: "iMocha origin (before `/v3/…`, e.g. `https://apiv3.imocha.io`)" },
    secret: { name: "IMOCHA_API_KEY", description: "iMocha API key, sent as `X-API-KEY`" },
    sandboxSecret: "sandbox-imocha-api-key",
  }),
  DRVN: declareProvider({
    provider: Provider.DRVN,
    baseUrl: { name: "DRVN_BASE_URL", description: "DRVN origin (before `/api/v1/…`)" },
    secret: { name: "DRVN_TOKEN", description: "DRVN token, sent as `Authorization: Bearer <token>`" },
    sandboxSecret: "sandbox.drvn.token",
  }),
};

/** Fixed sandbox credentials: the simulators accept exactly these, so the auth path is exercised end to end. */
export const SANDBOX_SECRETS: Readonly<Record<Provider, string>> = Object.freeze(
  Object.fromEntries(Object.values(Provider).map((p) => [p, PROVIDERS[p].sandboxSecret])) as Record<Provider, string>,
);

/** A provider's three variables, in the order the README lists them. */
export function providerSettings(declaration: ProviderDeclaration): readonly NamedSetting<unknown>[] {
  return [declaration.baseUrl, declaration.secret, declaration.rateLimit];
}
