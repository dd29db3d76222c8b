import { filter, pipe, map } from "@graphql-yoga/subscription";
import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root, Subscription } from "type-graphql";
import type { Context } from "../../context";
import { ErrorCode } from "../../domain/enums";
import { HiregraphError, InputError } from "../../domain/errors";
import type { RecordedEvent } from "../../record/record-store";
import { checkEventFilter, eventCursor, matchesFilter, MAX_EVENT_PAGE, parseEventCursor, toInviteEvent } from "../../services/events";
import { InviteEvent, InviteEventConnection, InviteEventFilter } from "../events";
import { Invite } from "../types";

const storeDown = (err: unknown) =>
  new HiregraphError(ErrorCode.PROVIDER_UNAVAILABLE, "hiregraph's record cannot be read right now; try again shortly", { retryable: true, cause: err });

@Resolver(() => InviteEvent)
export class EventResolver {
  @Query(() => InviteEventConnection, {
    description:
      "Recorded changes of invite status, oldest first. Pass the last `endCursor` (or an edge's cursor) as `after` to get exactly what came after it: a client that reconnects misses nothing that is still kept (EVENT_RETENTION_DAYS).",
  })
  async inviteEvents(
    @Ctx() ctx: Context,
    @Arg("filter", () => InviteEventFilter, { nullable: true, description: "Which events; omitted: all." }) filterArg?: InviteEventFilter,
    @Arg("after", () => String, { nullable: true, description: "A cursor from this query or a subscription event; omitted: from the oldest kept event." }) after?: string,
    @Arg("first", () => Int, { defaultValue: 50, description: `Page size, 1–${MAX_EVENT_PAGE}.` }) first = 50,
  ): Promise<InviteEventConnection> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_EVENT_PAGE) throw new InputError(["first"], `first must be from 1 to ${MAX_EVENT_PAGE}`);
    const afterSeq = parseEventCursor(after);
    const where = checkEventFilter(filterArg);
    let page;
    let invites: Map<string, Invite>;
    try {
      page = await ctx.recorder.store.listEvents(where, afterSeq, first);
      invites = await ctx.recorder.store.getInvites([...new Set(page.events.map((e) => e.inviteId))]);
    } catch (err) {
      throw storeDown(err);
    }
    const nodes = page.events.map((e) => toInviteEvent(e, invites.get(e.inviteId) ?? null));
    const cursors = page.events.map((e) => eventCursor(e.seq));
    return {
      edges: nodes.map((node, i) => ({ node, cursor: cursors[i] })),
      nodes,
      pageInfo: {
        hasNextPage: page.hasMore,
        hasPreviousPage: afterSeq !== undefined,
        startCursor: cursors[0] ?? null,
        // Kept on the last page too, so a client can resume after it; with no events, the cursor it came with.
        endCursor: cursors.at(-1) ?? after ?? null,
      },
    };
  }

  @Subscription(() => InviteEvent, {
    name: "inviteEvents",
    description:
      "Invite events as they are recorded (on any instance sharing this record), filtered like `inviteEvents`. Over graphql-ws on /graphql; send `{ authorization: \"Bearer <JWT>\" }` in connection_init. To catch up after a reconnect, query `inviteEvents(after:)` with the last cursor seen.",
    subscribe: ({ args, context }) => {
      const ctx = context as Context;
      const where = checkEventFilter(args.filter as InviteEventFilter | undefined);
      return pipe(
        ctx.liveEvents.subscribe(),
        filter((e: RecordedEvent) => matchesFilter(e, where)),
        map((e: RecordedEvent) => toInviteEvent(e)),
      );
    },
  })
  inviteEventsLive(
    @Root() event: InviteEvent,
    @Arg("filter", () => InviteEventFilter, { nullable: true, description: "Which events; omitted: all." }) _filter?: InviteEventFilter,
  ): InviteEvent {
    return event;
  }

  @FieldResolver(() => Invite, { nullable: true, description: "The invite as hiregraph's record holds it now (source RECORD)." })
  async invite(@Root() event: InviteEvent & { recordedInvite?: Invite | null }, @Ctx() ctx: Context): Promise<Invite | null> {
    if (event.recordedInvite !== undefined) return event.recordedInvite;
    try {
      return (await ctx.recorder.store.getInvites([event.inviteId])).get(event.inviteId) ?? null;
    } catch (err) {
      throw storeDown(err);
    }
  }
}
