import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import type { Context } from "../../context";
import { candidateProfile } from "../../services/candidate-view";
import { checkMaxAge } from "../../services/freshness";
import { CandidateProfile } from "../types";
import { MAX_AGE_DESCRIPTION } from "./query.resolver";

@Resolver()
export class CandidateResolver {
  @Query(() => CandidateProfile, {
    nullable: true,
    description:
      "Where one candidate stands across every provider: give exactly one of `email` (compared case-insensitively) or `externalId` (your ATS's reference, as given to inviteCandidate or scheduleInterview). Null when hiregraph's record knows nothing of them.",
  })
  candidate(
    @Arg("email", () => String, { nullable: true, description: "The candidate's email." }) email: string | null,
    @Arg("externalId", () => String, { nullable: true, description: "Your own reference for the candidate." }) externalId: string | null,
    @Arg("maxAge", () => Int, { nullable: true, description: MAX_AGE_DESCRIPTION }) maxAge: number | null,
    @Ctx() ctx: Context,
  ): Promise<CandidateProfile | null> {
    return candidateProfile(ctx, { email, externalId }, checkMaxAge(maxAge));
  }
}
