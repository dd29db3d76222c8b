import type { Capability, InterviewFormat, InviteStatus, Provider, ProviderMode } from "../domain/enums";
import type { GlobalId } from "../domain/ids";
import type { Assessment, ProviderInterview, ProviderInvite } from "../domain/entities";

/** One page of a provider list, with the provider's own paging facts. */
export interface Page<T> {
  items: T[];
  /** 1-based page number that was returned. */
  page: number;
  /** Page size used. */
  limit: number;
  /** Total items across all pages, when the provider reports it. */
  total?: number;
  /** Whether another page exists. */
  hasNextPage: boolean;
}

export interface PageArgs {
  /** 1-based page number. */
  page: number;
  /** Items per page (1–100). */
  limit: number;
}

export interface ListInvitesArgs extends PageArgs {
  /** Only invites to this assessment (required by Xobin, whose only list is per AI interview). */
  assessment?: GlobalId;
  status?: InviteStatus;
}

/** A validated invite request, already checked against the provider's documented fields. */
export interface CreateInviteRequest {
  assessment: GlobalId;
  candidate: { name?: string; email: string };
  /** True: the provider emails the candidate. False: only a link is returned. Undefined: provider default. */
  sendEmail?: boolean;
  startsAt?: Date;
  expiresAt?: Date;
  externalId?: string;
  alfaone?: { questionReplayLimit?: number; answerRecordLimit?: number; screenRecording?: boolean; webcamMonitoring?: boolean; requireIdCapture?: boolean };
  imocha?: { callbackUrl?: string; redirectUrl?: string; proctoringMode?: string; timeZoneId?: number; hideInstruction?: boolean };
}

export interface InterviewFields {
  startAt?: Date;
  endAt?: Date;
  format?: InterviewFormat;
  location?: string;
  /** Native DRVN interviewer id. */
  interviewerId?: string;
  /** Native DRVN interviewee (candidate) id. */
  candidateId?: string;
}

/**
 * What the GraphQL layer may ask of a provider. Methods a provider's API lacks are absent; `capabilities`
 * says which are present, for the `providers` query and for refusing unsupported mutations before any call.
 * Every method throws HiregraphError subclasses only (ProviderError for upstream failures).
 */
export interface ProviderAdapter {
  readonly provider: Provider;
  readonly mode: ProviderMode;
  readonly capabilities: readonly Capability[];

  /** One entry per id, in order: the invite, or the error for that id (ProviderNotFoundError when absent). */
  getInvites?(ids: readonly GlobalId[]): Promise<Array<ProviderInvite | Error>>;
  getAssessments?(ids: readonly GlobalId[]): Promise<Array<Assessment | Error>>;
  listInvites?(args: ListInvitesArgs): Promise<Page<ProviderInvite>>;
  listAssessments?(args: PageArgs): Promise<Page<Assessment>>;

  /**
   * Finds an invite by the caller's own reference (`externalId`), where the provider stores one. Used to
   * reconcile a create whose answer was lost, instead of retrying it into a duplicate. Null when absent.
   */
  findInviteByExternalId?(assessment: GlobalId, externalId: string): Promise<ProviderInvite | null>;

  /** Creates an invite and returns it as the provider describes it. */
  createInvite?(req: CreateInviteRequest): Promise<ProviderInvite>;
  /** Revokes an invite; resolves when the provider confirms, throws ProviderBusinessError for documented refusals. */
  revokeInvite?(id: GlobalId, opts: { notifyCandidate?: boolean }): Promise<void>;
  /** Cancels a pending invitation; throws ProviderBusinessError(NOT_CANCELLABLE) for other states. */
  cancelInvite?(id: GlobalId): Promise<void>;
  createInterview?(fields: Required<Pick<InterviewFields, "startAt" | "endAt" | "format" | "interviewerId" | "candidateId">> & InterviewFields): Promise<ProviderInterview>;
  /**
   * Asks the provider to send its callbacks for these invites again (iMocha `POST /v3/callbacks/process`).
   * Returns the ids it accepted and refused; ids of another account come back refused.
   */
  replayCallbacks?(ids: readonly GlobalId[]): Promise<{ accepted: string[]; refused: string[] }>;
  /** Sends only the fields given. */
  updateInterview?(id: GlobalId, fields: InterviewFields): Promise<ProviderInterview>;
}

/**
 * The adapter method each capability promises. WITHDRAW_INVITE has none of its own: it is revoke or cancel,
 * whichever the provider has.
 */
export const CAPABILITY_METHODS = {
  READ_INVITE: "getInvites",
  LIST_INVITES: "listInvites",
  CREATE_INVITE: "createInvite",
  REVOKE_INVITE: "revokeInvite",
  CANCEL_INVITE: "cancelInvite",
  READ_ASSESSMENT: "getAssessments",
  LIST_ASSESSMENTS: "listAssessments",
  CREATE_INTERVIEW: "createInterview",
  UPDATE_INTERVIEW: "updateInterview",
} as const satisfies Partial<Record<Capability, keyof ProviderAdapter>>;

type MethodOf<C extends Capability> = C extends keyof typeof CAPABILITY_METHODS ? (typeof CAPABILITY_METHODS)[C] : never;

/** An adapter known to have `capability`: its method is present, so callers need no `!`. */
export type CapableAdapter<C extends Capability> = ProviderAdapter & Required<Pick<ProviderAdapter, MethodOf<C>>>;

/**
 * Whether the adapter declares `capability` and has its method. A declared capability without its method is a bug
 * in that adapter, which the contract suite (test/helpers/adapter-contract.ts) exists to catch.
 */
export function hasCapability<C extends Capability>(adapter: ProviderAdapter, capability: C): adapter is CapableAdapter<C> {
  if (!adapter.capabilities.includes(capability)) return false;
  const method = (CAPABILITY_METHODS as Partial<Record<Capability, keyof ProviderAdapter>>)[capability];
  return method === undefined || typeof adapter[method] === "function";
}
