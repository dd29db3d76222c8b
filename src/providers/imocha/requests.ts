import { InputError } from "../../domain/errors";
import type { CreateInviteRequest } from "../adapter";
import { toIsoSeconds } from "../dates";
import type { ImochaInviteRequestDto } from "./types";

/** Domain → iMocha request bodies: the invite body. */

/** iMocha's documented proctoring modes. */
export const PROCTORING_MODES = ["disabled", "image", "video"] as const;
const isProctoringMode = (v: string): v is (typeof PROCTORING_MODES)[number] => (PROCTORING_MODES as readonly string[]).includes(v);

/**
 * The invite body from a validated request. iMocha stores no caller reference, so `externalId` is never sent:
 * hiregraph keeps it in its own record (see inviteCandidate). `sendEmail` defaults to "no", iMocha's documented default; dates are sent as
 * UTC `YYYY-MM-ddTHH:mm:ssZ`.
 * @example toImochaInviteBody({ assessment, candidate: { name: "Ada", email: "ada@example.com" }, sendEmail: true })
 *   → { email: "ada@example.com", name: "Ada", sendEmail: "yes" }
 */
export function toImochaInviteBody(req: CreateInviteRequest): ImochaInviteRequestDto {
  // DOC: `name` is required by the invite endpoint; refused here rather than sent and answered with a 400.
  const name = req.candidate.name?.trim();
  if (!name) throw new InputError(["candidate", "name"], "iMocha requires the candidate's name");
  // GraphQL inputs may carry explicit nulls; they mean "not given", like absent fields.
  const opts = req.imocha ?? {};
  if (opts.proctoringMode != null && !isProctoringMode(opts.proctoringMode)) {
    throw new InputError(["imocha", "proctoringMode"], `iMocha proctoring mode must be one of ${PROCTORING_MODES.join(", ")}`);
  }
  const body: ImochaInviteRequestDto = { email: req.candidate.email, name, sendEmail: req.sendEmail ? "yes" : "no" };
  if (req.startsAt) body.startDateTime = toIsoSeconds(req.startsAt);
  if (req.expiresAt) body.endDateTime = toIsoSeconds(req.expiresAt);
  if (opts.callbackUrl != null) body.callbackUrl = opts.callbackUrl;
  if (opts.redirectUrl != null) body.redirectUrl = opts.redirectUrl;
  if (opts.timeZoneId != null) body.timeZoneId = opts.timeZoneId;
  if (opts.hideInstruction != null) body.hideInstruction = opts.hideInstruction ? 1 : 0;
  if (opts.proctoringMode != null) body.ProctoringMode = opts.proctoringMode;
  return body;
}
