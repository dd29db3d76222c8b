import { Field, ID, InputType } from "type-graphql";
import { InterviewFormat } from "../../domain/enums";

@InputType({ description: "Change a scheduled interview (DRVN). Only the fields given are sent; the rest stay as they are." })
export class UpdateInterviewInput {
  @Field(() => ID, { description: "The interview: `drvn:interview:<id>`." })
  id: string;

  @Field(() => Date, { nullable: true, description: "New start time." })
  startAt?: Date;

  @Field(() => Date, { nullable: true, description: "New end time; must be after the start." })
  endAt?: Date;

  @Field(() => InterviewFormat, { nullable: true, description: "VIDEO_CALL or IN_PERSON." })
  format?: InterviewFormat;

  @Field({ nullable: true, description: "Meeting link or address, up to 500 characters." })
  location?: string;

  @Field(() => ID, { nullable: true, description: "New interviewer: a `drvn:grader:<id>`." })
  interviewerId?: string;

  @Field(() => ID, { nullable: true, description: "New interviewee: a `drvn:candidate:<id>`." })
  candidateId?: string;

  @Field({ nullable: true, description: "Makes retries safe; see InviteCandidateInput.idempotencyKey." })
  idempotencyKey?: string;
}

@InputType({ description: "Schedule a new interview (DRVN)." })
export class ScheduleInterviewInput {
  @Field(() => Date, { description: "Start time." })
  startAt: Date;

  @Field(() => Date, { description: "End time; must be after the start." })
  endAt: Date;

  @Field(() => InterviewFormat, { description: "VIDEO_CALL or IN_PERSON." })
  format: InterviewFormat;

  @Field({ nullable: true, description: "Meeting link or address, up to 500 characters." })
  location?: string;

  @Field(() => ID, { description: "Interviewer: a `drvn:grader:<id>`." })
  interviewerId: string;

  @Field(() => ID, { description: "Interviewee: a `drvn:candidate:<id>`." })
  candidateId: string;

  @Field({ nullable: true, description: "Makes retries safe; see InviteCandidateInput.idempotencyKey." })
  idempotencyKey?: string;
}
