import { randomUUID } from "node:crypto";
import type { FastifyInstance, FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { installControl } from "../../../sandbox/faults";
import type { SimulatorOptions } from "../../../sandbox/types";
import { seedAssessments, seedInvites, type SimAssessment, type SimInvite } from "./seed";
import { SimHttpError, UUID, parseCreateInvite, parseInviteQuery, parsePaging } from "./rules";

/**
 * A stand-in for AlfaOne's v4 REST API (https://v4-docs.alfaone.app/api-reference), built from its docs only.
 * The plugin prefix stands for the base URL (`https://alfaone.app/api/v1`). Routes: GET/POST /invites,
 * GET /invites/{inviteId}, GET /assessments, GET /assessments/{assessmentId}. There is no revoke or cancel
 * route because AlfaOne documents none. State lives in memory for the process lifetime; `/__control/reset`
 * restores the seed (see ALFAONE_SEED).
 */
export const alfaoneSimulator: FastifyPluginAsync<SimulatorOptions> = async (app, opts) => {
  const state: State = { assessments: new Map(), invites: new Map() };
  const reset = () => {
    state.assessments = new Map(seedAssessments().map((a) => [a.id, a]));
    state.invites = new Map(seedInvites().map((i) => [i.id, i]));
  };
  reset();
  const control = installControl(app, reset);

  // DOC generic failure shape `{"error": "<message>"}`; it also covers fastify's own 400s (e.g. unparseable JSON).
  app.setErrorHandler((err: { statusCode?: number; message: string }, _req, reply) => {
    const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500;
    return reply.code(status).send({ error: status === 500 ? "Internal server error" : err.message });
  });

  // Sandbox only: moves an invite one step the way a candidate would. AlfaOne documents no webhooks, so nothing is
  // sent; hiregraph's poller (or a read) sees the change.
  app.post("/__control/advance", async (req, reply) => {
    const invite = state.invites.get(String((req.body as { inviteId?: unknown } | null)?.inviteId ?? "").toLowerCase());
    if (!invite) return reply.code(404).send({ error: "Invite not found" });
    const next = ({ pending: "accepted", accepted: "started", started: "completed" } as const)[invite.status as "pending" | "accepted" | "started"];
    if (!next) return reply.code(409).send({ error: `the invite is ${invite.status}; it advances pending → accepted → started → completed` });
    invite.status = next;
    invite[`${next}At` as "acceptedAt" | "startedAt" | "completedAt"] = new Date().toISOString();
    return { inviteId: invite.id, status: invite.status };
  });

  // The API routes sit in a child scope so the key check does not guard the /__control routes.
  await app.register(async (api) => {
    api.addHook("onRequest", requireApiKey(opts.secret));
    inviteRoutes(api, state);
    assessmentRoutes(api, state);
  });
  opts.onReady?.(control);
};

interface State {
  assessments: Map<string, SimAssessment>;
  invites: Map<string, SimInvite>;
}

/** DOC 401 bodies for a missing and a wrong key. ("has expired" and "has been revoked" are not simulated.) */
function requireApiKey(secret: string) {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    const key = req.headers["x-api-key"];
    if (key === undefined || key === "") return reply.code(401).send({ error: "API key is required" });
    if (key !== secret) return reply.code(401).send({ error: "Invalid API key" });
  };
}

/** The fields the list-invites example shows, plus `status` (INF: the example looks abridged, and a list without it would be of little use). */
const LIST_FIELDS = [
  "id", "assessmentId", "assessmentName", "recipientEmail", "recipientName", "status", "questionReplayLimit",
  "answerRecordLimit", "sentAt", "expiresAt", "acceptedAt", "startedAt", "completedAt",
] as const;

const DAY_MS = 86_400_000;

