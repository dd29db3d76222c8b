import type { FastifyInstance, FastifyPluginAsync, FastifyReply } from "fastify";
import { installControl } from "../../../sandbox/faults";
import type { SimulatorOptions } from "../../../sandbox/types";
import { aiInviteLink, aiReportBody, assessmentInviteLink, assessmentReportBody, invitedItem } from "./render";
import { registerWebhookRoutes } from "./callbacks";
import { seedState, XOBIN_SEED, type RevokeQuirk, type SimCandidate, type XobinSimState } from "./seed";

/**
 * A fake of the Xobin v2 REST API, written from docs/providers/xobin.md. The plugin prefix
 * stands for the API base (`https://app.xobin.com/api/v2`). State lives in memory for the process lifetime.
 * Success answers are HTTP 200: Xobin documents no success codes. Bodies the docs do not show (404s, 400s)
 * are `{"error": "..."}`, the shape of Xobin's documented error bodies, and are marked NOT documented.
 */
export const xobinSimulator: FastifyPluginAsync<SimulatorOptions> = async (app, opts) => {
  let state = seedState();
  const control = installControl(app, () => {
    state = seedState();
  });
  const get = () => state;

  // NOT documented: errors Xobin's docs do not show (malformed JSON, unknown routes) use its `{error}` shape.
  app.setErrorHandler((err: { statusCode?: number; message: string }, _req, reply) =>
    reply.code(err.statusCode && err.statusCode >= 400 ? err.statusCode : 500).send({ error: err.message }),
  );
  app.setNotFoundHandler((_req, reply) => reply.code(404).send({ error: "Not found" }));

  // authentication.html: the key goes in header `apiKey`. The failure body is documented
  // (`{"error": "Invalid API key"}`); its HTTP status is NOT, so 401 is used.
  app.addHook("onRequest", async (req, reply) => {
    if ((req.routeOptions.url ?? "").includes("/__control/")) return;
    if (req.headers.apikey !== opts.secret) return reply.code(401).send({ error: "Invalid API key" });
  });

  registerAiInviteRoutes(app, get);
  registerAiReportRoutes(app, get);
  registerAssessmentRoutes(app, get);
  registerWebhookRoutes(app, get, () => opts.webhookUrl?.());
  opts.onReady?.(control);
};

type Body = Record<string, unknown>;
type GetState = () => XobinSimState;

const isText = (v: unknown): v is string => typeof v === "string" && v.trim() !== "";
const isId = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) > 0;
const XOBIN_MINUTES = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/;
const pathId = (s: string) => (/^\d{1,15}$/.test(s) ? Number(s) : NaN);
const asBody = (b: unknown): Body => (b && typeof b === "object" && !Array.isArray(b) ? (b as Body) : {});

/** Field checks for both invite endpoints. Xobin's validation answers are NOT documented. */
function inviteProblem(b: Body, idField: string, dateFields: string[]): string | undefined {
  if (!isText(b.candidate_name)) return "candidate_name is required";
  if (!isText(b.candidate_email) || !b.candidate_email.includes("@")) return "candidate_email must be an email address";
  if (!isId(b[idField])) return `${idField} must be an integer`;
  if (b.invite_format !== "getlink" && b.invite_format !== "sendlink") return "invite_format must be getlink or sendlink";
  for (const f of dateFields) {
    const v = b[f];
    if (v !== undefined && !(typeof v === "string" && XOBIN_MINUTES.test(v) && !Number.isNaN(Date.parse(`${v.replace(" ", "T")}Z`)))) {
      return `${f} must be in the format YYYY-MM-DD HH:MM (GMT)`;
    }
  }
  return undefined;
}

function revokeProblem(b: Body, idField: string): string | undefined {
  if (!isId(b[idField])) return `${idField} must be an integer`;
  if (b.notify_candidate !== undefined && typeof b.notify_candidate !== "boolean") return "notify_candidate must be a boolean";
  return undefined;
}

const fail = (reply: FastifyReply, code: number, error: string) => reply.code(code).send({ error });

function newCandidate(s: XobinSimState, b: Body): SimCandidate {
  return { id: s.nextCandidateId++, name: String(b.candidate_name), email: String(b.candidate_email) };
}

/** revoke-invite pages: the outcome is the body's `status`. Revoking a completed invite is NOT documented; allowed. */
function revokeOutcome(invite: { status: string; revokeQuirk?: RevokeQuirk; updatedAt?: Date }): Body {
  if (invite.status === "Revoked") return { status: "ALREADY_REVOKED", message: "Invite already revoked" };
  switch (invite.revokeQuirk) {
    case "NOT_ALLOWED":
      return { status: "NOT_ALLOWED", message: "Invite was sent before the latest plan change", timestamp: XOBIN_SEED.notAllowedTimestamp };
    case "FAILED":
      return { status: "FAILED", message: "Error in revoking the invite. Please contact support" };
    case "ERROR_REVOKING":
      return { status: "ERROR_REVOKING", message: "Unable to Revoke invite now, Please try again later." };
    default:
      // INF: reports of a revoked invite say "Revoked" (no page shows it).
      invite.status = "Revoked";
      if (invite.updatedAt) invite.updatedAt = new Date();
      return { status: "REVOKED", message: "Invite Revoked successfully." };
  }
}

