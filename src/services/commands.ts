import type { Interview, Invite } from "../domain/entities";
import type { InterviewFormat, Provider } from "../domain/enums";
import type { ErrorReport } from "../domain/errors";

/*
 * What the services take and give back, as plain data. The GraphQL input and payload classes (src/schema) implement
 * these, so the services never see a GraphQL type and a field added on one side without the other does not compile.
 */

export interface InviteCandidateCommand {
  assessmentId: string;
  candidate: { name?: string; email: string };
  sendEmail?: boolean;
  startsAt?: Date;
  expiresAt?: Date;
  externalId?: string;
  idempotencyKey?: string;
  alfaone?: {
    questionReplayLimit?: number;
    answerRecordLimit?: number;
    screenRecording?: boolean;
    webcamMonitoring?: boolean;
    requireIdCapture?: boolean;
  };
  imocha?: {
    callbackUrl?: string;
    redirectUrl?: string;
    proctoringMode?: string;
    timeZoneId?: number;
    hideInstruction?: boolean;
  };
}

export interface RevokeInviteCommand {
  id: string;
  notifyCandidate?: boolean;
  idempotencyKey?: string;
}

export interface CancelInviteCommand {
  id: string;
  idempotencyKey?: string;
}

export type WithdrawInviteCommand = RevokeInviteCommand;

export interface InterviewFieldsCommand {
  startAt?: Date;
  endAt?: Date;
  format?: InterviewFormat;
  location?: string;
  interviewerId?: string;
  candidateId?: string;
  idempotencyKey?: string;
}

export interface UpdateInterviewCommand extends InterviewFieldsCommand {
  id: string;
}

export interface ScheduleInterviewCommand extends InterviewFieldsCommand {
  startAt: Date;
  endAt: Date;
  format: InterviewFormat;
  interviewerId: string;
  candidateId: string;
  externalId?: string;
  candidate?: { name?: string; email: string };
}

export interface ReplayCallbacksCommand {
  inviteIds: string[];
  idempotencyKey?: string;
}

export interface EventFilterCommand {
  inviteIds?: string[] | null;
  candidateEmail?: string | null;
  externalId?: string | null;
  providers?: Provider[] | null;
}

/** Every mutation's outcome carries the failures it reports instead of throwing. */
export interface MutationOutcome {
  userErrors: ErrorReport[];
}

export interface InviteOutcome extends MutationOutcome {
  invite: Invite | null;
}

export interface InterviewOutcome extends MutationOutcome {
  interview: Interview | null;
}

export interface ReplayOutcome extends MutationOutcome {
  acceptedIds: string[];
  refusedIds: string[];
}
