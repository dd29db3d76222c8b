import type * as domain from "../../domain/entities";
import { Field, Float, ObjectType } from "type-graphql";

@ObjectType({ description: "One part of a result: a test section or a skill, with its score on the provider's scale." })
export class SectionScore implements domain.SectionScore {
  @Field({ description: "The section or skill as the provider names it (iMocha `sectionName`, Xobin `section` or `skill_name`)." })
  name: string;

  @Field(() => Float, { nullable: true, description: "The candidate's score in this part." })
  score?: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "The highest possible score in this part, where the provider gives one (100 for Xobin assessment percentages, iMocha `sectionScore`); null where the scale is not documented (Xobin AI interview skills).",
  })
  maxScore?: number | null;

  @Field(() => String, { nullable: true, description: "How the provider groups this part, e.g. Xobin AI interview `must_haves` or `nice_to_haves`; null where it does not group them." })
  group?: string | null;
}

@ObjectType({
  description:
    "How the candidate did, as far as the provider reports it. Null on an invite until the provider reports a result, and always null for AlfaOne, whose API documents no results.",
})
export class InviteResult implements domain.InviteResult {
  @Field(() => Float, { nullable: true, description: "The overall score, on the scale of `maxScore`." })
  score?: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "The highest possible overall score: iMocha `totalTestPoints`, 100 for percentages. Null where the provider does not document the scale (Xobin AI interview `score`).",
  })
  maxScore?: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "The overall score as a percentage (0–100). Only set where the scale is known (iMocha, Xobin assessments); null for Xobin AI interviews, whose score scale is not documented.",
  })
  percent?: number | null;

  @Field(() => [SectionScore], { description: "Scores per section or skill, in the provider's order; empty when it reports none." })
  sections: SectionScore[];

  @Field(() => String, {
    nullable: true,
    description: "The provider's hiring recommendation, verbatim (Xobin AI interview `recommendation`; its values are not documented). Null where the provider gives none.",
  })
  recommendation?: string | null;

  @Field(() => String, { nullable: true, description: "Link to the provider's report (Xobin `report_link`, iMocha `pdfReportUrl`)." })
  reportUrl?: string | null;
}