function registerAiInviteRoutes(app: FastifyInstance, state: GetState): void {
  app.post("/ai-interviews/invite", async (req, reply) => {
    const b = asBody(req.body);
    const problem = inviteProblem(b, "ai_interview_id", ["start_date", "expiry_date"]);
    if (problem) return fail(reply, 400, problem);
    if (b.custom_field_id !== undefined && typeof b.custom_field_id !== "string") return fail(reply, 400, "custom_field_id must be a string");
    const s = state();
    const interview = s.aiInterviews.get(b.ai_interview_id as number);
    if (!interview) return fail(reply, 404, "AI interview not found"); // NOT documented
    if (interview.invitesExhausted) {
      return reply.code(403).send({ message: "Invites Exhausted. Please contact support.", error: "limit_exceed" });
    }
    const invite = {
      responseId: s.nextResponseId++,
      aiInterviewId: b.ai_interview_id as number,
      candidate: newCandidate(s, b),
      status: "Pending",
      customFieldId: (b.custom_field_id as string | undefined) ?? null,
      updatedAt: new Date(),
    };
    s.aiInvites.set(invite.responseId, invite);
    return {
      email: invite.candidate.email,
      ai_interview_id: invite.aiInterviewId,
      ai_interview_name: interview.name,
      response_id: invite.responseId,
      invite_link: aiInviteLink(invite.responseId),
      name: invite.candidate.name,
      status: "Invite Link created",
      custom_field_id: invite.customFieldId,
    };
  });

  app.patch("/ai-interviews/invite/revoke", async (req, reply) => {
    const b = asBody(req.body);
    const problem = revokeProblem(b, "response_id");
    if (problem) return fail(reply, 400, problem);
    const invite = state().aiInvites.get(b.response_id as number);
    return invite ? revokeOutcome(invite) : fail(reply, 404, "Invite not found"); // 404 NOT documented
  });
}

function registerAiReportRoutes(app: FastifyInstance, state: GetState): void {
  const report = (s: XobinSimState, responseId: number) => {
    const invite = s.aiInvites.get(responseId);
    return invite && aiReportBody(invite, s.aiInterviews.get(invite.aiInterviewId)?.name ?? "");
  };
  // `is_downloadable=true` (recording download URLs) is accepted and ignored: nothing here serves files.
  app.get<{ Params: { responseId: string } }>("/ai-interviews/report/:responseId", async (req, reply) => {
    return report(state(), pathId(req.params.responseId)) ?? fail(reply, 404, "Report not found"); // NOT documented
  });
  app.get<{ Querystring: { custom_field_id?: string } }>("/ai-interviews/report", async (req, reply) => {
    const customFieldId = req.query.custom_field_id;
    if (!customFieldId) return fail(reply, 400, "Either response_id or custom_field_id is required"); // NOT documented
    // Several invites sharing a custom_field_id is NOT documented; the most recent one answers.
    const matches = [...state().aiInvites.values()].filter((i) => i.customFieldId === customFieldId);
    const latest = matches.sort((a, b) => b.responseId - a.responseId)[0];
    return (latest && report(state(), latest.responseId)) ?? fail(reply, 404, "Report not found"); // NOT documented
  });

  app.get<{ Params: { aiInterviewId: string } }>("/ai-interviews/invited/:aiInterviewId", async (req, reply) => {
    const id = pathId(req.params.aiInterviewId);
    const s = state();
    if (!s.aiInterviews.has(id)) return fail(reply, 404, "AI interview not found"); // NOT documented
    return [...s.aiInvites.values()].filter((i) => i.aiInterviewId === id).sort((a, b) => a.responseId - b.responseId).map(invitedItem);
  });
}

function registerAssessmentRoutes(app: FastifyInstance, state: GetState): void {
  app.post("/assessments/invite", async (req, reply) => {
    const b = asBody(req.body);
    const problem = inviteProblem(b, "assessment_id", ["expiry_date"]);
    if (problem) return fail(reply, 400, problem);
    const s = state();
    if (!s.assessments.has(b.assessment_id as number)) return fail(reply, 404, "Assessment not found"); // NOT documented
    const invite = { reportId: s.nextReportId++, assessmentId: b.assessment_id as number, candidate: newCandidate(s, b), status: "Pending" };
    s.assessmentInvites.set(invite.reportId, invite);
    return {
      email: invite.candidate.email,
      report_id: invite.reportId,
      candidate_id: invite.candidate.id,
      assessment_id: invite.assessmentId,
      invite_link: assessmentInviteLink(invite.reportId),
      name: invite.candidate.name,
      // NOT documented for assessments; the AI interview invite's example status is used.
      status: "Invite Link created",
    };
  });

  // POST, unlike the AI interview revoke (PATCH); the retryable failure is ERROR_REVOKING, not FAILED.
  app.post("/assessments/invite/revoke", async (req, reply) => {
    const b = asBody(req.body);
    const problem = revokeProblem(b, "report_id");
    if (problem) return fail(reply, 400, problem);
    const invite = state().assessmentInvites.get(b.report_id as number);
    return invite ? revokeOutcome(invite) : fail(reply, 404, "Invite not found"); // 404 NOT documented
  });

  app.get<{ Params: { reportId: string } }>("/assessments/report/:reportId", async (req, reply) => {
    const invite = state().assessmentInvites.get(pathId(req.params.reportId));
    return invite ? assessmentReportBody(invite) : fail(reply, 404, "Report not found"); // NOT documented
  });
}
