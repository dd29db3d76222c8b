/**
 * Request validation for the AlfaOne simulator, from the documented constraints (list-invites and
 * create-invite pages). AlfaOne documents the 400 status and the `{"error": "<message>"}` shape but NOT the
 * words, so the messages here are our own.
 */

/** A failure the simulator answers with `{"error": message}`. */
export class SimHttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
  ) {
    super(message);
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const INVITE_STATUSES = ["pending", "accepted", "started", "completed", "expired", "revoked"] as const;
const INVITE_SORTS = ["sent_at", "status", "expires_at"] as const;
const ORDERS = ["asc", "desc"] as const;

type Query = Record<string, unknown>;

const bad = (message: string) => new SimHttpError(400, message);

/** Query values arrive as strings; a repeated parameter arrives as an array, which is refused. */
function text(query: Query, name: string): string | undefined {
  const v = query[name];
  if (v === undefined || v === "") return undefined;
  if (typeof v !== "string") throw bad(`${name} must be given once`);
  return v;
}

function int(query: Query, name: string, def: number, min: number, max: number): number {
  const raw = text(query, name);
  if (raw === undefined) return def;
  const n = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!(n >= min && n <= max)) throw bad(max === Infinity ? `${name} must be an integer of at least ${min}` : `${name} must be an integer between ${min} and ${max}`);
  return n;
}

function oneOf<T extends string>(query: Query, name: string, allowed: readonly T[]): T | undefined {
  const raw = text(query, name);
  if (raw === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(raw)) throw bad(`${name} must be one of ${allowed.join(", ")}`);
  return raw as T;
}

/** DOC: `page` 1-based, default 1; `limit` 1–100, default 20. */
export function parsePaging(query: Query): { page: number; limit: number } {
  return { page: int(query, "page", 1, 1, Infinity), limit: int(query, "limit", 20, 1, 100) };
}

/** GET /invites filters and sort (DOC: sort `sent_at|status|expires_at`, default `sent_at`; order default `desc`). */
export function parseInviteQuery(query: Query) {
  const assessmentId = text(query, "assessmentId");
  if (assessmentId !== undefined && !UUID.test(assessmentId)) throw bad("assessmentId must be a valid UUID");
  return {
    ...parsePaging(query),
    assessmentId,
    status: oneOf(query, "status", INVITE_STATUSES),
    sort: oneOf(query, "sort", INVITE_SORTS) ?? "sent_at",
    order: oneOf(query, "order", ORDERS) ?? "desc",
  };
}

export interface CreateInviteInput {
  assessmentId: string;
  recipientEmail: string;
  questionReplayLimit: number;
  answerRecordLimit: number;
  expiresInDays: number;
  proctoringSettings: { screenRecording: boolean; webcamMonitoring: boolean; requireIdCapture: boolean };
}

function positive(body: Record<string, unknown>, name: string, def: number): number {
  const v = body[name];
  if (v === undefined) return def;
  if (typeof v !== "number" || !Number.isInteger(v) || v < 1) throw bad(`${name} must be an integer of at least 1`);
  return v;
}

/** INF: the docs say "all true if omitted" for the object; a member left out is taken as true too. */
function proctoring(v: unknown): CreateInviteInput["proctoringSettings"] {
  if (v === undefined) return { screenRecording: true, webcamMonitoring: true, requireIdCapture: true };
  if (typeof v !== "object" || v === null || Array.isArray(v)) throw bad("proctoringSettings must be an object");
  const s = v as Record<string, unknown>;
  const flag = (name: string): boolean => {
    if (s[name] === undefined) return true;
    if (typeof s[name] !== "boolean") throw bad(`proctoringSettings.${name} must be a boolean`);
    return s[name] as boolean;
  };
  return { screenRecording: flag("screenRecording"), webcamMonitoring: flag("webcamMonitoring"), requireIdCapture: flag("requireIdCapture") };
}

/** POST /invites body (DOC: assessmentId and recipientEmail required; limits and expiresInDays ≥ 1). */
export function parseCreateInvite(body: unknown): CreateInviteInput {
  if (typeof body !== "object" || body === null || Array.isArray(body)) throw bad("Request body must be a JSON object");
  const b = body as Record<string, unknown>;
  if (b.assessmentId === undefined) throw bad("assessmentId is required");
  if (typeof b.assessmentId !== "string" || !UUID.test(b.assessmentId)) throw bad("assessmentId must be a valid UUID");
  if (b.recipientEmail === undefined) throw bad("recipientEmail is required");
  if (typeof b.recipientEmail !== "string" || !EMAIL.test(b.recipientEmail)) throw bad("recipientEmail must be a valid email address");
  return {
    assessmentId: b.assessmentId,
    recipientEmail: b.recipientEmail,
    questionReplayLimit: positive(b, "questionReplayLimit", 1),
    answerRecordLimit: positive(b, "answerRecordLimit", 1),
    expiresInDays: positive(b, "expiresInDays", 30),
    proctoringSettings: proctoring(b.proctoringSettings),
  };
}
