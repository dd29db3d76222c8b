import type { EventFilterCommand } from "../services/commands";
import type * as domain from "../domain/entities";
import { Field, ID, InputType, ObjectType } from "type-graphql";
import { EventOrigin, InviteStatus, Provider } from "../domain/enums";
import { PageInfo } from "./connections";

import { Node } from "./types";

@ObjectType({ implements: Node, description: "One change of an invite's normalised status, as hiregraph learned of it. Kept for EVENT_RETENTION_DAYS." })
export class InviteEvent extends Node implements Omit<domain.InviteEvent, "recordedInvite"> {
  @Field(() => ID, { description: "The invite that changed." })
  inviteId: string;

  @Field(() => InviteStatus, { nullable: true, description: "The status before; null for the first state hiregraph saw." })
  previousStatus: InviteStatus | null;

  @Field(() => InviteStatus, { description: "The status after the change." })
  status: InviteStatus;

  @Field(() => String, { nullable: true, description: "The provider's raw status word after the change." })
  providerStatus: string | null;

  @Field(() => Date, { description: "When the change happened: the provider's time where it gives one, else when hiregraph saw it." })
  occurredAt: Date;

  @Field(() => Date, { description: "When hiregraph recorded the event." })
  recordedAt: Date;

  @Field(() => EventOrigin, { description: "How hiregraph learned of the change." })
  origin: EventOrigin;

  /** Not exposed: the provider, for filters and loading the invite. */
  provider: Provider;
  /** Not exposed: the event's cursor. */
  seq: string;
  candidateEmail: string | null;
  externalId: string | null;
}

@InputType({ description: "Which events to return. Every given condition must hold; omitted conditions match everything." })
export class InviteEventFilter implements EventFilterCommand {
  @Field(() => [ID], { nullable: true, description: "Only events of these invites (at most 100)." })
  inviteIds?: string[] | null;

  @Field(() => String, { nullable: true, description: "Only events of invites sent to this email address (compared case-insensitively)." })
  candidateEmail?: string | null;

  @Field(() => String, { nullable: true, description: "Only events of invites with this externalId." })
  externalId?: string | null;

  @Field(() => [Provider], { nullable: true, description: "Only events of these providers' invites." })
  providers?: Provider[] | null;
}

@ObjectType({ description: "An event and its cursor." })
export class InviteEventEdge {
  @Field({ description: "Opaque cursor of this event; pass it as `after` to continue after it." })
  cursor: string;

  @Field(() => InviteEvent, { description: "The event." })
  node: InviteEvent;
}

@ObjectType({ description: "A page of invite events, oldest first (Cursor Connections)." })
export class InviteEventConnection {
  @Field(() => [InviteEventEdge], { description: "The events on this page with their cursors." })
  edges: InviteEventEdge[];

  @Field(() => [InviteEvent], { description: "The events on this page." })
  nodes: InviteEvent[];

  @Field(() => PageInfo, {
    description: "Paging position. `endCursor` is the last event's cursor even on the last page, so a client can wait and ask again `after` it.",
  })
  pageInfo: PageInfo;
}

