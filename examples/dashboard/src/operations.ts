import { graphql } from "./__generated__";

/**
 * Everything the page shows of one candidate; invites, interviews and candidates are normalised by id in Apollo's
 * cache. `providers` (no provider call) says which invites can be withdrawn.
 */
export const CANDIDATE = graphql(`
  query DashboardCandidate($email: String, $externalId: String) {
    providers {
      provider
      capabilities
    }
    candidate(email: $email, externalId: $externalId) {
      email
      name
      externalIds
      invites {
        ...DashboardInvite
      }
      interviews {
        id
        provider
        status
        providerStatus
        startAt
        endAt
        location
        externalId
        fetchedAt
        source
        details {
          ... on DrvnInterviewDetails {
            amendedBy
          }
        }
      }
    }
  }
`);

export const INVITE_FIELDS = graphql(`
  fragment DashboardInvite on Invite {
    id
    provider
    providerId
    status
    providerStatus
    inviteUrl
    reportUrl
    fetchedAt
    source
    candidate {
      id
      provider
      name
      email
    }
    assessment {
      id
      name
      kind
    }
    result {
      score
      maxScore
      percent
      recommendation
      reportUrl
    }
    details {
      __typename
      ... on ImochaInviteDetails {
        performanceCategory
      }
      ... on XobinAiInterviewDetails {
        integrityScore
      }
      ... on XobinAssessmentDetails {
        cutOff
      }
      ... on AlfaOneInviteDetails {
        acceptedAt
      }
    }
  }
`);

export const INVITE_EVENTS = graphql(`
  subscription DashboardInviteEvents($filter: InviteEventFilter) {
    inviteEvents(filter: $filter) {
      id
      inviteId
      previousStatus
      status
      origin
      occurredAt
      invite {
        ...DashboardInvite
      }
    }
  }
`);

export const WITHDRAW = graphql(`
  mutation DashboardWithdraw($id: ID!) {
    withdrawInvite(input: { id: $id }) {
      invite {
        ...DashboardInvite
      }
      userErrors {
        code
        message
      }
    }
  }
`);

export const RESCHEDULE = graphql(`
  mutation DashboardReschedule($id: ID!, $startAt: DateTime!, $endAt: DateTime!) {
    updateInterview(input: { id: $id, startAt: $startAt, endAt: $endAt }) {
      interview {
        id
        status
        providerStatus
        startAt
        endAt
        fetchedAt
        source
      }
      userErrors {
        code
        message
      }
    }
  }
`);

export const INVITE = graphql(`
  mutation DashboardInvite($input: InviteCandidateInput!) {
    inviteCandidate(input: $input) {
      invite {
        ...DashboardInvite
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);
