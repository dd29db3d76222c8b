import type { FastifyInstance } from "fastify";
import { deliver } from "../../../sandbox/deliver";
import { aiReportBody } from "./render";
import type { XobinSimState } from "./seed";

/**
 * The sandbox's `POST /__control/advance` ({ responseId } for an AI interview invite, { reportId } for an
 * assessment invite): moves the invite one step the way a candidate would (Pending → Started → Completed) and sends
 * the workflow webhook Xobin documents for that step to the configured webhook URL: "AI Interview Start",
 * "AI Interview Submission" (the report's fields) and "Assessment Start". The assessment submission payload is not
 * documented, so finishing an assessment sends nothing (a read or the poller sees it).
 */
export function registerWebhookRoutes(app: FastifyInstance, state: () => XobinSimState, webhookUrl: () => string | undefined): void {
  const send = (body: Record<string, unknown>) => {
    const url = webhookUrl();
    if (url) deliver(url, body);
    return Boolean(url);
  };

  app.post("/__control/advance", async (req, reply) => {
    const body = (req.body ?? {}) as { responseId?: unknown; reportId?: unknown };
    const s = state();
    if (body.responseId !== undefined) {
      const invite = s.aiInvites.get(Number(body.responseId));
      if (!invite) return reply.code(404).send({ error: "no such AI interview invite" });
      if (invite.status === "Pending") {
        invite.status = "Started";
        const start = { ai_interview_id: invite.aiInterviewId, ai_interview_name: s.aiInterviews.get(invite.aiInterviewId)?.name ?? null, candidate_email: invite.candidate.email, candidate_id: invite.candidate.id, candidate_name: invite.candidate.name, invite_status: "Started", response_id: invite.responseId };
        return { responseId: invite.responseId, status: invite.status, webhookSent: send(start) };
      }
      if (invite.status === "Started") {
        invite.status = "Completed";
        invite.result = { score: 74, integrityScore: 8.7, recommendation: "Recommended", summary: "Sandbox interview completed.", completedAt: new Date(Math.floor(Date.now() / 1000) * 1000) };
        return { responseId: invite.responseId, status: invite.status, webhookSent: send(aiReportBody(invite, s.aiInterviews.get(invite.aiInterviewId)?.name ?? "")) };
      }
      return reply.code(409).send({ error: `the invite is ${invite.status}; it advances Pending → Started → Completed` });
    }
    const invite = s.assessmentInvites.get(Number(body.reportId));
    if (!invite) return reply.code(404).send({ error: "give responseId (AI interview invite) or reportId (assessment invite) of an existing invite" });
    if (invite.status === "Pending") {
      invite.status = "Started";
      return { reportId: invite.reportId, status: invite.status, webhookSent: send({ id: invite.reportId, assessment_id: invite.assessmentId, started_at: Date.now(), name: invite.candidate.name, email: invite.candidate.email }) };
    }
    if (invite.status === "Started") {
      invite.status = "Completed";
      invite.result = { percentage: 71.5, cutOff: 60, completedAt: new Date() };
      return { reportId: invite.reportId, status: invite.status, webhookSent: false };
    }
    return reply.code(409).send({ error: `the invite is ${invite.status}; it advances Pending → Started → Completed` });
  });
}
