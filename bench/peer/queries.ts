/** One side of a scenario: where to POST, with what, and how to tell that the answer is the right one. */
export interface Side {
  url: string;
  headers: Record<string, string>;
  body: string;
  /** Headers that differ per request (the caller's token), by request number. */
  headersFor?: (n: number) => Record<string, string>;
  expect: (body: string) => boolean;
}

const INVITE_FIELDS = "id status candidate { name email } assessment { name }";

/** The peer's field for one hiregraph invite id: the REST read behind it, with the same facts asked for. */
function peerField(alias: string, id: string): string {
  const [provider, type, nativeId] = id.split(":");
  if (provider === "imocha") {
    return `${alias}: imochaReport(testInvitationId: "${nativeId}", reportType: "1") { testInvitationId Status candidateEmail testName }`;
  }
  if (provider === "xobin" && type === "assessment-invite") {
    return `${alias}: xobinAssessmentReport(reportId: "${nativeId}") { report_id invite_status name email assessment_id }`;
  }
  if (provider === "xobin") {
    return `${alias}: xobinAiReport(responseId: "${nativeId}") { response_id invite_status candidate_name candidate_email ai_interview_name }`;
  }
  return `${alias}: alfaoneInvite(inviteId: "${nativeId}") { invite { id status recipientEmail recipientName assessmentName } }`;
}

const noErrors = (text: string, count: number, key?: string) => {
  const body = JSON.parse(text) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (body.errors?.length || !body.data) return false;
  const values = key ? (body.data[key] as unknown[]) : Object.values(body.data);
  return Array.isArray(values) && values.length === count && values.every((v) => v !== null);
};

/** Every invite's state is no older than `maxAge` seconds (what a dashboard asking for it is promised). */
const withinMaxAge = (text: string, maxAge: number) => {
  const invites = (JSON.parse(text) as { data: { invites: Array<{ fetchedAt: string }> } }).data.invites;
  return invites.every((i) => Date.now() - Date.parse(i.fetchedAt) <= maxAge * 1000);
};

/** The same read asked of both servers: hiregraph's `invite`/`invites(ids)`, the peer's REST fields (one alias per id). */
export function peerQueries(target: { hiregraph: string; peer: string; token: string }) {
  const json = { "content-type": "application/json" };
  const hiregraph = (query: string, variables: Record<string, unknown>, expect: Side["expect"]): Side => ({
    url: target.hiregraph,
    headers: { ...json, authorization: `Bearer ${target.token}` },
    body: JSON.stringify({ query, variables }),
    expect,
  });
  const peer = (ids: string[]): Side => ({
    url: target.peer,
    headers: json,
    body: JSON.stringify({ query: `{ ${ids.map((id, k) => peerField(`i${k}`, id)).join("\n")} }` }),
    expect: (text) => noErrors(text, ids.length),
  });
  return {
    single: (id: string) => ({
      hiregraph: hiregraph(`query($id: ID!) { invite(id: $id) { ${INVITE_FIELDS} } }`, { id }, (t) => noErrors(t, 1)),
      peer: peer([id]),
    }),
    /** The same read, each hiregraph request from the next of `tokens` (distinct callers, so no read is shared). */
    singleByCallers: (id: string, tokens: string[]) => ({
      hiregraph: {
        ...hiregraph(`query($id: ID!) { invite(id: $id) { ${INVITE_FIELDS} } }`, { id }, (t) => noErrors(t, 1)),
        headersFor: (n: number) => ({ authorization: `Bearer ${tokens[n % tokens.length]}` }),
      },
      peer: peer([id]),
    }),
    /** `maxAge` (seconds) lets hiregraph answer from its record; the peer has none and always asks the providers. */
    many: (ids: string[], maxAge?: number) => ({
      hiregraph: hiregraph(
        `query($ids: [ID!]!, $maxAge: Int) { invites(ids: $ids, maxAge: $maxAge) { ${INVITE_FIELDS} fetchedAt source } }`,
        { ids, maxAge: maxAge ?? null },
        (t) => noErrors(t, ids.length, "invites") && (maxAge === undefined || withinMaxAge(t, maxAge)),
      ),
      peer: peer(ids),
    }),
  };
}
