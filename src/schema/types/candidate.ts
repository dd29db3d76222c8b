import { Field, ID, ObjectType } from "type-graphql";

@ObjectType({ description: "The person invited or interviewed. Providers share different amounts of candidate data; absent fields are null." })
export class Candidate {
  @Field(() => ID, { nullable: true, description: "Global id where the provider has candidate ids (e.g. `drvn:candidate:295`); null otherwise." })
  id?: string | null;

  @Field(() => String, { nullable: true, description: "Full name as the provider holds it." })
  name?: string | null;

  @Field(() => String, { nullable: true, description: "Email address as the provider holds it." })
  email?: string | null;

  @Field(() => String, { nullable: true, description: "Phone number, where the provider shares one (DRVN drivers)." })
  phone?: string | null;
}
