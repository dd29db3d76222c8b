import { AssessmentKind, InviteStatus, Provider } from "../../domain/enums";
import { InputError } from "../../domain/errors";
import { identity, type GlobalId } from "../../domain/ids";
import type { Assessment, Grader, ProviderInvite } from "../../domain/entities";
import type { AlfaOneInviteDetails, AlfaOneProctoringSettings } from "../../domain/details";
import type { CreateInviteRequest, ListInvitesArgs, Page, PageArgs } from "../adapter";
import { toCandidate } from "../candidate";
import { parseUtc } from "../dates";
import type {
  AlfaoneAssessmentDto,
  AlfaoneCreateInviteBody,
  AlfaoneGraderDto,
  AlfaoneInviteDto,
  AlfaoneInviteStatus,
  AlfaoneListInvitesQuery,
  AlfaonePagination,
  AlfaoneProctoringSettings,
} from "./types";

const P = Provider.ALFAONE;

/** AlfaOne's documented invite statuses (get-invite page) and what they mean here. */
export const INVITE_STATUS_TABLE: ReadonlyMap<AlfaoneInviteStatus, InviteStatus> = new Map([
  ["pending", InviteStatus.PENDING],
  ["accepted", InviteStatus.ACCEPTED],
  ["started", InviteStatus.STARTED],
  ["completed", InviteStatus.COMPLETED],
  ["expired", InviteStatus.EXPIRED],
  ["revoked", InviteStatus.REVOKED],
]);

/**
 * Maps AlfaOne's status word to the enum, keeping the raw word. A missing status (the list-invites example has
 * none) is UNKNOWN with a null providerStatus; an unrecognised word is UNKNOWN with the word kept.
 * @example toInviteStatus("started") // { status: InviteStatus.STARTED, providerStatus: "started" }
 * @example toInviteStatus("archived") // { status: InviteStatus.UNKNOWN, providerStatus: "archived" }
 * @example toInviteStatus(undefined) // { status: InviteStatus.UNKNOWN, providerStatus: null }
 */
export function toInviteStatus(raw: string | null | undefined): { status: InviteStatus; providerStatus: string | null } {
  if (typeof raw !== "string" || raw === "") return { status: InviteStatus.UNKNOWN, providerStatus: null };
  return { status: INVITE_STATUS_TABLE.get(raw as AlfaoneInviteStatus) ?? InviteStatus.UNKNOWN, providerStatus: raw };
}

/**
 * The invite's `assignedGrader`, or null when there is none (list items and new invites carry none).
 * @example toGrader({ id: "mbr_41c2", firstName: "Priya", lastName: "Raman", email: "priya.raman@example.com" })
 *   // Grader { id: "alfaone:grader:mbr_41c2", name: "Priya Raman", email: "priya.raman@example.com", … }
 */
export function toGrader(dto: AlfaoneGraderDto | null | undefined): Grader | null {
  if (!dto || typeof dto.id !== "string" || dto.id === "") return null;
  const name = [dto.firstName, dto.lastName].filter((part) => typeof part === "string" && part.trim() !== "").join(" ");
  return {
    ...identity(P, "grader", dto.id),
    name: name || null,
    email: dto.email ?? null,
  } satisfies Grader;
}

/**
 * A GET /invites/{id} object, a GET /invites item or a created invite, as a domain Invite. The assessment is
 * built from the invite's own `assessmentId`/`assessmentName`, without another call. AlfaOne documents no
 * candidate link, score, result or report: those stay null. Its other fields go to `details`.
 * @example toInvite({ id: "3c90c3cc-0d44-4b50-8888-8dd25736052a", status: "pending", sentAt: "2023-11-07T05:31:56Z", … })
 *   // Invite { id: "alfaone:invite:3c90c3cc-…", status: PENDING, sentAt: Date(2023-11-07T05:31:56.000Z), … }
 */
export function toInvite(dto: AlfaoneInviteDto): ProviderInvite {
  return {
    ...identity(P, "invite", dto.id),
    ...toInviteStatus(dto.status),
    candidate: toCandidate(P, { name: dto.recipientName, email: dto.recipientEmail }),
    assessment: inviteAssessment(dto),
    grader: toGrader(dto.assignedGrader),
    inviteUrl: null,
    sentAt: parseUtc(dto.sentAt),
    expiresAt: parseUtc(dto.expiresAt),
    startedAt: parseUtc(dto.startedAt),
    completedAt: parseUtc(dto.completedAt),
    revokedAt: parseUtc(dto.revokedAt),
    score: null,
    maxScore: null,
    reportUrl: null,
    externalId: null,
    result: null,
    details: toInviteDetails(dto),
  } satisfies ProviderInvite;
}

