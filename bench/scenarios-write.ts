import { SANDBOX_SECRETS } from "../src/config";
import { IMOCHA_TEST, INVITE_MUTATION, REVOKE_MUTATION, XOBIN_AI_INTERVIEW, gql } from "./fixtures";
import { runLoad, type LoadResult } from "./load";
import { CONNECTIONS, withServerCpu, type Bench, type ServerLoad } from "./scenarios-read";

export interface MutationResult {
  load: ServerLoad;
  /** Answers whose payload was not a clean success (userErrors present, or no invite). */
  unsuccessful: number;
  upstreamCallsPerRequest: number;
  note: string;
}

/** A payload counts as a success only with an invite and no userErrors. */
const succeeded = (status: number, body: string) => status === 200 && body.includes('"userErrors":[]') && !body.includes('"invite":null');

async function measured(b: Bench, run: (onBody: (status: number, body: string) => void) => Promise<LoadResult>, note: string): Promise<MutationResult> {
  let unsuccessful = 0;
  const calls0 = await b.sims.totalCalls();
  const load = await withServerCpu(b, () =>
    run((status, body) => {
      if (!succeeded(status, body)) unsuccessful += 1;
    }),
  );
  const calls = (await b.sims.totalCalls()) - calls0;
  return { load, unsuccessful, upstreamCallsPerRequest: calls / Math.max(load.requests, 1), note };
}

/** A load of POSTs to /graphql at CONNECTIONS connections, bounded by a duration or a request count. */
function graphqlLoad(b: Bench, bodyFor: (n: number) => string, bound: { durationS?: number; amount?: number }) {
  return (onBody: Parameters<typeof runLoad>[0]["onBody"]) =>
    runLoad({
      url: `${b.server.url}/graphql`,
      method: "POST",
      headers: { "content-type": "application/json" },
      connections: CONNECTIONS,
      bodyFor,
      onBody,
      ...bound,
    });
}

/** `inviteCandidate` to an iMocha test, a fresh candidate email on every request (so each one creates an invitation). */
export async function inviteCandidate(b: Bench, durationS: number): Promise<MutationResult> {
  const input = (email: string) => ({ assessmentId: IMOCHA_TEST, candidate: { name: "Bench Candidate", email } });
  await gql(`${b.server.url}/graphql`, INVITE_MUTATION, { input: input("bench-check@example.com") });
  return measured(
    b,
    graphqlLoad(b, (n) => JSON.stringify({ query: INVITE_MUTATION, variables: { input: input(`bench-${n}@example.com`) } }), { durationS }),
    "iMocha, new invitation per request",
  );
}

/** Creates `count` Xobin AI interview invites straight at the simulator, a few at a time; returns their global ids. */
async function createXobinInvites(b: Bench, count: number): Promise<string[]> {
  const ids: string[] = [];
  const createOne = async (n: number) => {
    const res = await fetch(`${b.server.url}/sandbox/xobin/ai-interviews/invite`, {
      method: "POST",
      headers: { "content-type": "application/json", apiKey: SANDBOX_SECRETS.XOBIN },
      body: JSON.stringify({
        candidate_name: "Bench Candidate",
        candidate_email: `revoke-${n}@example.com`,
        ai_interview_id: XOBIN_AI_INTERVIEW,
        invite_format: "getlink",
      }),
    });
    if (!res.ok) throw new Error(`creating a Xobin invite answered ${res.status}`);
    ids.push(`xobin:ai-invite:${((await res.json()) as { response_id: number }).response_id}`);
  };
  const parallel = 25;
  for (let start = 0; start < count; start += parallel) {
    await Promise.all(Array.from({ length: Math.min(parallel, count - start) }, (_, k) => createOne(start + k)));
  }
  return ids;
}

/**
 * `revokeInvite` on Xobin, each request revoking a different pending invite exactly once, so every answer is a
 * real REVOKED (a second revoke would be ALREADY_REVOKED: also a full round trip, but not measured here).
 */
export async function revokeInvites(b: Bench, count: number): Promise<MutationResult> {
  const ids = await createXobinInvites(b, count);
  const body = (n: number) => JSON.stringify({ query: REVOKE_MUTATION, variables: { id: ids[n % ids.length] } });
  return measured(
    b,
    graphqlLoad(b, body, { amount: ids.length }),
    `Xobin, ${count} pending invites each revoked once (REVOKED; revoke + re-read)`,
  );
}
