import { Capability, Provider } from "../../domain/enums";
import { InvalidIdError, type GlobalId } from "../../domain/ids";
import type { ProviderAdapter } from "../adapter";
import type { AdapterDeps } from "../deps";
import { createAlfaoneClient } from "./client";
import { toAssessment, toInvite, toPage } from "./mapper";
import { toCreateInviteBody, toListInvitesQuery } from "./requests";

/** What the AlfaOne adapter can do; its module declares the same list. */
export const CAPABILITIES: readonly Capability[] = [
  Capability.READ_INVITE,
  Capability.LIST_INVITES,
  Capability.CREATE_INVITE,
  Capability.READ_ASSESSMENT,
  Capability.LIST_ASSESSMENTS,
];

/**
 * AlfaOne one-way video assessments. Invites can be read, listed and created; AlfaOne documents no revoke or
 * cancel endpoint (only the `revoked` status exists), so those methods are absent and callers get
 * UNSUPPORTED_OPERATION without an upstream call. Graders exist only as an invite's `assignedGrader`.
 */
export function createAlfaoneAdapter(deps: AdapterDeps): ProviderAdapter {
  const client = createAlfaoneClient(deps);
  const now = deps.now ?? (() => new Date());

  return {
    provider: Provider.ALFAONE,
    mode: deps.mode,
    capabilities: CAPABILITIES,

    getInvites: (ids) =>
      Promise.all(ids.map((id) => settle(id, "invite", () => client.getInvite(id.nativeId).then(toInvite)))),

    getAssessments: (ids) =>
      Promise.all(ids.map((id) => settle(id, "assessment", () => client.getAssessment(id.nativeId).then(toAssessment)))),

    async listInvites(args) {
      const res = await client.listInvites(toListInvitesQuery(args));
      return toPage(res.invites.map(toInvite), res.pagination, args);
    },

    async listAssessments(args) {
      const res = await client.listAssessments({ page: args.page, limit: args.limit });
      return toPage(res.assessments.map(toAssessment), res.pagination, args);
    },

    async createInvite(req) {
      return toInvite(await client.createInvite(toCreateInviteBody(req, now())));
    },
  };
}

/** One batch entry: the object, or the error for this id alone. An id of another provider or type is never sent. */
async function settle<T>(id: GlobalId, type: "invite" | "assessment", load: () => Promise<T>): Promise<T | Error> {
  if (id.provider !== Provider.ALFAONE || id.type !== type) {
    return new InvalidIdError(id.id, `expected an alfaone:${type} id`);
  }
  try {
    return await load();
  } catch (err) {
    return err instanceof Error ? err : new Error(String(err));
  }
}
