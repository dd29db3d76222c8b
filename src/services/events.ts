import type { Context } from "../context";
import { ErrorCode } from "../domain/enums";
import { HiregraphError, InputError } from "../domain/errors";
import { EVENT_ID_PREFIX, INVITE_ID_TYPES, InvalidIdError } from "../domain/ids";
import { parseId } from "../providers/ids";
import type { EventFilter, RecordedEvent } from "../record/record-store";
import type { Invite, InviteEvent } from "../domain/entities";
import type { EventFilterCommand } from "./commands";

export const MAX_EVENT_PAGE = 200;
const MAX_FILTER_IDS = 100;

/** Checks a GraphQL filter and returns it in the store's terms (canonical ids, trimmed strings). */
export function checkEventFilter(filter: EventFilterCommand | null | undefined): EventFilter {
  if (!filter) return {};
  const out: EventFilter = {};
  if (filter.inviteIds) {
    if (filter.inviteIds.length > MAX_FILTER_IDS) throw new InputError(["filter", "inviteIds"], `filter.inviteIds may hold at most ${MAX_FILTER_IDS} ids`);
    out.inviteIds = filter.inviteIds.map((raw) => parseId(raw, { types: INVITE_ID_TYPES }).id);
  }
  if (filter.candidateEmail != null) {
    if (!filter.candidateEmail.trim() || filter.candidateEmail.length > 320) throw new InputError(["filter", "candidateEmail"], "filter.candidateEmail must be an email address");
    out.candidateEmail = filter.candidateEmail.trim();
  }
  if (filter.externalId != null) {
    if (!filter.externalId || filter.externalId.length > 255) throw new InputError(["filter", "externalId"], "filter.externalId must be 1 to 255 characters");
    out.externalId = filter.externalId;
  }
  if (filter.providers) out.providers = filter.providers;
  return out;
}

/** Whether a live event passes a subscriber's filter (the same rules as the query's SQL). */
export function matchesFilter(e: RecordedEvent, f: EventFilter): boolean {
  if (f.inviteIds && !f.inviteIds.includes(e.inviteId)) return false;
  if (f.candidateEmail && e.candidateEmail !== f.candidateEmail.toLowerCase()) return false;
  if (f.externalId && e.externalId !== f.externalId) return false;
  if (f.providers && !f.providers.includes(e.provider)) return false;
  return true;
}

/** Cursors are opaque to clients; inside they carry the event's sequence number. */
export const eventCursor = (seq: string) => Buffer.from(`event:${seq}`).toString("base64url");

export function parseEventCursor(after: string | null | undefined): string | undefined {
  if (!after) return undefined;
  const match = /^event:(\d{1,19})$/.exec(Buffer.from(after, "base64url").toString("utf8"));
  if (!match) throw new InputError(["after"], "after is not a cursor returned by inviteEvents");
  return match[1];
}



/** `node(id: "hiregraph:event:<n>")`: one event from the record; NOT_FOUND when it was never recorded or was pruned. */
export async function recordedEvent(ctx: Context, id: string): Promise<InviteEvent> {
  const seq = id.slice(EVENT_ID_PREFIX.length);
  if (!/^[1-9]\d{0,18}$/.test(seq)) throw new InvalidIdError(id, "expected hiregraph:event:<number>");
  const [event] = await ctx.recorder.store.getEvents([seq]);
  if (!event) throw new HiregraphError(ErrorCode.NOT_FOUND, `hiregraph has no event ${seq} (never recorded, or older than the retention)`);
  return toInviteEvent(event);
}

/** A recorded event as a domain object; `invite` may be preloaded (the record's state, read with the page). */
export function toInviteEvent(e: RecordedEvent, invite?: Invite | null): InviteEvent {
  return ({ ...e, id: `${EVENT_ID_PREFIX}${e.seq}`, recordedInvite: invite } satisfies InviteEvent);
}
