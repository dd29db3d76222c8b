import type { FastifyPluginAsync, FastifyReply } from "fastify";
import { installControl } from "../../../sandbox/faults";
import type { SimulatorOptions } from "../../../sandbox/types";
import { seedState, type SimInvitation, type SimState, type SimTest } from "./seed";
import { registerCallbackRoutes } from "./callbacks";
import { validateInviteBody, type ValidInvite } from "./rules";

export { IMOCHA_SEED } from "./seed";

/**
 * A fake of the iMocha Skills Assessment API v3, built from the docs alone (docs/providers/imocha.md). Mounted at a
 * prefix that stands for the origin `https://apiv3.imocha.io`. State lives in memory for the process
 * lifetime; `POST …/__control/reset` restores the seed (see simulator/seed.ts for the seeded ids).
 */

const INT64 = /^[1-9]\d{0,18}$/;

/** The documented refusal for every state but Pending (cancel page). */
const NOT_CANCELLABLE = "Testinvitation state in inprogress, complete, and expired can not be cancelled.";

/** NOT documented: iMocha's 404 body. This borrows the cancel 400's `{statusCode, message}` shape. */
function notFound(reply: FastifyReply, what: string) {
  return reply.code(404).send({ statusCode: 404, message: `${what} was not found.` });
}

/**
 * NOT documented: the testUrl query string (the doc example is cut at `IMInstructions?...`). This one is
 * obviously fake so nobody mistakes a sandbox link for a live one.
 */
const testUrl = (id: number) => `https://test.imocha.io/IMInstructions?sandboxInvitation=${id}`;

/**
 * The section-level report (reportType=1; 2 and 3 add skill data whose shape was only partly captured, so
 * the simulator answers them the same way). NOT documented: the report of an invitation never attempted;
 * the simulator answers the same fields with nulls and the invitation's status (Pending, Cancelled, Expired).
 */
function renderReport(inv: SimInvitation, test: SimTest | undefined): Record<string, unknown> {
  const a = inv.attempt;
  return {
    testInvitationId: inv.testInvitationId,
    testId: String(inv.testId),
    testName: test?.testName ?? null,
    candidateEmail: inv.email,
    attemptedOn: a?.attemptedOn ?? null,
    Status: inv.status,
    score: a?.candidatePoints ?? null,
    scorePercentage: a?.scorePercentage ?? null,
    candidatePoints: a?.candidatePoints ?? null,
    totalTestPoints: a?.totalTestPoints ?? null,
    pdfReportUrl: a?.pdfReportUrl ?? null,
    PerformanceCategory: a?.performanceCategory ?? null,
    sections: a?.sections ?? [],
  };
}

/** Documented re-invite behaviour for the same email and test: never a duplicate, never an error. */
function reinvite(inv: SimInvitation, v: ValidInvite): void {
  if (inv.status === "Cancelled" || inv.status === "Expired") inv.status = "Pending";
  else if (inv.status !== "Pending") return; // In Progress, Complete, Test Left, Terminated: unchanged.
  inv.startDateTime = v.startDateTime;
  inv.endDateTime = v.endDateTime;
  inv.timeZoneId = v.timeZoneId;
  if (v.callbackUrl) inv.callbackUrl = v.callbackUrl;
}

function createInvitation(state: SimState, test: SimTest, v: ValidInvite): SimInvitation {
  const id = state.nextInvitationId++;
  // With disableMandatoryFields=1 iMocha "may auto-generate" email and name; their form is NOT documented.
  const inv: SimInvitation = {
    testInvitationId: id,
    testId: test.testId,
    email: v.email ?? `candidate-${id}@example.com`,
    name: v.name ?? `Candidate ${id}`,
    status: "Pending",
    startDateTime: v.startDateTime,
    endDateTime: v.endDateTime,
    timeZoneId: v.timeZoneId,
    callbackUrl: v.callbackUrl,
  };
  state.invitations.set(id, inv);
  return inv;
}

function findInvitation(state: SimState, testId: number, email: string | undefined): SimInvitation | undefined {
  if (email === undefined) return undefined;
  const wanted = email.toLowerCase();
  return [...state.invitations.values()].find((i) => i.testId === testId && i.email.toLowerCase() === wanted);
}

export const imochaSimulator: FastifyPluginAsync<SimulatorOptions> = async (app, opts) => {
  let state = seedState();
  const control = installControl(app, () => {
    state = seedState();
  });
  const lookup = <T>(map: Map<number, T>, raw: string) => (INT64.test(raw) ? map.get(Number(raw)) : undefined);

  // Runs after the fault hook, so injected faults apply even to requests with a wrong key.
  app.addHook("onRequest", async (req, reply) => {
    if (req.routeOptions.url?.includes("/__control/")) return;
    if (req.headers["x-api-key"] !== opts.secret) {
      // NOT documented for these endpoints: the callbacks API's 401 shape is used.
      return reply.code(401).send({ result: null, errors: ["API key is not valid, or the subscription has expired."] });
    }
  });

  // The content of "List all tests" was NOT captured; this is the `{"tests":[{testId, testName}]}` shape 3P clients read.
  app.get("/v3/tests", async () => ({ tests: [...state.tests.values()].map((t) => ({ ...t })) }));

  app.post<{ Params: { testId: string } }>("/v3/tests/:testId/invite", async (req, reply) => {
    const test = lookup(state.tests, req.params.testId);
    if (!test) return notFound(reply, `Test ${req.params.testId}`);
    const checked = validateInviteBody(req.body);
    if ("errors" in checked) return reply.code(400).send({ errors: checked.errors });
    const existing = findInvitation(state, test.testId, checked.value.email);
    if (existing) reinvite(existing, checked.value);
    const inv = existing ?? createInvitation(state, test, checked.value);
    // The status code of a re-invite is NOT documented; it answers like a new invitation.
    return reply.code(201).send({ testInvitationId: inv.testInvitationId, testUrl: testUrl(inv.testInvitationId) });
  });

  app.post<{ Params: { testInvitationId: string } }>("/v3/invitations/:testInvitationId/cancel", async (req, reply) => {
    const inv = lookup(state.invitations, req.params.testInvitationId);
    if (!inv) return notFound(reply, `Test invitation ${req.params.testInvitationId}`);
    if (inv.status !== "Pending") return reply.code(400).send({ statusCode: 400, message: NOT_CANCELLABLE });
    inv.status = "Cancelled";
    return { testInvitationId: inv.testInvitationId, status: "cancelled" };
  });

  app.get<{ Params: { testInvitationId: string }; Querystring: { reportType?: string } }>(
    "/v3/reports/:testInvitationId",
    async (req, reply) => {
      const { reportType } = req.query;
      if (reportType !== undefined && !["1", "2", "3"].includes(reportType)) {
        // The values 1-3 are documented; this 400 body is NOT (it follows the invite 400's shape).
        return reply.code(400).send({ errors: ["'Report Type' must be 1, 2 or 3."] });
      }
      const inv = lookup(state.invitations, req.params.testInvitationId);
      if (!inv) return notFound(reply, `Test invitation ${req.params.testInvitationId}`);
      return renderReport(inv, state.tests.get(inv.testId));
    },
  );

  registerCallbackRoutes(app, () => state);
  opts.onReady?.(control);
};
