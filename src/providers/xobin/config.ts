import { InviteStatus, Provider } from "../../domain/enums";
import type { ProviderSettings } from "../module";

/** Xobin's integer ids. */
const INTEGER = /^[1-9][0-9]{0,18}$/;

export const xobinSettings = {
  provider: Provider.XOBIN,
  description: "Xobin: AI interviews and skills assessments.",
  ids: { "ai-invite": INTEGER, "assessment-invite": INTEGER, "ai-interview": INTEGER, assessment: INTEGER, candidate: INTEGER },
  env: {
    baseUrl: { name: "XOBIN_BASE_URL", description: "Xobin API base (before `/ai-interviews/…`, e.g. `https://app.xobin.com/api/v2`)" },
    secret: { name: "XOBIN_API_KEY", description: "Xobin API key, sent as header `apiKey`" },
  },
  sandboxSecret: "sandbox-xobin-api-key",
  // EXPIRED too: Xobin documents no way to extend an invite.
  finalInviteStates: [InviteStatus.COMPLETED, InviteStatus.REVOKED, InviteStatus.EXPIRED],
  secretHeaders: ["apiKey"],
} as const satisfies ProviderSettings<Provider.XOBIN>;
