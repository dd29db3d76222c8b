import type * as domain from "../../domain/details";
import { createUnionType, Field, Float, Int, ObjectType } from "type-graphql";
import { SectionScore } from "./result";

/*
 * Each member carries its own GraphQL type name as `__typename`, an own property, so the union resolves
 * the same for objects rebuilt from JSON (idempotent replays from Redis) as for fresh mapper output.
 */

@ObjectType({ description: "AlfaOne's proctoring configuration for one invite." })
export class AlfaOneProctoringSettings implements domain.AlfaOneProctoringSettings {
  @Field({ description: "The candidate's screen is recorded." })
  screenRecording: boolean;

  @Field({ description: "The candidate's webcam is monitored." })
  webcamMonitoring: boolean;

  @Field({ description: "The candidate must capture an identity document." })
  requireIdCapture: boolean;
}

@ObjectType({ description: "What AlfaOne's invite record holds beyond the common Invite fields (get-invite page)." })
export class AlfaOneInviteDetails implements domain.AlfaOneInviteDetails {
  readonly __typename = "AlfaOneInviteDetails";

  @Field(() => Int, { nullable: true, description: "How many times the candidate may replay each question (`questionReplayLimit`)." })
  questionReplayLimit?: number | null;

  @Field(() => Int, { nullable: true, description: "How many recording attempts the candidate has per answer (`answerRecordLimit`)." })
  answerRecordLimit?: number | null;

  @Field(() => AlfaOneProctoringSettings, { nullable: true, description: "Proctoring for this invite (`proctoringSettings`); null where the answer omits it (list items)." })
  proctoringSettings?: AlfaOneProctoringSettings | null;

  @Field(() => String, { nullable: true, description: "The custom message sent with the invite (`customMessage`)." })
  customMessage?: string | null;

  @Field(() => Date, { nullable: true, description: "When the candidate accepted the invite (`acceptedAt`)." })
  acceptedAt?: Date | null;
}

@ObjectType({ description: "One recording of a Xobin AI interview." })
export class XobinRecording implements domain.XobinRecording {
  @Field({ description: "Which recording: Xobin's key for it (`session1`, `session2`)." })
  session: string;

  @Field({ description: "Link to the recording." })
  url: string;
}

@ObjectType({ description: "What a Xobin AI interview report holds beyond the common Invite fields and `result`." })
export class XobinAiInterviewDetails implements domain.XobinAiInterviewDetails {
  readonly __typename = "XobinAiInterviewDetails";

  @Field(() => String, { nullable: true, description: "Xobin's own candidate id (`candidate_id`). Whether it names a person or this one invite is not documented." })
  candidateId?: string | null;

  @Field(() => Float, { nullable: true, description: "Xobin's integrity score for the attempt, 0–10 (`integrity_score`); null until completed." })
  integrityScore?: number | null;

  @Field(() => String, { nullable: true, description: "Xobin's hiring recommendation, verbatim (`recommendation`; values not documented). Also in `result.recommendation`." })
  recommendation?: string | null;

  @Field(() => String, { nullable: true, description: "Xobin's written summary of the candidate (`candidate_summary`)." })
  summary?: string | null;

  @Field(() => String, { nullable: true, description: "Link to the report as a PDF (`pdf_link`). The web report is `result.reportUrl`." })
  pdfUrl?: string | null;

  @Field(() => [XobinRecording], { description: "Recordings of the interview (`interview_recording`); empty before completion." })
  recordings: XobinRecording[];
}

@ObjectType({ description: "One answer the candidate gave on a Xobin assessment's registration form." })
export class XobinRegistrationField implements domain.XobinRegistrationField {
  @Field({ description: "The form field's label." })
  label: string;

  @Field(() => String, { nullable: true, description: "What the candidate entered." })
  value?: string | null;
}

@ObjectType({ description: "What a Xobin assessment report holds beyond the common Invite fields and `result`." })
export class XobinAssessmentDetails implements domain.XobinAssessmentDetails {
  readonly __typename = "XobinAssessmentDetails";

  @Field(() => String, { nullable: true, description: "Xobin's own candidate id (`candidate_id`)." })
  candidateId?: string | null;

  @Field(() => Int, { nullable: true, description: "The assessment's cut-off (`cut_off`). Its unit is not documented; it reads like a percentage, as `overall_percentage` is." })
  cutOff?: number | null;

  @Field(() => Int, { nullable: true, description: "Xobin's `offtab_count`: by its name, how often the candidate left the test tab (meaning not documented further)." })
  offTabCount?: number | null;

  @Field(() => [XobinRegistrationField], { description: "The candidate's registration form answers (`registration_fields`); empty before completion." })
  registrationFields: XobinRegistrationField[];

  @Field(() => [SectionScore], { description: "Skill percentages within each section (`sections[].skill_wise_score`); `group` is the section's name, `maxScore` 100." })
  skills: SectionScore[];
}

@ObjectType({ description: "One section of an iMocha test as the report gives it." })
export class ImochaSection implements domain.ImochaSection {
  @Field(() => String, { nullable: true, description: "iMocha's section id (`sectionId`)." })
  sectionId?: string | null;

  @Field({ description: "Section name (`sectionName`)." })
  name: string;

  @Field(() => Float, { nullable: true, description: "The candidate's points in this section (`candidateScore`)." })
  score?: number | null;

  @Field(() => Float, { nullable: true, description: "The section's points (`sectionScore`; read as the most one can score there)." })
  maxScore?: number | null;

  @Field(() => Int, { nullable: true, description: "Number of questions (`noOfQue`)." })
  questionCount?: number | null;

  @Field(() => Int, { nullable: true, description: "Minutes allowed (`sectionTime`)." })
  minutesAllowed?: number | null;

  @Field(() => Int, { nullable: true, description: "Seconds the candidate took (`sectionTimeTaken`)." })
  secondsTaken?: number | null;
}

@ObjectType({ description: "What an iMocha report holds beyond the common Invite fields and `result`." })
export class ImochaInviteDetails implements domain.ImochaInviteDetails {
  readonly __typename = "ImochaInviteDetails";

  @Field(() => String, { nullable: true, description: "iMocha's performance band for the attempt, verbatim (`PerformanceCategory`, e.g. `Beginner`); null before it is graded." })
  performanceCategory?: string | null;

  @Field(() => [ImochaSection], { description: "The report's sections, with scores, question counts and timing; empty before an attempt." })
  sections: ImochaSection[];
}

export const InviteDetails = createUnionType({
  name: "InviteDetails",
  description:
    "Provider-specific facts about an invite that have no common field: one member per provider and invite kind. Only fields the provider documents; select the member you need with `... on XobinAiInterviewDetails { … }`.",
  types: () => [AlfaOneInviteDetails, XobinAiInterviewDetails, XobinAssessmentDetails, ImochaInviteDetails] as const,
  resolveType: (value) => value.__typename,
});

export type InviteDetails = domain.InviteDetails;
