import type { FastifyInstance } from "fastify";
import { deliver } from "../../../sandbox/deliver";
import type { SimInvitation, SimState } from "./seed";

/** The documented callback payload (flat PascalCase) for an invitation as it stands. */
function callbackBody(inv: SimInvitation): Record<string, unknown> {
  const a = inv.attempt;
  const attempted = a ? new Date(a.attemptedOn) : null;
  return {
    CandidateEmailId: inv.email,
    // The local form `09-Oct-2020 06:51 PM`; the simulator's "local" zone is UTC.
    AttemptedOn: attempted ? localForm(attempted) : null,
    TotalScore: a?.totalTestPoints ?? null,
    CandidateScore: a?.candidatePoints ?? null,
    ReportPDFUrl: a?.pdfReportUrl ?? null,
    TestInvitationId: inv.testInvitationId,
    Status: inv.status,
    AttemptedOnUtc: attempted ? attempted.toISOString().slice(0, 19) : null,
    PerformanceCategory: a?.performanceCategory ?? null,
  };
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
function localForm(d: Date): string {
  const h = d.getUTCHours() % 12 || 12;
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(d.getUTCDate())}-${MONTHS[d.getUTCMonth()]}-${d.getUTCFullYear()} ${pad(h)}:${pad(d.getUTCMinutes())} ${d.getUTCHours() < 12 ? "AM" : "PM"}`;
}

/** Sends the invitation's callback, when it registered a URL. The docs: two per attempt (In Progress, then the end). */
function sendCallback(inv: SimInvitation): boolean {
  if (!inv.callbackUrl) return false;
  deliver(inv.callbackUrl, callbackBody(inv));
  return true;
}

/** Moves an invitation one step along an attempt: Pending → In Progress → Complete. */
function advance(inv: SimInvitation, to?: string): string | undefined {
  if (inv.status === "Pending" && (!to || to === "In Progress")) {
    inv.status = "In Progress";
    inv.attempt = { attemptedOn: new Date().toISOString().slice(0, 19) + "Z", candidatePoints: null, totalTestPoints: null, scorePercentage: null, performanceCategory: null, pdfReportUrl: null, sections: [] };
    return undefined;
  }
  if (inv.status === "In Progress" && (!to || ["Complete", "TestLeft", "Terminated"].includes(to))) {
    inv.status = (to as SimInvitation["status"] | undefined) ?? "Complete";
    Object.assign(inv.attempt!, { candidatePoints: 31, totalTestPoints: 45, scorePercentage: 68.89, performanceCategory: "Intermediate", pdfReportUrl: `https://reports.example.com/imocha/${inv.testInvitationId}.pdf` });
    return undefined;
  }
  return `invitation ${inv.testInvitationId} is ${inv.status}; it advances Pending → In Progress → Complete (or TestLeft, Terminated)`;
}

/**
 * `POST /v3/callbacks/process` (re-deliver the callbacks of up to 100 invitations; answers which were queued) and the
 * sandbox's `POST /__control/advance` ({ testInvitationId, status? }), which moves an invitation one step the way a
 * candidate would, and posts the callback iMocha would send to the invitation's registered callbackUrl.
 */
export function registerCallbackRoutes(app: FastifyInstance, state: () => SimState): void {
  app.post("/v3/callbacks/process", async (req, reply) => {
    const ids = (req.body as { testinvitationIds?: unknown } | null)?.testinvitationIds;
    if (!Array.isArray(ids) || ids.length === 0 || ids.length > 100 || !ids.every((i) => Number.isSafeInteger(i))) {
      // NOT documented: the 400 for a malformed list; it follows the invite 400's shape.
      return reply.code(400).send({ errors: ["'testinvitationIds' must hold 1 to 100 integers."] });
    }
    const found = (ids as number[]).map((id) => state().invitations.get(id));
    // DOC: ids of another account (or none at all) are a 401 with this body.
    if (found.every((inv) => !inv)) return reply.code(401).send({ result: null, errors: ["testinvitationIds does not belong to account or not found", "94761"] });
    // NOT documented: which ids count as failed; here, unknown ones and those with nothing to deliver (never attempted, no callbackUrl).
    const successful: number[] = [];
    const failed: number[] = [];
    (ids as number[]).forEach((id, i) => {
      const inv = found[i];
      (inv && inv.attempt && sendCallback(inv) ? successful : failed).push(id);
    });
    return { result: { testinvitationIds: { successful, failed } }, errors: null };
  });

  app.post("/__control/advance", async (req, reply) => {
    const body = (req.body ?? {}) as { testInvitationId?: unknown; status?: unknown };
    const inv = state().invitations.get(Number(body.testInvitationId));
    if (!inv) return reply.code(404).send({ error: `no invitation ${String(body.testInvitationId).slice(0, 20)}` });
    const refused = advance(inv, typeof body.status === "string" ? body.status : undefined);
    if (refused) return reply.code(409).send({ error: refused });
    return { testInvitationId: inv.testInvitationId, status: inv.status, callbackSent: sendCallback(inv) };
  });
}
