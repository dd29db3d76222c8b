import type { FastifyInstance, FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { installControl } from "../../../sandbox/faults";
import type { SimulatorOptions } from "../../../sandbox/types";
import { renderInterview, seedState, type InterviewRow, type SimState } from "./seed";
import {
  assignAttributes,
  castTime,
  EMPTY_DRAFT,
  PARAM_MISSING,
  requireInterview,
  validateAmend,
  validateInterview,
  type ValidationErrors,
} from "./rules";

export { DRVN_SEED } from "./seed";

/**
 * A fake of the DRVN scheduling API (docs/providers/drvn.md), mounted at the plugin prefix, which stands for the
 * origin before `/api/v1`. It serves the two endpoints hiregraph calls (create, update) and the documented
 * accept/reject/amend endpoints, so an interview can move through every documented status.
 *
 * Test hook: `GET /__control/last-request` returns the last authenticated API request
 * (`{method, url, headers: {accept, content-type}, body}`), so tests can check exactly what was sent.
 */

/** devise's answer to a missing or bad token. NOT documented by DRVN (every DOC example is a 200). */
const UNAUTHORIZED = { error: "You need to sign in or sign up before continuing." };
/** Rails' answer to an unknown record. NOT documented. */
const NOT_FOUND = { error: "Not Found" };

interface RecordedRequest {
  method: string;
  url: string;
  headers: { accept?: string; "content-type"?: string };
  body: unknown;
}

type IdRequest = FastifyRequest<{ Params: { id: string } }>;

export const drvnSimulator: FastifyPluginAsync<SimulatorOptions> = async (app, opts) => {
  let state: SimState = seedState();
  const recorder = { last: null as RecordedRequest | null };
  const control = installControl(app, () => {
    state = seedState();
    recorder.last = null;
  });
  guardAndRecord(app, opts.secret, recorder);
  registerEmployerRoutes(app, () => state);
  registerIntervieweeRoutes(app, () => state);
  opts.onReady?.(control);
};

const isControl = (req: FastifyRequest) => (req.routeOptions.url ?? req.url).includes("/__control/");

/** Bearer auth on every API route, and the `last-request` test hook. Control routes need no token. */
function guardAndRecord(app: FastifyInstance, secret: string, recorder: { last: RecordedRequest | null }): void {
  // DOC: `Authorization: Bearer <JWT>`. The sandbox has one token, which acts as every role (employer,
  // interviewer, driver); the real API decides by the token's `sub`, which is NOT modelled here.
  app.addHook("onRequest", async (req, reply) => {
    if (isControl(req) || req.headers.authorization === `Bearer ${secret}`) return;
    return reply.code(401).send(UNAUTHORIZED);
  });
  app.addHook("preHandler", async (req) => {
    if (isControl(req)) return;
    const { accept, "content-type": contentType } = req.headers;
    recorder.last = { method: req.method, url: req.url.slice(app.prefix.length), headers: { accept, "content-type": contentType }, body: req.body ?? null };
  });
  app.get("/__control/last-request", async () => ({ request: recorder.last }));
}

const unprocessable = (reply: FastifyReply, errors: ValidationErrors) => reply.code(422).send({ errors });
const hasErrors = (errors: ValidationErrors) => Object.keys(errors).length > 0;
const find = (state: SimState, req: IdRequest): InterviewRow | undefined =>
  /^[0-9]{1,15}$/.test(req.params.id) ? state.interviews.get(Number(req.params.id)) : undefined;

function setIntervieweeKind(state: SimState, row: InterviewRow, kind: string): void {
  const interviewee = state.interviewees.get(row.interviewee_id ?? 0);
  if (interviewee) Object.assign(interviewee, { kind, updated_at: new Date().toISOString() });
}

/** The employer's endpoints: create and update (the two hiregraph calls) and the interviewer's accept. */
function registerEmployerRoutes(app: FastifyInstance, state: () => SimState): void {
  // DOC: create answers 200 (not 201); the new interview is `pending` (INF) and the interviewee's kind
  // becomes `interview`. Ids count up from DRVN_SEED.firstCreatedInterview.
  app.post("/api/v1/interviews", async (req, reply) => {
    const params = requireInterview(req.body);
    if (!params) return reply.code(400).send(PARAM_MISSING);
    const draft = assignAttributes(EMPTY_DRAFT, params);
    const errors = validateInterview(state(), draft);
    if (hasErrors(errors)) return unprocessable(reply, errors);
    const row: InterviewRow = { ...draft, id: state().nextId++, status: "pending", amend_start_at: null, amend_end_at: null, amended_by: null };
    state().interviews.set(row.id, row);
    setIntervieweeKind(state(), row, "interview");
    return renderInterview(state(), row);
  });

  // DOC: every field optional; `status` is left as it is (the doc's example stays `pending`).
  app.patch("/api/v1/interviews/:id", async (req: IdRequest, reply) => {
    const row = find(state(), req);
    if (!row) return reply.code(404).send(NOT_FOUND);
    const params = requireInterview(req.body);
    if (!params) return reply.code(400).send(PARAM_MISSING);
    const draft = assignAttributes(row, params);
    const errors = validateInterview(state(), draft);
    if (hasErrors(errors)) return unprocessable(reply, errors);
    Object.assign(row, draft);
    return renderInterview(state(), row);
  });

  app.post("/api/v1/interviews/:id/accept", acceptHandler(state));
}

/**
 * DOC: the interviewer (POST /api/v1/interviews/:id/accept) or the driver (POST /api/v1/users/interviews/:id/accept)
 * accepts, giving `scheduled`. Which earlier statuses allow it is NOT documented, so any interview can be accepted.
 */
function acceptHandler(state: () => SimState) {
  return async (req: IdRequest, reply: FastifyReply) => {
    const row = find(state(), req);
    if (!row) return reply.code(404).send(NOT_FOUND);
    row.status = "scheduled";
    return renderInterview(state(), row);
  };
}

/** The driver's (interviewee's) endpoints under /api/v1/users/interviews. */
function registerIntervieweeRoutes(app: FastifyInstance, state: () => SimState): void {
  app.post("/api/v1/users/interviews/:id/accept", acceptHandler(state));

  // DOC: reject gives `rejected` and sets the interviewee's kind to `rejected`.
  app.post("/api/v1/users/interviews/:id/reject", async (req: IdRequest, reply) => {
    const row = find(state(), req);
    if (!row) return reply.code(404).send(NOT_FOUND);
    row.status = "rejected";
    setIntervieweeKind(state(), row, "rejected");
    return renderInterview(state(), row);
  });

  // DOC: amend gives `amended`, `amended_by: "interviewee"` and the proposed times; start_at/end_at stay.
  app.post("/api/v1/users/interviews/:id/amend", async (req: IdRequest, reply) => {
    const row = find(state(), req);
    if (!row) return reply.code(404).send(NOT_FOUND);
    const params = requireInterview(req.body);
    if (!params) return reply.code(400).send(PARAM_MISSING);
    const start = castTime(params.amend_start_at);
    const end = castTime(params.amend_end_at);
    const errors = validateAmend(start, end);
    if (hasErrors(errors)) return unprocessable(reply, errors);
    Object.assign(row, { status: "amended", amended_by: "interviewee", amend_start_at: start, amend_end_at: end });
    return renderInterview(state(), row);
  });
}
