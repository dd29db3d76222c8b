import type { SectionScore } from "./results";

/*
 * What each provider documents beyond the common fields, one shape per provider and invite kind. `__typename`
 * names the shape; it is an own property, so the same value comes back from JSON (the record, Redis) as from a
 * mapper, and the GraphQL unions resolve by it.
 */

export interface AlfaOneProctoringSettings {
  screenRecording: boolean;
  webcamMonitoring: boolean;
  requireIdCapture: boolean;
}

export interface AlfaOneInviteDetails {
  readonly __typename: "AlfaOneInviteDetails";
  questionReplayLimit?: number | null;
  answerRecordLimit?: number | null;
  proctoringSettings?: AlfaOneProctoringSettings | null;
  customMessage?: string | null;
  acceptedAt?: Date | null;
}

export interface XobinRecording {
  session: string;
  url: string;
}

export interface XobinAiInterviewDetails {
  readonly __typename: "XobinAiInterviewDetails";
  candidateId?: string | null;
  integrityScore?: number | null;
  recommendation?: string | null;
  summary?: string | null;
  pdfUrl?: string | null;
  recordings: XobinRecording[];
}

export interface XobinRegistrationField {
  label: string;
  value?: string | null;
}

export interface XobinAssessmentDetails {
  readonly __typename: "XobinAssessmentDetails";
  candidateId?: string | null;
  cutOff?: number | null;
  offTabCount?: number | null;
  registrationFields: XobinRegistrationField[];
  skills: SectionScore[];
}

export interface ImochaSection {
  sectionId?: string | null;
  name: string;
  score?: number | null;
  maxScore?: number | null;
  questionCount?: number | null;
  minutesAllowed?: number | null;
  secondsTaken?: number | null;
}

export interface ImochaInviteDetails {
  readonly __typename: "ImochaInviteDetails";
  performanceCategory?: string | null;
  sections: ImochaSection[];
}

export type InviteDetails = AlfaOneInviteDetails | XobinAiInterviewDetails | XobinAssessmentDetails | ImochaInviteDetails;

export interface DrvnDriver {
  id: string;
  name?: string | null;
  phoneNumber?: string | null;
  imageUrl?: string | null;
}

export interface DrvnInterviewDetails {
  readonly __typename: "DrvnInterviewDetails";
  amendedBy?: string | null;
  intervieweeStage?: string | null;
  currency?: string | null;
  intervieweeUpdatedAt?: Date | null;
  driver?: DrvnDriver | null;
}

export type InterviewDetails = DrvnInterviewDetails;
