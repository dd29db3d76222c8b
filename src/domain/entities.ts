import { DataSource } from "./enums";
import type { AssessmentKind, EventOrigin, InterviewFormat, InterviewStatus, InviteStatus, Provider } from "./enums";
import type { InterviewDetails, InviteDetails } from "./details";
import type { InviteResult } from "./results";

export type { InviteResult, SectionScore } from "./results";

/*
 * The objects hiregraph unifies, as plain data. Providers' mappers build them, services and the record pass them
 * around, and the GraphQL layer (src/schema/types) describes them to clients; its classes implement these
 * interfaces, so a field added here without a GraphQL field (or the other way round) does not compile.
 */

/** The person invited or interviewed, as one provider holds them. */
export interface Candidate {
  id?: string | null;
  provider: Provider;
  providerId?: string | null;
  name?: string | null;
  email?: string | null;
  phone?: string | null;
}

/** A reviewer or interviewer: an AlfaOne grader or a DRVN interviewer. */
export interface Grader {
  id: string;
  provider: Provider;
  providerId: string;
  name?: string | null;
  email?: string | null;
  phone?: string | null;
}

/** Something a candidate can be invited to. */
export interface Assessment {
  id: string;
  provider: Provider;
  providerId: string;
  name?: string | null;
  kind: AssessmentKind;
  questionCount?: number | null;
  languages?: string[] | null;
  createdAt?: Date | null;
}

/** A candidate's invitation to an assessment, at any provider. */
export interface Invite {
  id: string;
  provider: Provider;
  providerId: string;
  status: InviteStatus;
  providerStatus?: string | null;
  candidate: Candidate;
  assessment?: Assessment | null;
  grader?: Grader | null;
  inviteUrl?: string | null;
  sentAt?: Date | null;
  expiresAt?: Date | null;
  startedAt?: Date | null;
  completedAt?: Date | null;
  revokedAt?: Date | null;
  score?: number | null;
  maxScore?: number | null;
  reportUrl?: string | null;
  result?: InviteResult | null;
  details?: InviteDetails | null;
  externalId?: string | null;
  /** When this state came from the provider. */
  fetchedAt: Date;
  source: DataSource;
}

/** A scheduled interview (DRVN). */
export interface Interview {
  id: string;
  provider: Provider;
  providerId: string;
  status: InterviewStatus;
  providerStatus?: string | null;
  format: InterviewFormat;
  startAt?: Date | null;
  endAt?: Date | null;
  location?: string | null;
  proposedStartAt?: Date | null;
  proposedEndAt?: Date | null;
  interviewer?: Grader | null;
  candidate?: Candidate | null;
  externalId?: string | null;
  details?: InterviewDetails | null;
  fetchedAt: Date;
  source: DataSource;
}

/** One candidate across every provider, as the record knows them. */
export interface CandidateProfile {
  email: string | null;
  name: string | null;
  externalIds: string[];
  invites: Invite[];
  interviews: Interview[];
}

/** An invite as a provider's answer gives it: hiregraph adds when and from where it learned the state. */
export type ProviderInvite = Omit<Invite, "fetchedAt" | "source">;

/** An interview as a provider's answer gives it. */
export type ProviderInterview = Omit<Interview, "fetchedAt" | "source">;

/** One recorded change of an invite's status. */
export interface InviteEvent {
  id: string;
  inviteId: string;
  previousStatus: InviteStatus | null;
  status: InviteStatus;
  providerStatus: string | null;
  occurredAt: Date;
  recordedAt: Date;
  origin: EventOrigin;
  provider: Provider;
  /** The event's position in the record, for cursors. */
  seq: string;
  candidateEmail: string | null;
  externalId: string | null;
  /** The invite's recorded state, when it was read with the event. */
  recordedInvite?: Invite | null;
}

/** A provider's answer stamped with when hiregraph read it. */
export function fromProvider<T extends object>(value: T, fetchedAt = new Date()): T & { fetchedAt: Date; source: DataSource } {
  return { ...value, fetchedAt, source: DataSource.PROVIDER };
}
