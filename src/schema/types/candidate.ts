import type * as domain from "../../domain/entities";
import { Field, ID, ObjectType } from "type-graphql";
import { Provider } from "../../domain/enums";

@ObjectType({
  description:
    "The person invited or interviewed, as one provider holds them. Providers share different amounts of candidate data; absent fields are null. The same person at two providers is two Candidate objects (their names and fields differ); the same person in two invites of one provider is one, with one id.",
})
export class Candidate implements domain.Candidate {
  @Field(() => ID, {
    nullable: true,
    description:
      "Stable global id, so client caches can normalise candidates. The provider's own candidate id where it has one (`drvn:candidate:295`); otherwise `hiregraph:candidate:<32 hex>`, derived from the provider and the trimmed, lower-cased email (a one-way hash, so the address is not in the id). Xobin's invited list names no email, so its items use Xobin's `candidate_id` (`xobin:candidate:<id>`). Null only when an answer names no candidate at all.",
  })
  id?: string | null;

  @Field(() => Provider, { description: "The provider this candidate record comes from." })
  provider: Provider;

  @Field(() => String, {
    nullable: true,
    description: "The provider's own candidate id where `id` is built from it (DRVN interviewee id, Xobin invited-list `candidate_id`); null where `id` is derived from the email.",
  })
  providerId?: string | null;

  @Field(() => String, { nullable: true, description: "Full name as the provider holds it." })
  name?: string | null;

  @Field(() => String, { nullable: true, description: "Email address as the provider holds it." })
  email?: string | null;

  @Field(() => String, { nullable: true, description: "Phone number, where the provider shares one (DRVN drivers)." })
  phone?: string | null;
}