function inviteRoutes(api: FastifyInstance, state: State): void {
  api.get("/invites/:inviteId", async (req) => {
    // NOT documented: the 400 for a non-UUID id and the 404 wording (only the `{"error"}` shape is DOC).
    const { inviteId } = req.params as { inviteId: string };
    if (!UUID.test(inviteId)) throw new SimHttpError(400, "inviteId must be a valid UUID");
    const invite = state.invites.get(inviteId.toLowerCase());
    if (!invite) throw new SimHttpError(404, "Invite not found");
    return invite;
  });

  api.get("/invites", async (req) => {
    const q = parseInviteQuery(req.query as Record<string, unknown>);
    const matches = [...state.invites.values()].filter(
      (i) => (!q.assessmentId || i.assessmentId === q.assessmentId.toLowerCase()) && (!q.status || i.status === q.status),
    );
    const sortKey = { sent_at: (i: SimInvite) => Date.parse(i.sentAt), expires_at: (i: SimInvite) => Date.parse(i.expiresAt), status: (i: SimInvite) => i.status }[q.sort];
    const sign = q.order === "asc" ? 1 : -1;
    matches.sort((a, b) => sign * compare(sortKey(a), sortKey(b)) || compare(a.id, b.id));
    const { items, pagination } = paginate(matches, q.page, q.limit);
    return { invites: items.map((i) => pick(i, LIST_FIELDS)), pagination };
  });

  api.post("/invites", async (req, reply) => {
    const input = parseCreateInvite(req.body);
    const assessment = state.assessments.get(input.assessmentId.toLowerCase());
    if (!assessment) throw new SimHttpError(404, "Assessment not found"); // wording NOT documented
    const sentAt = new Date();
    // As the quickstart example shows: pending, no recipient name, expiresAt = sentAt + expiresInDays.
    const invite: SimInvite = {
      id: randomUUID(),
      assessmentId: assessment.id,
      assessmentName: assessment.name,
      recipientEmail: input.recipientEmail,
      recipientName: null,
      status: "pending",
      questionReplayLimit: input.questionReplayLimit,
      answerRecordLimit: input.answerRecordLimit,
      sentAt: sentAt.toISOString(),
      expiresAt: new Date(sentAt.getTime() + input.expiresInDays * DAY_MS).toISOString(),
      acceptedAt: null,
      startedAt: null,
      completedAt: null,
      assignedGrader: null, // INF: no grader can be given on creation, so a new invite has none.
      proctoringSettings: input.proctoringSettings,
      customMessage: null,
      revokedAt: null,
    };
    state.invites.set(invite.id, invite);
    // INF: 201, from the intro's status list; the create page's code was not captured.
    return reply.code(201).send({ invite });
  });
}

function assessmentRoutes(api: FastifyInstance, state: State): void {
  const inviteCount = (id: string) => [...state.invites.values()].filter((i) => i.assessmentId === id).length;

  api.get("/assessments/:assessmentId", async (req) => {
    const { assessmentId } = req.params as { assessmentId: string };
    if (!UUID.test(assessmentId)) throw new SimHttpError(400, "assessmentId must be a valid UUID");
    const a = state.assessments.get(assessmentId.toLowerCase());
    if (!a) throw new SimHttpError(404, "Assessment not found");
    // NOT documented whether this object is wrapped; answered bare, like GET /invites/{inviteId}.
    return { ...a, inviteCount: inviteCount(a.id) };
  });

  api.get("/assessments", async (req) => {
    const { page, limit } = parsePaging(req.query as Record<string, unknown>);
    // The `sort` values for assessments are NOT documented; newest first, after the documented default order `desc`.
    const all = [...state.assessments.values()].sort((a, b) => compare(Date.parse(b.createdAt), Date.parse(a.createdAt)));
    const { items, pagination } = paginate(all, page, limit);
    // List items carry no `totalPoints`: the docs add it on GET /assessments/{id} only.
    return { assessments: items.map(({ totalPoints: _omit, ...rest }) => ({ ...rest, inviteCount: inviteCount(rest.id) })), pagination };
  });
}

function paginate<T>(all: T[], page: number, limit: number) {
  const items = all.slice((page - 1) * limit, page * limit);
  return { items, pagination: { page, limit, total: all.length, totalPages: Math.ceil(all.length / limit) } };
}

function compare(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function pick<T extends object, K extends keyof T>(obj: T, keys: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const k of keys) out[k] = obj[k];
  return out;
}
