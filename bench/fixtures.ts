import { ALFAONE_SEED } from "../src/providers/alfaone";
import { IMOCHA_SEED } from "../src/providers/imocha";
import { XOBIN_SEED } from "../src/providers/xobin";

/**
 * One seeded iMocha invite, read through the simulator and through GraphQL. In progress, so every read goes to the
 * provider: a final state (completed, say) would be served from the record, with no upstream call to measure.
 */
export const IMOCHA_INVITE = IMOCHA_SEED.inProgressInvite;
export const IMOCHA_TEST = `imocha:test:${IMOCHA_SEED.javascriptTest}`;
export const XOBIN_AI_INTERVIEW = Number(XOBIN_SEED.aiInterview);

export const INVITE_QUERY = `query Invite($id: ID!) { invite(id: $id) { id status candidate { name email } assessment { id name } score } }`;

/** The list page of a mixed ATS view: invites of three providers with what they are for and who grades them. */
export const INVITES_QUERY = `query Invites($ids: [ID!]!) { invites(ids: $ids) { id status candidate { name email }
  assessment { id name kind } grader { id name email } } }`;

export const INVITE_MUTATION = `mutation Invite($input: InviteCandidateInput!) {
  inviteCandidate(input: $input) { invite { id status inviteUrl } userErrors { code message } } }`;

export const REVOKE_MUTATION = `mutation Revoke($id: ID!) {
  revokeInvite(input: { id: $id }) { invite { id status } userErrors { code message } } }`;

/** Every seeded invite of AlfaOne, iMocha and Xobin (DRVN has interviews, not invites). */
function distinctSeededInvites(): string[] {
  const a = ALFAONE_SEED;
  const i = IMOCHA_SEED;
  const x = XOBIN_SEED;
  return [
    ...[a.pendingInvite, a.acceptedInvite, a.startedInvite, a.completedInvite, a.expiredInvite, a.revokedInvite].map((id) => `alfaone:invite:${id}`),
    ...[i.pendingInvite, i.inProgressInvite, i.completedInvite, i.testLeftInvite, i.terminatedInvite, i.expiredInvite, i.cancelledInvite].map(
      (id) => `imocha:invite:${id}`,
    ),
    ...[x.pendingAiInvite, x.startedAiInvite, x.completedAiInvite, x.revokedAiInvite].map((id) => `xobin:ai-invite:${id}`),
    ...[x.pendingAssessmentInvite, x.startedAssessmentInvite, x.completedAssessmentInvite].map((id) => `xobin:assessment-invite:${id}`),
  ];
}

/** 50 ids cycling through the distinct seeded invites, so most of them appear twice. */
export function fiftyMixedIds(): string[] {
  const distinct = distinctSeededInvites();
  return Array.from({ length: 50 }, (_, k) => distinct[k % distinct.length]);
}

export interface GqlBody {
  data?: Record<string, unknown>;
  errors?: Array<{ message: string }>;
}

/** POSTs one GraphQL operation and fails loudly on a non-200 or GraphQL errors, so a broken path is never timed. */
export async function gql(url: string, query: string, variables: Record<string, unknown>): Promise<GqlBody> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as GqlBody;
  if (res.status !== 200 || body.errors?.length) {
    throw new Error(`${url} answered ${res.status}: ${JSON.stringify(body.errors ?? body).slice(0, 300)}`);
  }
  return body;
}
