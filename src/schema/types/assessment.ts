import type * as domain from "../../domain/entities";
import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { AssessmentKind, Provider } from "../../domain/enums";
import { Node } from "./node";

@Directive('@key(fields: "id")')
@ObjectType({
  implements: Node,
  description:
    "Something a candidate can be invited to: an iMocha test, a Xobin assessment or AI interview, an AlfaOne video assessment.",
})
export class Assessment extends Node implements domain.Assessment {
  @Field(() => ID, { description: "Global id, e.g. `imocha:test:1001` or `xobin:ai-interview:305`. Stable and safe to store." })
  declare id: string;

  @Field(() => Provider, { description: "The provider that runs this assessment." })
  provider: Provider;

  @Field({ description: "The provider's own id for this assessment." })
  providerId: string;

  @Field(() => String, {
    nullable: true,
    description: "Display name. Null where the provider does not return one (Xobin assessment invites carry no name).",
  })
  name?: string | null;

  @Field(() => AssessmentKind, { description: "What sort of assessment this is." })
  kind: AssessmentKind;

  @Field(() => Int, { nullable: true, description: "Number of questions, where the provider reports it (AlfaOne)." })
  questionCount?: number | null;

  @Field(() => [String], { nullable: true, description: "Language codes the assessment is offered in, where the provider reports them (AlfaOne)." })
  languages?: string[] | null;

  @Field(() => Date, { nullable: true, description: "When the assessment was created, where the provider reports it." })
  createdAt?: Date | null;
}
