import { Capability, Provider } from "../../domain/enums";
import { InputError } from "../../domain/errors";
import { InvalidIdError, type GlobalId } from "../../domain/ids";
import type { Assessment } from "../../domain/entities";
import type { Page, PageArgs, ProviderAdapter } from "../adapter";
import { pageLocally } from "../local-page";
import type { AdapterDeps } from "../deps";
import { ProviderNotFoundError } from "../errors";
import { createImochaClient } from "./client";
import { toCreatedInvite, toInvite, toAssessment, mergeInvite } from "./mapper";
import { toImochaInviteBody } from "./requests";

const asError = (err: unknown): Error => (err instanceof Error ? err : new Error(String(err)));

/** Refuses ids of another provider or type before any upstream call (the registry routes by id, but cheaply double-checked). */
function checkType(id: GlobalId, type: "invite" | "test", field?: string[]): InvalidIdError | undefined {
  return id.provider === Provider.IMOCHA && id.type === type ? undefined : new InvalidIdError(id.id, `expected an imocha:${type} id`, field);
}

function checkPage({ page, limit }: PageArgs): void {
  if (!Number.isInteger(page) || page < 1) throw new InputError(["page"], "page must be a whole number from 1");
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw new InputError(["limit"], "limit must be a whole number from 1 to 100");
}

/** What the iMocha adapter can do; its module declares the same list. */
export const CAPABILITIES: readonly Capability[] = [
  Capability.READ_INVITE,
  Capability.CREATE_INVITE,
  Capability.CANCEL_INVITE,
  Capability.WITHDRAW_INVITE,
  Capability.READ_ASSESSMENT,
  Capability.LIST_ASSESSMENTS,
];

/**
 * iMocha skills tests (docs/providers/imocha.md): read, create and cancel invitations; read and list tests.
 * No REVOKE_INVITE: cancel (Pending only) is iMocha's only withdrawal. No LIST_INVITES: iMocha's only listing,
 * "Retrieve Invites" (POST /v3/candidates/testattempts), filters by date range and final state, not by test, and is
 * not in the contract.
 */
export function createImochaAdapter(deps: AdapterDeps): ProviderAdapter {
  const client = createImochaClient(deps);

  /** `GET /v3/tests` has no documented paging or per-id read, so every lookup reads the whole list once. */
  async function testsById(): Promise<Map<string, Assessment>> {
    const tests = await client.listTests();
    return new Map(tests.map((t) => [String(t.testId), toAssessment(t)]));
  }

  return {
    provider: Provider.IMOCHA,
    mode: deps.mode,
    capabilities: CAPABILITIES,

    getInvites(ids) {
      return Promise.all(
        ids.map((id) => checkType(id, "invite") ?? client.getReport(id.nativeId).then(toInvite, asError)),
      );
    },

    /** One `GET /v3/tests` for the whole batch, whatever its size. */
    async getAssessments(ids) {
      let byId: Map<string, Assessment>;
      try {
        byId = await testsById();
      } catch (err) {
        return ids.map((id) => checkType(id, "test") ?? asError(err));
      }
      return ids.map(
        (id) =>
          checkType(id, "test") ??
          byId.get(id.nativeId) ??
          new ProviderNotFoundError(Provider.IMOCHA, `iMocha has no test ${id.nativeId} in this account`),
      );
    },

    /** Paged here, over the full list iMocha returns in one answer. */
    async listAssessments(args): Promise<Page<Assessment>> {
      checkPage(args);
      return pageLocally([...(await testsById()).values()], args);
    },

    /**
     * Safe to retry, even after OUTCOME_UNKNOWN: iMocha documents that inviting the same email to the same
     * test returns the existing invitation (Pending: times replaced; Cancelled/Expired: reset to Pending;
     * In Progress/Complete/Test Left: unchanged) and never a duplicate or an error. Its answer carries no
     * status, so the invitation is read back to report where it really stands (e.g. COMPLETED on a re-invite).
     */
    async createInvite(req) {
      const invalid = checkType(req.assessment, "test", ["assessmentId"]);
      if (invalid) throw invalid;
      const body = toImochaInviteBody(req);
      // A caller's own callbackUrl wins (iMocha takes one per invite); else hiregraph's, so its record hears of the attempt.
      const callbackUrl = body.callbackUrl ?? deps.callbackUrl?.();
      if (callbackUrl) body.callbackUrl = callbackUrl;
      const created = await client.inviteCandidate(req.assessment.nativeId, body);
      const report = await client.getReport(String(created.testInvitationId)).catch(() => undefined);
      return mergeInvite(toCreatedInvite(created, req), report && toInvite(report));
    },

    async replayCallbacks(ids) {
      const invalid = ids.map((id) => checkType(id, "invite")).find(Boolean);
      if (invalid) throw invalid;
      const res = await client.processCallbacks(ids.map((id) => id.nativeId));
      const byNative = new Map(ids.map((id) => [id.nativeId, id.id]));
      const toIds = (list: string[]) => list.flatMap((n) => (byNative.has(n) ? [byNative.get(n)!] : []));
      return { accepted: toIds(res.successful), refused: toIds(res.failed) };
    },

    async cancelInvite(id) {
      const invalid = checkType(id, "invite", ["id"]);
      if (invalid) throw invalid;
      await client.cancelInvitation(id.nativeId);
    },
  };
}
