import { AssessmentKind, Provider } from "../../domain/enums";
import { identity } from "../../domain/ids";
import type { CallbackParse } from "../../callbacks/types";
import type { Assessment, ProviderInvite } from "../../domain/entities";
import { parseXobinDate } from "./dates";
import { toAiInvite, toInviteStatus } from "./mapper";
import type { XobinAiReport } from "./types";

const isId = (v: unknown): v is number | string => (typeof v === "number" && Number.isSafeInteger(v) && v > 0) || (typeof v === "string" && /^[1-9]\d{0,18}$/.test(v));
const str = (v: unknown) => (typeof v === "string" ? v : null);

/**
 * Xobin's workflow webhooks, as documented: "Assessment Start" (`{id, assessment_id, started_at, name, email}`,
 * `started_at` in epoch ms), "AI Interview Start" (`{…, invite_status: "Started", response_id}`) and "AI Interview
 * Submission" (report-like, `invite_status: "Completed"`). INF: the assessment start's `id` is the assessment
 * invite's report id (the documented example matches one). The assessment submission payload was not captured, and
 * `assessments.create`/`assessments.updates` are about assessments, not invites: both are acknowledged and ignored.
 * Xobin documents no signature, so the callback token is the only check.
 */
export function parseXobinWebhook(body: unknown): CallbackParse {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return { kind: "invalid", reason: "the body is not a JSON object" };
  const b = body as Record<string, unknown>;
  if (typeof b.event === "string" && b.event.startsWith("assessments.")) return { kind: "ignored", reason: `${b.event.slice(0, 40)} is not about an invite` };
  if (b.response_id !== undefined) return aiInterview(b);
  if (b.assessment_id !== undefined && b.id !== undefined) return assessmentStart(b);
  return { kind: "ignored", reason: "not one of the documented invite webhooks (assessment start, AI interview start or submission)" };
}

function aiInterview(b: Record<string, unknown>): CallbackParse {
  if (!isId(b.response_id)) return { kind: "invalid", reason: "response_id must be a positive integer" };
  if (!isId(b.ai_interview_id)) return { kind: "invalid", reason: "ai_interview_id must be a positive integer" };
  if (typeof b.invite_status !== "string" || !b.invite_status) return { kind: "invalid", reason: "invite_status must be a non-empty string" };
  const invite = toAiInvite(b as unknown as XobinAiReport);
  // A start webhook carries no score or report fields: they stay as recorded rather than becoming null.
  for (const key of ["score", "maxScore", "reportUrl", "completedAt", "externalId"] as const) if (invite[key] === null) delete invite[key];
  const completed = parseXobinDate(b.completed_date);
  const key = `xobin:ai:${invite.providerId}:${b.invite_status.toLowerCase()}:${str(b.completed_date) ?? ""}`;
  return { kind: "change", change: { invite, occurredAt: completed ?? undefined, deliveryKey: key } };
}

function assessmentStart(b: Record<string, unknown>): CallbackParse {
  if (!isId(b.id)) return { kind: "invalid", reason: "id must be a positive integer" };
  if (!isId(b.assessment_id)) return { kind: "invalid", reason: "assessment_id must be a positive integer" };
  if (typeof b.started_at !== "number" || !Number.isFinite(b.started_at)) return { kind: "invalid", reason: "started_at must be epoch milliseconds" };
  const startedAt = new Date(b.started_at);
  const invite = {
    ...identity(Provider.XOBIN, "assessment-invite", b.id),
    // The payload has no status word; it is the "Assessment Start" event, i.e. Xobin's "Started".
    ...toInviteStatus("Started"),
    candidate: { provider: Provider.XOBIN, name: str(b.name), email: str(b.email) },
    assessment: ({ ...identity(Provider.XOBIN, "assessment", b.assessment_id), kind: AssessmentKind.SKILLS_TEST, name: null } satisfies Assessment),
    startedAt,
  } satisfies ProviderInvite;
  return { kind: "change", change: { invite, occurredAt: startedAt, deliveryKey: `xobin:assessment:${invite.providerId}:started:${b.started_at}` } };
}
