import { Provider } from "../../domain/enums";
import type { ProviderSettings } from "../module";

/** DRVN's integer ids. */
const INTEGER = /^[1-9][0-9]{0,18}$/;

export const drvnSettings = {
  provider: Provider.DRVN,
  description: "DRVN: scheduled interviews for driver hiring.",
  ids: { interview: INTEGER, grader: INTEGER, candidate: INTEGER },
  env: {
    baseUrl: { name: "DRVN_BASE_URL", description: "DRVN origin (before `/api/v1/…`)" },
    secret: { name: "DRVN_TOKEN", description: "DRVN token, sent as `Authorization: Bearer <token>`" },
  },
  sandboxSecret: "sandbox.drvn.token",
  // DRVN has interviews, not invites.
  finalInviteStates: [],
  secretHeaders: ["authorization"],
} as const satisfies ProviderSettings<Provider.DRVN>;
