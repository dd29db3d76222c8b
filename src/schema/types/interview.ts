import type * as domain from "../../domain/entities";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { DataSource, InterviewFormat, InterviewStatus, Provider } from "../../domain/enums";
import { Candidate } from "./candidate";
import { Grader } from "./grader";
import { InterviewDetails } from "./interview-details";
import { Node } from "./node";

@Directive('@key(fields: "id")')
@ObjectType({ implements: Node, description: "A scheduled interview between a candidate and an interviewer (DRVN)." })
export class Interview extends Node implements domain.Interview {
  @Field(() => ID, { description: "Global id, e.g. `drvn:interview:27`. Stable and safe to store." })
  declare id: string;

  @Field(() => Provider, { description: "The provider that holds this interview." })
  provider: Provider;

  @Field({ description: "The provider's own id for this interview." })
  providerId: string;

  @Field(() => InterviewStatus, { description: "Normalised status. Unrecognised provider values map to UNKNOWN." })
  status: InterviewStatus;

  @Field(() => String, { nullable: true, description: "The provider's raw status word, always kept (e.g. `amended`)." })
  providerStatus?: string | null;

  @Field(() => InterviewFormat, { description: "Video call or in person." })
  format: InterviewFormat;

  @Field(() => Date, { nullable: true, description: "When the interview starts." })
  startAt?: Date | null;

  @Field(() => Date, { nullable: true, description: "When the interview ends." })
  endAt?: Date | null;

  @Field(() => String, { nullable: true, description: "Meeting link or address." })
  location?: string | null;

  @Field(() => Date, { nullable: true, description: "Start of the new time the candidate proposed, when status is RESCHEDULE_REQUESTED." })
  proposedStartAt?: Date | null;

  @Field(() => Date, { nullable: true, description: "End of the new time the candidate proposed, when status is RESCHEDULE_REQUESTED." })
  proposedEndAt?: Date | null;

  @Field(() => Grader, { nullable: true, description: "Who conducts the interview." })
  interviewer?: Grader | null;

  @Field(() => Candidate, {
    nullable: true,
    description: "Who is interviewed. DRVN shares no email; the one given to scheduleInterview is filled in on its answer.",
  })
  candidate?: Candidate | null;

  @Field(() => String, { nullable: true, description: "Your own reference for the interviewee, as given to scheduleInterview. DRVN stores none, so only that answer carries it." })
  externalId?: string | null;

  @Field(() => InterviewDetails, { nullable: true, description: "What this provider documents about the interview beyond the common fields." })
  details?: InterviewDetails | null;

  @Field(() => Date, { description: "When this state came from the provider (DRVN returns it only from its mutations)." })
  fetchedAt: Date;

  @Field(() => DataSource, { description: "PROVIDER: returned by the provider in this request. RECORD: served from hiregraph's record." })
  source: DataSource;
}
