import type * as domain from "../../domain/entities";
import { Field, ObjectType } from "type-graphql";
import { Interview } from "./interview";
import { Invite } from "./invite";

@ObjectType({
  description:
    "One candidate across every provider, as hiregraph's record knows them: every invite and interview hiregraph created, read or heard about for this email or external id.",
})
export class CandidateProfile implements domain.CandidateProfile {
  @Field(() => String, { nullable: true, description: "The candidate's email, lower-cased (emails are compared case-insensitively)." })
  email: string | null;

  @Field(() => String, { nullable: true, description: "The candidate's name as last recorded (iMocha reports none; AlfaOne often none)." })
  name: string | null;

  @Field(() => [String], { description: "Every external id (your ATS's reference) recorded on this candidate's invites and interviews." })
  externalIds: string[];

  @Field(() => [Invite], {
    description: "The candidate's invites at every provider, newest first, each brought up to date from its provider unless its recorded state is within `maxAge` (or final).",
  })
  invites: Invite[];

  @Field(() => [Interview], { description: "The candidate's interviews (DRVN), newest first, as recorded: DRVN has no read endpoint." })
  interviews: Interview[];
}
