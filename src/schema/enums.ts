import { registerEnumType } from "type-graphql";
import { SETTINGS_LIST } from "../providers/settings";
import { AssessmentKind, Capability, DataSource, ErrorCode, EventOrigin, InterviewFormat, InterviewStatus, InviteStatus, Provider, ProviderMode } from "../domain/enums";

/* The GraphQL names and descriptions of the domain enums; imported once by the schema types, before any resolver. */

registerEnumType(Provider, {
  name: "Provider",
  description: "An assessment vendor behind hiregraph.",
  // Each value's description is its provider module's (src/providers/<name>/config.ts).
  valuesConfig: Object.fromEntries(SETTINGS_LIST.map((s) => [s.provider, { description: s.description }])),
});

registerEnumType(InviteStatus, {
  name: "InviteStatus",
  description: "Where a candidate's invite stands, normalised across providers. The raw value is in `providerStatus`.",
  valuesConfig: {
    PENDING: { description: "Sent or created; the candidate has not acted yet." },
    ACCEPTED: { description: "The candidate accepted the invite but has not started." },
    STARTED: { description: "The candidate is taking the assessment." },
    COMPLETED: { description: "The candidate finished; a score or report may be available." },
    EXPIRED: { description: "The invite's access window ended before completion." },
    REVOKED: { description: "The invite was withdrawn by the recruiter (Xobin revoke, AlfaOne revoked)." },
    CANCELLED: { description: "The invite was cancelled before the candidate started (iMocha cancel)." },
    ABANDONED: { description: "The candidate left the test before finishing (iMocha `Test Left`)." },
    TERMINATED: { description: "The attempt was ended by the provider, e.g. for proctoring violations." },
    UNKNOWN: { description: "The provider returned a status hiregraph does not recognise; see `providerStatus`." },
  },
});

registerEnumType(InterviewStatus, {
  name: "InterviewStatus",
  description: "Where a scheduled interview stands, normalised across providers. The raw value is in `providerStatus`.",
  valuesConfig: {
    PENDING: { description: "Proposed; not yet accepted by both sides." },
    SCHEDULED: { description: "Accepted and on the calendar." },
    DECLINED: { description: "Rejected by the interviewee." },
    RESCHEDULE_REQUESTED: { description: "The interviewee asked for another time (DRVN `amended`)." },
    CANCELLED: { description: "Called off." },
    UNKNOWN: { description: "The provider returned a status hiregraph does not recognise; see `providerStatus`." },
  },
});

registerEnumType(AssessmentKind, {
  name: "AssessmentKind",
  description: "What sort of assessment a candidate is invited to.",
  valuesConfig: {
    SKILLS_TEST: { description: "A scored skills test (Xobin assessment, iMocha test)." },
    VIDEO_ASSESSMENT: { description: "One-way recorded video or audio answers (AlfaOne)." },
    AI_INTERVIEW: { description: "A conversational interview run by an AI interviewer (Xobin)." },
  },
});

registerEnumType(InterviewFormat, {
  name: "InterviewFormat",
  description: "How an interview takes place.",
  valuesConfig: {
    VIDEO_CALL: { description: "Remote, over a video call." },
    IN_PERSON: { description: "Face to face at `location`." },
    UNKNOWN: { description: "The provider returned a format hiregraph does not recognise." },
  },
});

registerEnumType(ProviderMode, {
  name: "ProviderMode",
  description: "How this server reaches a provider.",
  valuesConfig: {
    LIVE: { description: "Calls the provider's real API with the configured credentials." },
    SANDBOX: { description: "Calls the built-in simulator under `/sandbox/<provider>` (no credentials, demo data)." },
    DISABLED: { description: "Not configured (production); its operations fail with PROVIDER_UNAVAILABLE." },
  },
});

