import { Field, Int, ObjectType } from "type-graphql";
import { Assessment, Invite } from "./types";

@ObjectType({ description: "Where a page sits in a list." })
export class PageInfo {
  @Field({ description: "Whether more items follow; pass `endCursor` as `after` to get them." })
  hasNextPage: boolean;

  @Field(() => String, { nullable: true, description: "Opaque cursor of this page's end, or null when there is no next page." })
  endCursor: string | null;

  @Field({ description: "Whether items come before this page." })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: "Opaque cursor of this page's first item, where the list has item cursors; null otherwise." })
  startCursor: string | null;
}

@ObjectType({ description: "A page of invites." })
export class InviteConnection {
  @Field(() => [Invite], { description: "The invites on this page." })
  nodes: Invite[];

  @Field(() => PageInfo, { description: "Paging position." })
  pageInfo: PageInfo;

  @Field(() => Int, { nullable: true, description: "Total matching invites, when the provider reports it." })
  totalCount: number | null;
}

@ObjectType({ description: "A page of assessments." })
export class AssessmentConnection {
  @Field(() => [Assessment], { description: "The assessments on this page." })
  nodes: Assessment[];

  @Field(() => PageInfo, { description: "Paging position." })
  pageInfo: PageInfo;

  @Field(() => Int, { nullable: true, description: "Total assessments, when the provider reports it." })
  totalCount: number | null;
}
