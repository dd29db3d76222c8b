import { Capability, Provider } from "../../domain/enums";
import { InputError } from "../../domain/errors";
import { InvalidIdError, type GlobalId } from "../../domain/ids";
import type { ProviderInvite } from "../../domain/entities";
import type { CreateInviteRequest, ListInvitesArgs, Page, ProviderAdapter } from "../adapter";
import type { AdapterDeps } from "../deps";
import { pageLocally } from "../local-page";
import { ProviderNotFoundError } from "../errors";
import { unreadableWriteAnswer } from "../write-answer";
import { createXobinClient, type XobinClient } from "./client";
import {
  assessmentFromId,
  toCreatedAiInvite,
  toAiInvite,
  toCreatedAssessmentInvite,
  toAssessmentInvite,
  toListedInvite,
} from "./mapper";
import { buildAiInviteRequest, buildAssessmentInviteRequest, wireInteger } from "./requests";

const XOBIN = Provider.XOBIN;

/** What the Xobin adapter can do; its module declares the same list. */
export const CAPABILITIES: readonly Capability[] = [Capability.READ_INVITE, Capability.LIST_INVITES, Capability.CREATE_INVITE, Capability.REVOKE_INVITE, Capability.WITHDRAW_INVITE, Capability.READ_ASSESSMENT];

/**
 * Xobin v2 behind hiregraph. READ_ASSESSMENT is offered although Xobin has no read endpoint for AI
 * interviews or assessments: an Assessment is built from its id alone (name null), which is all v2 can
 * say about one and lets `assessment(id)` and federation references resolve. LIST_ASSESSMENTS is absent
 * (v2 has no list; the legacy v1 list is a different API).
 */
export function createXobinAdapter(deps: AdapterDeps): ProviderAdapter {
  const client = createXobinClient(deps);
  return {
    provider: XOBIN,
    mode: deps.mode,
    capabilities: CAPABILITIES,
    getInvites: (ids) => Promise.all(ids.map((id) => readInvite(client, id).catch(asError))),
    getAssessments: async (ids) => ids.map((id) => attempt(() => assessmentFromId(id))),
    listInvites: (args) => listInvites(client, args),
    findInviteByExternalId: (assessment, externalId) => findByExternalId(client, assessment, externalId),
    createInvite: (req) => createInvite(client, req),
    revokeInvite: (id, opts) => revokeInvite(client, id, opts.notifyCandidate),
  };
}

async function readInvite(client: XobinClient, id: GlobalId): Promise<ProviderInvite> {
  if (id.type === "ai-invite") return toAiInvite(await client.getAiReport(id.nativeId));
  if (id.type === "assessment-invite") return toAssessmentInvite(await client.getAssessmentReport(id.nativeId));
  throw new InvalidIdError(id.id, "expected an id of type ai-invite or assessment-invite");
}

/**
 * Xobin's only invite list is per AI interview, a bare array with no documented paging or filters, so the
 * status filter and the paging are applied here.
 */
async function listInvites(client: XobinClient, args: ListInvitesArgs): Promise<Page<ProviderInvite>> {
  if (args.assessment?.type !== "ai-interview") {
    throw new InputError(
      ["assessmentId"],
      "Xobin lists invites only per AI interview: pass an assessmentId of the form xobin:ai-interview:<id>. Read assessment invites by id instead.",
    );
  }
  const all = (await client.listAiInvited(args.assessment.nativeId)).map(toListedInvite);
  return pageLocally(args.status ? all.filter((i) => i.status === args.status) : all, args);
}

/**
 * Only AI interview invites carry an external id (custom_field_id). A report found under the id but for
 * another AI interview is not the invite being reconciled (uniqueness of custom_field_id across
 * interviews is NOT documented), so it counts as absent.
 */
async function findByExternalId(client: XobinClient, assessment: GlobalId, externalId: string): Promise<ProviderInvite | null> {
  if (assessment.type !== "ai-interview") {
    throw new InputError(["externalId"], "Xobin stores an external id only on AI interview invites (xobin:ai-interview:<id>)");
  }
  try {
    const invite = toAiInvite(await client.getAiReportByCustomField(externalId));
    return invite.assessment?.providerId === assessment.nativeId ? invite : null;
  } catch (err) {
    if (err instanceof ProviderNotFoundError) return null;
    throw err;
  }
}

async function createInvite(client: XobinClient, req: CreateInviteRequest): Promise<ProviderInvite> {
  if (req.assessment.type === "ai-interview") {
    const created = await client.createAiInvite(buildAiInviteRequest(req));
    return toCreatedAiInvite(requireId(created, "response_id"));
  }
  if (req.assessment.type === "assessment") {
    const created = await client.createAssessmentInvite(buildAssessmentInviteRequest(req));
    return toCreatedAssessmentInvite(requireId(created, "report_id"));
  }
  throw new InvalidIdError(req.assessment.id, "expected an id of type ai-interview or assessment", ["assessmentId"]);
}

/** A 2xx create answer without the new invite's id cannot be turned into an Invite, yet the invite may exist. */
function requireId<T extends object>(created: T, key: keyof T & string): T {
  const value = (created as Record<string, unknown> | null)?.[key];
  if (typeof value === "number" || (typeof value === "string" && value !== "")) return created;
  throw unreadableWriteAnswer(XOBIN, `the new invite's ${key}`, { advice: "The invite may exist; check Xobin before inviting again." });
}

async function revokeInvite(client: XobinClient, id: GlobalId, notifyCandidate: boolean | undefined): Promise<void> {
  const notify = notifyCandidate === undefined ? {} : { notify_candidate: notifyCandidate };
  if (id.type === "ai-invite") return client.revokeAiInvite({ response_id: wireInteger(id.nativeId, ["id"]), ...notify });
  if (id.type === "assessment-invite") return client.revokeAssessmentInvite({ report_id: wireInteger(id.nativeId, ["id"]), ...notify });
  throw new InvalidIdError(id.id, "expected an id of type ai-invite or assessment-invite", ["id"]);
}

function asError(err: unknown): Error {
  return err instanceof Error ? err : new Error(String(err));
}

function attempt<T>(fn: () => T): T | Error {
  try {
    return fn();
  } catch (err) {
    return asError(err);
  }
}