/**
 * The get-invite fields with no common Invite field. List items may lack some (the list example has no
 * `proctoringSettings` or `customMessage`); those are null, not defaulted.
 * @example toInviteDetails({ questionReplayLimit: 2, answerRecordLimit: 3, customMessage: null, acceptedAt: "2026-11-11T10:15:00Z", proctoringSettings: { screenRecording: true, webcamMonitoring: true, requireIdCapture: false }, … })
 *   // AlfaOneInviteDetails { questionReplayLimit: 2, answerRecordLimit: 3, customMessage: null, acceptedAt: Date(2026-11-11T10:15:00.000Z), proctoringSettings: { … } }
 */
export function toInviteDetails(dto: AlfaoneInviteDto): AlfaOneInviteDetails {
  return {
    __typename: "AlfaOneInviteDetails",
    questionReplayLimit: Number.isInteger(dto.questionReplayLimit) ? dto.questionReplayLimit : null,
    answerRecordLimit: Number.isInteger(dto.answerRecordLimit) ? dto.answerRecordLimit : null,
    proctoringSettings: toProctoringDetails(dto.proctoringSettings),
    customMessage: dto.customMessage ?? null,
    acceptedAt: parseUtc(dto.acceptedAt),
  } satisfies AlfaOneInviteDetails;
}

function toProctoringDetails(dto: AlfaoneProctoringSettings | null | undefined): AlfaOneProctoringSettings | null {
  if (!dto || typeof dto !== "object") return null;
  const { screenRecording, webcamMonitoring, requireIdCapture } = dto;
  if (typeof screenRecording !== "boolean" || typeof webcamMonitoring !== "boolean" || typeof requireIdCapture !== "boolean") return null;
  return { screenRecording, webcamMonitoring, requireIdCapture } satisfies AlfaOneProctoringSettings;
}

function inviteAssessment(dto: AlfaoneInviteDto): Assessment | null {
  if (typeof dto.assessmentId !== "string" || dto.assessmentId === "") return null;
  return {
    ...identity(P, "assessment", dto.assessmentId),
    name: dto.assessmentName ?? null,
    kind: AssessmentKind.VIDEO_ASSESSMENT,
  } satisfies Assessment;
}

/**
 * A GET /assessments item or GET /assessments/{id} object, as a domain Assessment (always a video assessment).
 * @example toAssessment({ id: "5b0f8d7e-…", name: "Sales Pitch Recording", languages: ["en"], questionCount: 4, createdAt: "2026-03-02T09:00:00.000Z" })
 *   // Assessment { id: "alfaone:assessment:5b0f8d7e-…", kind: VIDEO_ASSESSMENT, questionCount: 4, createdAt: Date(…) }
 */
export function toAssessment(dto: AlfaoneAssessmentDto): Assessment {
  return {
    ...identity(P, "assessment", dto.id),
    name: dto.name ?? null,
    kind: AssessmentKind.VIDEO_ASSESSMENT,
    questionCount: Number.isInteger(dto.questionCount) ? dto.questionCount : null,
    languages: Array.isArray(dto.languages) ? dto.languages.filter((l): l is string => typeof l === "string") : null,
    createdAt: parseUtc(dto.createdAt),
  } satisfies Assessment;
}

/**
 * Wraps mapped items with AlfaOne's `pagination`. Without one (the older docs say lists return everything,
 * unpaged) the items are the only page.
 * @example toPage(["a", "b", "c"], { page: 1, limit: 3, total: 9, totalPages: 3 }, { page: 1, limit: 3 })
 *   // { items: ["a", "b", "c"], page: 1, limit: 3, total: 9, hasNextPage: true }
 */
export function toPage<T>(items: T[], pagination: AlfaonePagination | undefined, args: PageArgs): Page<T> {
  if (!pagination) return { items, page: 1, limit: items.length, total: items.length, hasNextPage: false };
  const page = pagination.page ?? args.page;
  return {
    items,
    page,
    limit: pagination.limit ?? args.limit,
    total: pagination.total,
    hasNextPage: typeof pagination.totalPages === "number" && page < pagination.totalPages,
  };
}

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
