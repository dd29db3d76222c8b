import type { Context } from "../context";
import { PROVIDER_NAMES } from "../domain/enums";
import { UnsupportedOperationError } from "../domain/errors";
import { parseId } from "../providers/ids";
import { ASSESSMENT_TYPES, INVITE_TYPES } from "../schema/resolvers/query.resolver";
import { recordedInterview } from "../services/interviews";

interface Reference {
  id: string;
}

/**
 * `_entities` resolvers. Invites and assessments go through the request's DataLoaders, so a gateway asking for
 * many entities costs one provider call per distinct id. Interviews come from hiregraph's record. Graders have no
 * read endpoint at any provider (docs/providers/), so resolving them by reference is refused with a clear error. Resolvers are async so a
 * bad representation fails its own entry, not the whole `_entities` list.
 */
export const referenceResolvers = {
  Invite: {
    __resolveReference: async (ref: Reference, ctx: Context) => ctx.loaders.invite.load(parseId(ref.id, { types: INVITE_TYPES }).id),
  },
  Assessment: {
    __resolveReference: async (ref: Reference, ctx: Context) => ctx.loaders.assessment.load(parseId(ref.id, { types: ASSESSMENT_TYPES }).id),
  },
  Grader: {
    __resolveReference: async (ref: Reference) => {
      const id = parseId(ref.id, { types: ["grader"] });
      throw new UnsupportedOperationError(id.provider, `${PROVIDER_NAMES[id.provider]} has no endpoint to read graders; they are embedded in invites and interviews`);
    },
  },
  Interview: {
    // No provider reads interviews back; they are served from hiregraph's record (NOT_FOUND if never seen).
    __resolveReference: async (ref: Reference, ctx: Context) => recordedInterview(ctx, ref.id),
  },
};
