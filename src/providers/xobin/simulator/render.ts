import { createHash } from "node:crypto";
import type { SimAiInvite, SimAssessmentInvite } from "./seed";

/** Response bodies of the Xobin simulator, shaped after the docs' field lists and examples. */

const HOST = "https://your-subdomain.xobin.com";
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** 64 upper-case hex characters, stable per seed, like the doc example's `inviteToken`. */
const token = (seed: string) => createHash("sha256").update(seed).digest("hex").toUpperCase();

/** The doc example's link form: `/app/copilot/interview/cl/<code>?inviteToken=<64 hex>`. */
export function aiInviteLink(responseId: number): string {
  const t = token(`ai-invite:${responseId}`);
  return `${HOST}/app/copilot/interview/cl/${t.slice(0, 10)}?inviteToken=${t}`;
}

/** The assessment invite link's form is NOT documented; this one only needs to look plausible. */
export function assessmentInviteLink(reportId: number): string {
  return `${HOST}/app/assessment/invite/${token(`assessment-invite:${reportId}`)}`;
}

/** The AI submission webhook's form, `Jul 05, 2025, 4:42:45 AM` (GMT); the report's own form is NOT documented. */
function webhookDate(d: Date): string {
  const h = d.getUTCHours() % 12 || 12;
  const mm = String(d.getUTCMinutes()).padStart(2, "0");
  const ss = String(d.getUTCSeconds()).padStart(2, "0");
  const day = String(d.getUTCDate()).padStart(2, "0");
  return `${MONTHS[d.getUTCMonth()]} ${day}, ${d.getUTCFullYear()}, ${h}:${mm}:${ss} ${d.getUTCHours() < 12 ? "AM" : "PM"}`;
}

/**
 * GET /ai-interviews/report/… body. The docs show the report only for completed interviews; for the
 * others (NOT documented) the same fields are sent with nulls, and `invite_status` says where it stands.
 */
export function aiReportBody(invite: SimAiInvite, interviewName: string): Record<string, unknown> {
  const r = invite.result;
  const reportPath = `${HOST}/app/copilot/report/${invite.responseId}`;
  return {
    ai_interview_id: invite.aiInterviewId,
    ai_interview_name: interviewName,
    candidate_email: invite.candidate.email,
    candidate_id: invite.candidate.id,
    candidate_name: invite.candidate.name,
    candidate_summary: r?.summary ?? null,
    completed_date: r ? webhookDate(r.completedAt) : null,
    integrity_score: r?.integrityScore ?? null,
    invite_status: invite.status,
    pdf_link: r ? `${reportPath}.pdf` : null,
    recommendation: r?.recommendation ?? null,
    response_id: invite.responseId,
    custom_field_id: invite.customFieldId,
    score: r?.score ?? null,
    report_link: r ? reportPath : null,
    interview_recording: r ? { session1: `${reportPath}/recording/1`, session2: `${reportPath}/recording/2` } : null,
    skill_wise_scores: r
      ? {
          must_haves: [
            { score: 8, skill_name: "Data modelling" },
            { score: 9, skill_name: "Stream processing" },
          ],
          nice_to_haves: [{ score: 7, skill_name: "Terraform" }],
        }
      : null,
    conversation: r
      ? [
          { content: "Tell me about a pipeline you designed.", mode: "voice", role: "assistant", timestamp: r.completedAt.getTime() - 900_000 },
          { content: "I built a Kafka to warehouse pipeline for clickstream data.", mode: "voice", role: "user", timestamp: r.completedAt.getTime() - 880_000 },
        ]
      : null,
  };
}

/** One GET /ai-interviews/invited/<id> item; `last_updated_at` is an HTTP-date as documented. */
export function invitedItem(invite: SimAiInvite): Record<string, unknown> {
  return {
    ai_interview_id: invite.aiInterviewId,
    candidate_id: invite.candidate.id,
    invite_status: invite.status,
    last_updated_at: invite.updatedAt.toUTCString(),
    response_id: invite.responseId,
  };
}

/**
 * GET /assessments/report/<id> body: the documented not-completed shape, or the completed one. The
 * completed shape's `completed_date` format is NOT documented; Xobin's `YYYY-MM-DD HH:MM:SS` (GMT) is used.
 */
export function assessmentReportBody(invite: SimAssessmentInvite): Record<string, unknown> {
  const basic = {
    assessment_id: invite.assessmentId,
    candidate_id: invite.candidate.id,
    email: invite.candidate.email,
    invite_status: invite.status,
    name: invite.candidate.name,
    report_id: invite.reportId,
  };
  const r = invite.result;
  if (!r) return basic;
  return {
    ...basic,
    completed_date: r.completedAt.toISOString().slice(0, 19).replace("T", " "),
    cut_off: r.cutOff,
    offtab_count: 1,
    overall_percentage: r.percentage,
    registration_fields: [{ label: "Years of experience", value: "4" }],
    report_link: `https://yourdomain.xobin.com/app/reports/${invite.reportId}?signature=${token(`report:${invite.reportId}`).slice(0, 32)}`,
    sections: [
      { percentage: 80, section: "Python", skill_wise_score: [{ skill: "Data structures", percentage: 80 }] },
      { percentage: 73, section: "SQL", skill_wise_score: [{ skill: "Joins", percentage: 73 }] },
    ],
  };
}
