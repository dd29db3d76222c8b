import { InviteStatus, Provider } from "../../domain/enums";
import type { ProviderSettings } from "../module";

/** iMocha's integer ids. */
const INTEGER = /^[1-9][0-9]{0,18}$/;

export const imochaSettings = {
  provider: Provider.IMOCHA,
  description: "iMocha: skills tests.",
  ids: { invite: INTEGER, test: INTEGER },
  env: {
    baseUrl: { name: "IMOCHA_BASE_URL", description: "iMocha origin (before `/v3/…`, e.g. `https://apiv3.imocha.io`)" },
    secret: { name: "IMOCHA_API_KEY", description: "iMocha API key, sent as `X-API-KEY`" },
  },
  sandboxSecret: "sandbox-imocha-api-key",
  // ABANDONED (Test Left) and TERMINATED; not EXPIRED or CANCELLED, which a re-invite of the same email resets to
  // Pending under the same invitation id (iMocha's re-invite rules).
  finalInviteStates: [InviteStatus.COMPLETED, InviteStatus.ABANDONED, InviteStatus.TERMINATED],
  secretHeaders: ["x-api-key"],
} as const satisfies ProviderSettings<Provider.IMOCHA>;
