import { InviteStatus, Provider } from "../../domain/enums";
import type { ProviderSettings } from "../module";

/** AlfaOne invites and assessments are documented as UUIDs; only graders have free-form string ids. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const GRADER = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[A-Za-z0-9_-]{1,64})$/i;

export const alfaoneSettings = {
  provider: Provider.ALFAONE,
  description: "AlfaOne: one-way video assessments.",
  ids: { invite: UUID, assessment: UUID, grader: GRADER },
  env: {
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
    liveRateLimit: { perMinute: 100, why: "AlfaOne's standard tier" },
  },
  sandboxSecret: "ak_test_sandboxsandboxsandboxsandbox00",
  // EXPIRED too: AlfaOne documents no way to extend an invite.
  finalInviteStates: [InviteStatus.COMPLETED, InviteStatus.REVOKED, InviteStatus.EXPIRED],
  secretHeaders: ["x-api-key"],
} as const satisfies ProviderSettings<Provider.ALFAONE>;
