import { graphql } from "./__generated__";

/** Everything the page shows of one candidate; invites and interviews are normalised by id in Apollo's cache. */
export const CANDIDATE = graphql(`
  query DashboardCandidate($email: String, $externalId: String) {
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
        fetchedAt
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
        startAt
        endAt
        fetchedAt
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
