import type { CancelInviteCommand, InviteCandidateCommand, RevokeInviteCommand, WithdrawInviteCommand } from "../../services/commands";
import { Field, ID, InputType, Int } from "type-graphql";

@InputType({ description: "Who to invite." })
export class CandidateInput {
  @Field(() => String, { nullable: true, description: "Full name, up to 200 characters. Required by Xobin and iMocha; AlfaOne's API takes no name, so it is not sent there." })
  name?: string;

  @Field({ description: "Email address, up to 254 characters." })
  email: string;
}

@InputType({ description: "AlfaOne-only invite settings. Giving them for another provider is an INVALID_INPUT error." })
export class AlfaOneInviteOptions {
  @Field(() => Int, { nullable: true, description: "How many times the candidate may replay each question (≥ 1). AlfaOne default: 1." })
  questionReplayLimit?: number;

  @Field(() => Int, { nullable: true, description: "How many recording attempts per answer (≥ 1). AlfaOne default: 1." })
  answerRecordLimit?: number;

  @Field({ nullable: true, description: "Record the candidate's screen. AlfaOne default: true." })
  screenRecording?: boolean;

  @Field({ nullable: true, description: "Monitor the candidate's webcam. AlfaOne default: true." })
  webcamMonitoring?: boolean;

  @Field({ nullable: true, description: "Require an ID capture. AlfaOne default: true." })
  requireIdCapture?: boolean;
}

@InputType({ description: "iMocha-only invite settings. Giving them for another provider is an INVALID_INPUT error." })
export class IMochaInviteOptions {
  @Field({ nullable: true, description: "HTTPS URL iMocha notifies when the candidate starts and finishes." })
  callbackUrl?: string;

  @Field({ nullable: true, description: "URL the candidate is sent to after the test." })
  redirectUrl?: string;

  @Field({ nullable: true, description: "Proctoring: `disabled`, `image` or `video`." })
  proctoringMode?: string;

  @Field(() => Int, { nullable: true, description: "iMocha time-zone id for the access window (see iMocha's List timezones)." })
  timeZoneId?: number;

  @Field({ nullable: true, description: "Skip the instructions page." })
  hideInstruction?: boolean;
}

@InputType({ description: "Invite a candidate to an assessment. The assessment id decides the provider." })
export class InviteCandidateInput implements InviteCandidateCommand {
  @Field(() => ID, {
    description:
      "What to invite to: `xobin:ai-interview:<id>`, `xobin:assessment:<id>`, `alfaone:assessment:<uuid>` or `imocha:test:<id>`.",
  })
  assessmentId: string;

  @Field(() => CandidateInput, { description: "Who to invite." })
  candidate: CandidateInput;

  @Field({
    nullable: true,
    description:
      "true: the provider emails the candidate. false: only a link is created (not possible with AlfaOne, which always emails). Omitted: Xobin and iMocha send no email; AlfaOne emails.",
  })
  sendEmail?: boolean;

  @Field(() => Date, { nullable: true, description: "When the candidate may start (Xobin AI interviews, iMocha). Xobin keeps minutes only." })
  startsAt?: Date;

  @Field(() => Date, {
    nullable: true,
    description: "When the invite expires. Xobin keeps minutes only; AlfaOne rounds up to whole days from now.",
  })
  expiresAt?: Date;

  @Field({ nullable: true, description: "Your own reference, up to 255 characters; stored by Xobin AI interviews (`custom_field_id`) only." })
  externalId?: string;

  @Field({ nullable: true, description: "Makes retries safe: the same key with the same input returns the first result without a new provider call (24 h). Up to 255 characters." })
  idempotencyKey?: string;

  @Field(() => AlfaOneInviteOptions, { nullable: true, description: "AlfaOne-only settings." })
  alfaone?: AlfaOneInviteOptions;

  @Field(() => IMochaInviteOptions, { nullable: true, description: "iMocha-only settings." })
  imocha?: IMochaInviteOptions;
}

@InputType({ description: "Withdraw an invite (Xobin). Other providers answer UNSUPPORTED_OPERATION." })
export class RevokeInviteInput implements RevokeInviteCommand {
  @Field(() => ID, { description: "The invite: `xobin:ai-invite:<id>` or `xobin:assessment-invite:<id>`." })
  id: string;

  @Field({ nullable: true, description: "Email the candidate that the invite was revoked. Default: false (revoke silently)." })
  notifyCandidate?: boolean;

  @Field({ nullable: true, description: "Makes retries safe; see InviteCandidateInput.idempotencyKey." })
  idempotencyKey?: string;
}

@InputType({ description: "Cancel a pending invitation (iMocha). Other providers answer UNSUPPORTED_OPERATION." })
export class CancelInviteInput implements CancelInviteCommand {
  @Field(() => ID, { description: "The invitation: `imocha:invite:<id>`." })
  id: string;

  @Field({ nullable: true, description: "Makes retries safe; see InviteCandidateInput.idempotencyKey." })
  idempotencyKey?: string;
}

@InputType({ description: "Take an invite back, whatever its provider: revoked at Xobin, cancelled at iMocha (Pending only). AlfaOne answers UNSUPPORTED_OPERATION." })
export class WithdrawInviteInput implements WithdrawInviteCommand {
  @Field(() => ID, { description: "The invite: `xobin:ai-invite:<id>`, `xobin:assessment-invite:<id>` or `imocha:invite:<id>`." })
  id: string;

  @Field({
    nullable: true,
    description: "Email the candidate that the invite was withdrawn (Xobin only; `true` for iMocha, which cannot notify, is an INVALID_INPUT error). Default: false.",
  })
  notifyCandidate?: boolean;

  @Field({ nullable: true, description: "Makes retries safe; see InviteCandidateInput.idempotencyKey." })
  idempotencyKey?: string;
}
