import { Field, Int, ObjectType } from "type-graphql";
import { Assessment, Invite } from "./types";

/**
 * Connections follow the GraphQL Cursor Connections spec (`edges { cursor node }` and the four PageInfo
 * fields), so Relay and Apollo Client's `relayStylePagination` work unchanged; `nodes` is kept beside `edges`
 * for clients that want the items without cursors. Paging is forward only (`first`/`after`): the providers
 * page by number from the start.
 */
@ObjectType({ description: "Where a page sits in a list (GraphQL Cursor Connections spec)." })
export class PageInfo {
  @Field({ description: "Whether more items follow; pass `endCursor` as `after` to get them." })
  hasNextPage: boolean;

  @Field({ description: "Whether items come before this page (true on every page after the first)." })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: "Cursor of this page's first edge; null when the page is empty." })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: "Cursor of this page's last edge, to pass as `after`; null when the page is empty." })
  endCursor: string | null;
}

@ObjectType({ description: "An invite in a page of invites, with its cursor." })
export class InviteEdge {
  @Field({ description: "Opaque position of this invite: pass it as `after` to get the invites that follow it." })
  cursor: string;

  @Field(() => Invite, { description: "The invite." })
  node: Invite;
}

@ObjectType({ description: "A page of invites." })
export class InviteConnection {
  @Field(() => [InviteEdge], { description: "The invites on this page, each with its cursor." })
  edges: InviteEdge[];

  @Field(() => [Invite], { description: "The invites on this page, without cursors (the same items as `edges`)." })
  nodes: Invite[];

  @Field(() => PageInfo, { description: "Paging position." })
  pageInfo: PageInfo;

  @Field(() => Int, { nullable: true, description: "Total matching invites, when the provider reports it." })
  totalCount: number | null;
}

@ObjectType({ description: "An assessment in a page of assessments, with its cursor." })
export class AssessmentEdge {
  @Field({ description: "Opaque position of this assessment: pass it as `after` to get the assessments that follow it." })
  cursor: string;

  @Field(() => Assessment, { description: "The assessment." })
  node: Assessment;
}

@ObjectType({ description: "A page of assessments." })
export class AssessmentConnection {
  @Field(() => [AssessmentEdge], { description: "The assessments on this page, each with its cursor." })
  edges: AssessmentEdge[];

  @Field(() => [Assessment], { description: "The assessments on this page, without cursors (the same items as `edges`)." })
  nodes: Assessment[];

  @Field(() => PageInfo, { description: "Paging position." })
  pageInfo: PageInfo;

  @Field(() => Int, { nullable: true, description: "Total assessments, when the provider reports it." })
  totalCount: number | null;
}
