import type * as domain from "../../domain/entities";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Provider } from "../../domain/enums";
import { Node } from "./node";

@Directive('@key(fields: "id")')
@ObjectType({
  implements: Node,
  description: "A person who reviews or conducts assessments: an AlfaOne assigned grader or a DRVN interviewer. Known only as embedded in invites and interviews.",
})
export class Grader extends Node implements domain.Grader {
  @Field(() => ID, { description: "Global id, e.g. `drvn:grader:1040`. Stable and safe to store." })
  declare id: string;

  @Field(() => Provider, { description: "The provider this grader belongs to." })
  provider: Provider;

  @Field({ description: "The provider's own id for this grader." })
  providerId: string;

  @Field(() => String, { nullable: true, description: "Display name." })
  name?: string | null;

  @Field(() => String, { nullable: true, description: "Email address, where the provider shares one." })
  email?: string | null;

  @Field(() => String, { nullable: true, description: "Contact phone number, where the provider shares one." })
  phone?: string | null;
}
