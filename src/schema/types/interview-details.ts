import type * as domain from "../../domain/details";
import { createUnionType, Field, ObjectType } from "type-graphql";

@ObjectType({ description: "The driver behind a DRVN interviewee (`interviewee.driver`)." })
export class DrvnDriver implements domain.DrvnDriver {
  @Field({ description: "DRVN's driver id (`driver.id`). Not a candidate id: interviews take the interviewee's (`drvn:candidate:<id>`)." })
  id: string;

  @Field(() => String, { nullable: true, description: "Display name (`driver.title`)." })
  name?: string | null;

  @Field(() => String, { nullable: true, description: "Phone number (`driver.phone_number`)." })
  phoneNumber?: string | null;

  @Field(() => String, { nullable: true, description: "Profile image (`driver.image`)." })
  imageUrl?: string | null;
}

@ObjectType({ description: "What a DRVN interview holds beyond the common Interview fields." })
export class DrvnInterviewDetails implements domain.DrvnInterviewDetails {
  readonly __typename = "DrvnInterviewDetails";

  @Field(() => String, {
    nullable: true,
    description: "Who proposed the new time (`amended_by`): `interviewee` is the only value documented; null when nobody did.",
  })
  amendedBy?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The interviewee's `kind`, verbatim (seen: `interview`, `verified`, `rejected`); it looks like an application stage, which DRVN does not document.",
  })
  intervieweeStage?: string | null;

  @Field(() => String, { nullable: true, description: "The interviewee's currency (`interviewee.currency`, e.g. `GBP`); absent from older DRVN answers." })
  currency?: string | null;

  @Field(() => Date, { nullable: true, description: "When DRVN last changed the interviewee record (`interviewee.updated_at`)." })
  intervieweeUpdatedAt?: Date | null;

  @Field(() => DrvnDriver, { nullable: true, description: "The driver's record (`interviewee.driver`)." })
  driver?: DrvnDriver | null;
}

export const InterviewDetails = createUnionType({
  name: "InterviewDetails",
  description: "Provider-specific facts about an interview that have no common field: one member per provider (DRVN is the only one today).",
  types: () => [DrvnInterviewDetails] as const,
  resolveType: (value) => value.__typename,
});

export type InterviewDetails = domain.InterviewDetails;
