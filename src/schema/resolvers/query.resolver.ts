import { Arg, Ctx, ID, Int, Query, Resolver } from "type-graphql";
import type { Context } from "../../context";
import { Capability, InviteStatus, Provider, PROVIDER_NAMES } from "../../domain/enums";
import { InputError, UnsupportedOperationError } from "../../domain/errors";
import { parseId } from "../../providers/ids";
import { requireCapability } from "../../services/capabilities";
import { pageArgs, toConnection } from "../../services/paging";
import { AssessmentConnection, InviteConnection } from "../connections";
import { ProviderInfo } from "../payloads";
import { Assessment, Interview, Invite, Node } from "../types";
import { recordedInterview } from "../../services/interviews";
import { checkMaxAge, readInvite, readInvites } from "../../services/freshness";
import { recordedEvent } from "../../services/events";
import { EVENT_ID_PREFIX } from "../../domain/ids";

export const INVITE_TYPES = ["ai-invite", "assessment-invite", "invite"];
export const ASSESSMENT_TYPES = ["ai-interview", "assessment", "test"];
export const MAX_IDS = 100;

export const MAX_AGE_DESCRIPTION =
  "Seconds: an invite whose recorded state is younger is served from hiregraph's record (`source: RECORD`) with no provider call. Without it, READ_MAX_AGE_S applies (default 0: read from the provider), except for states final at that provider, which are always served from the record. `fetchedAt` says how old the state is.";

@Resolver()
export class QueryResolver {
  @Query(() => Node, {
    nullable: true,
    description: "Any object by global id. Invites and assessments are fetched from their provider; graders and interviews have no read endpoint at any provider and return UNSUPPORTED_OPERATION.",
  })
  async node(@Arg("id", () => ID, { description: "A global id, e.g. `alfaone:invite:<uuid>`." }) id: string, @Ctx() ctx: Context): Promise<Node> {
    if (id.startsWith(EVENT_ID_PREFIX)) return recordedEvent(ctx, id);
    const gid = parseId(id);
    if (INVITE_TYPES.includes(gid.type)) return ctx.loaders.invite.load(gid.id);
    if (ASSESSMENT_TYPES.includes(gid.type)) return ctx.loaders.assessment.load(gid.id);
    throw new UnsupportedOperationError(gid.provider, `${PROVIDER_NAMES[gid.provider]} has no endpoint to read ${gid.type} objects; they are returned embedded in invites and interviews`);
  }

  @Query(() => Invite, { nullable: true, description: "One invite by id. Null with a NOT_FOUND error when the provider has no such invite." })
  invite(
    @Arg("id", () => ID, { description: "An invite id: `xobin:ai-invite:…`, `xobin:assessment-invite:…`, `alfaone:invite:…` or `imocha:invite:…`." }) id: string,
    @Arg("maxAge", () => Int, { nullable: true, description: MAX_AGE_DESCRIPTION }) maxAge: number | null,
    @Ctx() ctx: Context,
  ): Promise<Invite> {
    return readInvite(ctx, parseId(id, { types: INVITE_TYPES }).id, checkMaxAge(maxAge));
  }

  @Query(() => [Invite], {
    nullable: "items",
    description: `Many invites at once, across providers, in the order of \`ids\` (at most ${MAX_IDS}). Each provider object is fetched once even if repeated. An id that is malformed, missing or failed is null at its index, with an error whose path ends in that index.`,
  })
  async invites(
    @Arg("ids", () => [ID], { description: `Invite ids, at most ${MAX_IDS}.` }) ids: string[],
    @Arg("maxAge", () => Int, { nullable: true, description: MAX_AGE_DESCRIPTION }) maxAge: number | null,
    @Ctx() ctx: Context,
  ): Promise<Array<Invite | Error>> {
    const age = checkMaxAge(maxAge);
    if (ids.length > MAX_IDS) throw new InputError(["ids"], `ids may hold at most ${MAX_IDS} ids (got ${ids.length})`);
    const parsed = ids.map((raw) => {
      try {
        return parseId(raw, { types: INVITE_TYPES }).id;
      } catch (err) {
        return err as Error;
      }
    });
    const loaded = await readInvites(ctx, parsed.filter((p): p is string => typeof p === "string"), age);
    let next = 0;
    return parsed.map((p) => (typeof p === "string" ? loaded[next++] : p));
  }

