import type { ScheduleInterviewCommand, UpdateInterviewCommand } from "../../services/commands";
import { Field, ID, InputType } from "type-graphql";
import { InterviewFormat } from "../../domain/enums";

@InputType({ description: "Change a scheduled interview (DRVN). Only the fields given are sent; the rest stay as they are." })
export class UpdateInterviewInput implements UpdateInterviewCommand {
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

@InputType({ description: "Who is interviewed, as your system knows them. DRVN's interviewee has no email; this one is what joins the interview to the candidate's invites elsewhere." })
export class InterviewCandidateInput {
  @Field(() => String, { nullable: true, description: "Full name, up to 200 characters. Used only where DRVN's answer has no name for the driver." })
  name?: string;

  @Field({ description: "Email address, up to 254 characters." })
  email: string;
}

@InputType({ description: "Schedule a new interview (DRVN)." })
export class ScheduleInterviewInput implements ScheduleInterviewCommand {
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

  @Field({ nullable: true, description: "Your own reference for the candidate or application (e.g. your ATS id), up to 255 characters. DRVN stores none; it is returned on this answer's `externalId`." })
  externalId?: string;

  @Field(() => InterviewCandidateInput, { nullable: true, description: "The interviewee's email (and name), which DRVN does not hold; returned on this answer's `candidate`." })
  candidate?: InterviewCandidateInput;

  @Field({ nullable: true, description: "Makes retries safe; see InviteCandidateInput.idempotencyKey." })
  idempotencyKey?: string;
}