registerEnumType(Capability, {
  name: "Capability",
  description: "An operation a provider's API supports through hiregraph.",
  valuesConfig: {
    READ_INVITE: { description: "Read one invite by id (`invite`, `invites`, `node`)." },
    LIST_INVITES: { description: "List invites page by page (`listInvites`)." },
    CREATE_INVITE: { description: "Invite a candidate (`inviteCandidate`)." },
    REVOKE_INVITE: { description: "Withdraw an invite (`revokeInvite`)." },
    CANCEL_INVITE: { description: "Cancel a pending invite (`cancelInvite`)." },
    WITHDRAW_INVITE: { description: "Take an invite back, whatever the provider calls it (`withdrawInvite`: revoke at Xobin, cancel at iMocha)." },
    READ_ASSESSMENT: { description: "Read one assessment by id (`assessment`, `node`)." },
    LIST_ASSESSMENTS: { description: "List assessments page by page (`listAssessments`)." },
    CREATE_INTERVIEW: { description: "Schedule an interview (`scheduleInterview`)." },
    UPDATE_INTERVIEW: { description: "Change an interview (`updateInterview`)." },
  },
});

registerEnumType(ErrorCode, {
  name: "ErrorCode",
  description: "Machine-readable error codes, used in mutation `userErrors` and in query errors' `extensions.code`.",
  valuesConfig: {
    INVALID_INPUT: { description: "An input field is missing or malformed; `field` names it." },
    INVALID_ID: { description: "An id is not of the form `<provider>:<type>:<nativeId>`, names an unknown provider or type, or is of the wrong type for this operation." },
    NOT_FOUND: { description: "The provider has no object with this id." },
    UNSUPPORTED_OPERATION: { description: "The provider's API does not offer this operation; the message says what is supported instead." },
    QUOTA_EXCEEDED: { description: "The provider account has used up its invites (Xobin `limit_exceed`)." },
    NOT_ALLOWED: { description: "The provider refuses this operation for this object (Xobin: invite sent before the latest plan change)." },
    ALREADY_REVOKED: { description: "The invite was already revoked." },
    NOT_CANCELLABLE: { description: "Only pending invitations can be cancelled; this one has moved on." },
    RATE_LIMITED: { description: "Too many requests to the provider; retry after `retryAfterSeconds`." },
    PROVIDER_UNAVAILABLE: { description: "The provider timed out, failed, or answered with something that is not valid JSON. Retryable." },
    PROVIDER_AUTH_FAILED: { description: "The provider rejected hiregraph's credentials. An operator must fix the configuration." },
    PROVIDER_REJECTED: { description: "The provider rejected the request as invalid; the message carries its reason." },
    OUTCOME_UNKNOWN: { description: "A write may or may not have reached the provider (e.g. a timeout after sending). It was not retried; check the object before trying again." },
    IDEMPOTENCY_KEY_REUSED: { description: "This idempotency key was already used with a different input." },
    IDEMPOTENCY_UNAVAILABLE: {
      description:
        "The idempotency key could not be checked (the shared store is unreachable, or the first request with this key is still running), so nothing was sent to the provider. Retryable with the same key.",
    },
    INTERNAL_SERVER_ERROR: {
      description: "A fault inside hiregraph itself, not the caller's or a provider's. Not retryable: the same request would meet the same fault; it is logged for the operators.",
    },
  },
});



registerEnumType(DataSource, {
  name: "DataSource",
  description: "Where the state in this response came from; `fetchedAt` says how old it is.",
  valuesConfig: {
    PROVIDER: { description: "Read from the provider while answering this request." },
    RECORD: { description: "Served from hiregraph's record: the last state hiregraph learned from the provider." },
  },
});

registerEnumType(EventOrigin, {
  name: "EventOrigin",
  description: "How hiregraph learned of an invite's change.",
  valuesConfig: {
    CALLBACK: { description: "The provider called hiregraph back (iMocha callback, Xobin workflow webhook)." },
    POLL: { description: "hiregraph's poller re-read an invite that was not final." },
    MUTATION: { description: "A mutation through hiregraph created or changed the invite." },
    READ: { description: "A query read the invite from the provider and found a new status." },
  },
});