  @Query(() => Interview, {
    nullable: true,
    description: "One interview by id, from hiregraph's record (DRVN has no read endpoint): as the last mutation through hiregraph returned it. Null with NOT_FOUND for an interview hiregraph never saw.",
  })
  interview(@Arg("id", () => ID, { description: "An interview id, e.g. `drvn:interview:27`." }) id: string, @Ctx() ctx: Context): Promise<Interview> {
    return recordedInterview(ctx, id);
  }

  @Query(() => Assessment, { nullable: true, description: "One assessment by id: `alfaone:assessment:…`, `imocha:test:…`, `xobin:ai-interview:…` or `xobin:assessment:…`." })
  assessment(@Arg("id", () => ID, { description: "An assessment id." }) id: string, @Ctx() ctx: Context): Promise<Assessment> {
    return ctx.loaders.assessment.load(parseId(id, { types: ASSESSMENT_TYPES }).id);
  }

  @Query(() => [ProviderInfo], { description: "Every provider: whether it is live, sandboxed or disabled here, and what it supports." })
  providers(@Ctx() ctx: Context): ProviderInfo[] {
    return [...ctx.registry.values()].map((a) => ({ provider: a.provider, mode: a.mode, capabilities: [...a.capabilities] }));
  }

  @Query(() => InviteConnection, {
    description: "A page of one provider's invites, filtered by the provider's own filters. AlfaOne: any assessment and status. Xobin: the invites of one AI interview (assessmentId required). Others: UNSUPPORTED_OPERATION.",
  })
  async listInvites(
    @Arg("provider", () => Provider, { description: "Whose invites." }) provider: Provider,
    @Ctx() ctx: Context,
    @Arg("assessmentId", () => ID, { nullable: true, description: "Only invites to this assessment." }) assessmentId?: string,
    @Arg("status", () => InviteStatus, { nullable: true, description: "Only invites in this status (where the provider can filter by it)." }) status?: InviteStatus,
    @Arg("first", () => Int, { defaultValue: 20, description: "Page size, 1–100." }) first = 20,
    @Arg("after", () => String, { nullable: true, description: "Return the items after this cursor: `pageInfo.endCursor` of the previous page, or any edge's `cursor`." }) after?: string,
  ): Promise<InviteConnection> {
    const { skip, ...args } = pageArgs(first, after);
    const assessment = assessmentId ? parseId(assessmentId, { provider, types: ASSESSMENT_TYPES }) : undefined;
    const adapter = requireCapability(ctx.registry, provider, Capability.LIST_INVITES);
    const page = await adapter.listInvites({ ...args, assessment, status: status ?? undefined });
    const items = await ctx.recorder.providerInvites(page.items, ctx.scope.origin);
    for (const invite of items) ctx.loaders.invite.prime(invite.id, invite);
    return toConnection({ ...page, items }, skip);
  }

  @Query(() => AssessmentConnection, { description: "A page of one provider's assessments (AlfaOne assessments, iMocha tests). Others: UNSUPPORTED_OPERATION." })
  async listAssessments(
    @Arg("provider", () => Provider, { description: "Whose assessments." }) provider: Provider,
    @Ctx() ctx: Context,
    @Arg("first", () => Int, { defaultValue: 20, description: "Page size, 1–100." }) first = 20,
    @Arg("after", () => String, { nullable: true, description: "Return the items after this cursor: `pageInfo.endCursor` of the previous page, or any edge's `cursor`." }) after?: string,
  ): Promise<AssessmentConnection> {
    const { skip, ...args } = pageArgs(first, after);
    const adapter = requireCapability(ctx.registry, provider, Capability.LIST_ASSESSMENTS);
    const page = await adapter.listAssessments(args);
    for (const a of page.items) ctx.loaders.assessment.prime(a.id, a);
    return toConnection(page, skip);
  }
}

