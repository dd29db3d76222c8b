import { InviteStatus, Provider } from "../../domain/enums";
import { InputError } from "../../domain/errors";
import type { GlobalId } from "../../domain/ids";
import type { CreateInviteRequest, ListInvitesArgs } from "../adapter";
import { INVITE_STATUS_TABLE } from "./mapper";
import type { AlfaoneCreateInviteBody, AlfaoneInviteStatus, AlfaoneListInvitesQuery, AlfaoneProctoringSettings } from "./types";

const P = Provider.ALFAONE;

/** Domain → AlfaOne request bodies and queries: list filters, the create-invite body. */

/**
 * The AlfaOne status word for a list filter. Statuses AlfaOne does not have are a caller error.
 * @example toStatusFilter(InviteStatus.COMPLETED) // "completed"
 * @example toStatusFilter(InviteStatus.CANCELLED) // throws InputError(["status"], "… one of PENDING, ACCEPTED, …")
 */
export function toStatusFilter(status: InviteStatus): AlfaoneInviteStatus {
  for (const [word, mapped] of INVITE_STATUS_TABLE) if (mapped === status) return word;
  const allowed = [...INVITE_STATUS_TABLE.values()].join(", ");
  throw new InputError(["status"], `AlfaOne invites have no status ${status}; filter by one of ${allowed}`);
}

/**
 * The native id of an `alfaone:assessment:<uuid>` id; any other id is a caller error on `field`.
 * @example toAssessmentId(parseId("alfaone:assessment:5b0f8d7e-2a41-4c3e-9d6b-1f7a8e2c4b90"), ["assessmentId"]) // "5b0f8d7e-…"
 */
export function toAssessmentId(id: GlobalId, field: string[]): string {
  if (id.provider !== P || id.type !== "assessment") {
    throw new InputError(field, `AlfaOne needs an alfaone:assessment:<uuid> id here, not "${id.id}"`);
  }
  return id.nativeId;
}

/**
 * GET /invites query from the adapter's list arguments; page and limit pass through for AlfaOne to check.
 * @example toListInvitesQuery({ page: 2, limit: 3, status: InviteStatus.PENDING }) // { page: 2, limit: 3, status: "pending" }
 */
export function toListInvitesQuery(args: ListInvitesArgs): AlfaoneListInvitesQuery {
  return {
    page: args.page,
    limit: args.limit,
    assessmentId: args.assessment ? toAssessmentId(args.assessment, ["assessmentId"]) : undefined,
    status: args.status ? toStatusFilter(args.status) : undefined,
  };
}

const DAY_MS = 86_400_000;

/**
 * AlfaOne takes a lifetime in whole days (`expiresInDays` ≥ 1), not a date: rounded up, so the invite never
 * expires before the time asked for.
 * @example toExpiresInDays(new Date("2026-11-27T00:00:00Z"), new Date("2026-11-25T12:00:00Z")) // 2
 */
export function toExpiresInDays(expiresAt: Date, now: Date): number {
  const ms = expiresAt.getTime() - now.getTime();
  if (!Number.isFinite(ms) || ms <= 0) throw new InputError(["expiresAt"], "expiresAt must be in the future");
  return Math.ceil(ms / DAY_MS);
}

/**
 * POST /invites body. AlfaOne has no request field for the candidate's name (the created invite comes back with
 * `recipientName: null`), so the name is not sent; fields it cannot honour at all are caller errors.
 * @example toCreateInviteBody({ assessment, candidate: { name: "Ana Silva", email: "ana.silva@example.com" } }, now)
 *   // { assessmentId: "5b0f8d7e-…", recipientEmail: "ana.silva@example.com" }
 */
export function toCreateInviteBody(req: CreateInviteRequest, now: Date): AlfaoneCreateInviteBody {
  if (req.sendEmail === false) {
    throw new InputError(["sendEmail"], "AlfaOne always emails the invite on creation; omit sendEmail or set it to true");
  }
  if (req.startsAt !== undefined) throw new InputError(["startsAt"], "AlfaOne invites have no start time; omit startsAt");
  // AlfaOne stores no external reference: `externalId` stays in hiregraph's record and is never sent.
  const opts = req.alfaone ?? {};
  return {
    assessmentId: toAssessmentId(req.assessment, ["assessmentId"]),
    recipientEmail: req.candidate.email,
    questionReplayLimit: atLeastOne(opts.questionReplayLimit, "questionReplayLimit"),
    answerRecordLimit: atLeastOne(opts.answerRecordLimit, "answerRecordLimit"),
    expiresInDays: req.expiresAt ? toExpiresInDays(req.expiresAt, now) : undefined,
    proctoringSettings: toProctoring(opts),
  };
}

function atLeastOne(value: number | undefined, name: string): number | undefined {
  if (value === undefined || (Number.isInteger(value) && value >= 1)) return value;
  throw new InputError(["alfaone", name], `${name} must be a whole number of at least 1`);
}

/**
 * The docs give the default only for the whole object ("all true if omitted"), not for missing members, so a
 * partial setting is completed with the documented default `true` rather than sent half-filled.
 */
function toProctoring(opts: NonNullable<CreateInviteRequest["alfaone"]>): AlfaoneProctoringSettings | undefined {
  const { screenRecording, webcamMonitoring, requireIdCapture } = opts;
  if (screenRecording === undefined && webcamMonitoring === undefined && requireIdCapture === undefined) return undefined;
  return {
    screenRecording: screenRecording ?? true,
    webcamMonitoring: webcamMonitoring ?? true,
    requireIdCapture: requireIdCapture ?? true,
  };
}
