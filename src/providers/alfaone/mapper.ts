import { AssessmentKind, InviteStatus, Provider } from "../../domain/enums";
import { identity } from "../../domain/ids";
import type { Assessment, Grader, ProviderInvite } from "../../domain/entities";
import type { AlfaOneInviteDetails, AlfaOneProctoringSettings } from "../../domain/details";
import type { Page, PageArgs } from "../adapter";
import { toCandidate } from "../candidate";
import { parseUtc } from "../dates";
import type {
  AlfaoneAssessmentDto,
  AlfaoneGraderDto,
  AlfaoneInviteDto,
  AlfaoneInviteStatus,
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
