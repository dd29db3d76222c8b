import { InviteStatus, Provider } from "../../domain/enums";
import { identity } from "../../domain/ids";
import type { CallbackParse } from "../../callbacks/types";
import type { ProviderInvite } from "../../domain/entities";
import { parseUtc } from "../dates";
import { inviteResult } from "../result";
import { toInviteStatus } from "./mapper";

/**
 * iMocha's callback, as documented: flat PascalCase JSON sent at "In Progress" and again at "Complete" /
 * "Terminated" / "Test Left". Only `TestInvitationId` and `Status` are required here.
 */
export interface ImochaCallbackDto {
  TestInvitationId: number | string;
  Status: string;
  CandidateEmailId?: string | null;
  /** Local time of the invite's zone, e.g. `09-Oct-2020 06:51 PM`: not used (the zone is not in the payload). */
  AttemptedOn?: string | null;
  /** UTC without a zone designator, e.g. `2020-10-09T13:21:53`. */
  AttemptedOnUtc?: string | null;
  TotalScore?: number | null;
  CandidateScore?: number | null;
  ReportPDFUrl?: string | null;
  PerformanceCategory?: string | null;
}

const ENDED = new Set([InviteStatus.COMPLETED, InviteStatus.ABANDONED, InviteStatus.TERMINATED]);
const num = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : null);

/**
 * One iMocha callback as a change. INF: `AttemptedOnUtc` is when the attempt began, so it is the change's time
 * only for "In Progress"; for the end of an attempt iMocha gives no time, so it is when hiregraph received it.
 * `CandidateScore`/`TotalScore` are read as points out of a total, like the report's points.
 */
export function parseImochaCallback(body: unknown): CallbackParse {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return { kind: "invalid", reason: "the body is not a JSON object" };
  const dto = body as Partial<ImochaCallbackDto>;
  const id = dto.TestInvitationId;
  if (!((typeof id === "number" && Number.isSafeInteger(id) && id > 0) || (typeof id === "string" && /^[1-9]\d{0,18}$/.test(id)))) {
    return { kind: "invalid", reason: "TestInvitationId must be a positive integer" };
  }
  if (typeof dto.Status !== "string" || !dto.Status.trim()) return { kind: "invalid", reason: "Status must be a non-empty string" };
  const status = toInviteStatus(dto.Status);
  const attemptedOn = typeof dto.AttemptedOnUtc === "string" ? parseUtc(dto.AttemptedOnUtc) : null;
  const invite = {
    ...identity(Provider.IMOCHA, "invite", id),
    status,
    providerStatus: dto.Status,
    candidate: { provider: Provider.IMOCHA, email: typeof dto.CandidateEmailId === "string" ? dto.CandidateEmailId : null },
    startedAt: attemptedOn,
    completedAt: ENDED.has(status) ? new Date() : null,
    score: num(dto.CandidateScore),
    maxScore: num(dto.TotalScore),
    reportUrl: typeof dto.ReportPDFUrl === "string" ? dto.ReportPDFUrl : null,
    // Null at "In Progress" (nothing scored yet), so the recorded result stays as it was.
    result: inviteResult({ score: dto.CandidateScore, maxScore: dto.TotalScore, reportUrl: dto.ReportPDFUrl }),
  } satisfies ProviderInvite;
  const occurredAt = status === InviteStatus.STARTED && attemptedOn ? attemptedOn : undefined;
  const key = `imocha:${invite.providerId}:${dto.Status.toLowerCase().replace(/[\s_-]+/g, "")}:${dto.AttemptedOnUtc ?? ""}`;
  return { kind: "change", change: { invite, occurredAt, deliveryKey: key } };
}
