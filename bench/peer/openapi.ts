/**
 * OpenAPI 3 descriptions of the simulator read endpoints behind `invite(id)`, as a team putting GraphQL Mesh in
 * front of the providers would write them: one document per provider, its auth header, the fields a list page
 * shows. Only what the benchmark asks for is described.
 */
type Schema = Record<string, unknown>;

const str = { type: "string" };
const num = { type: "number" };
const obj = (properties: Record<string, Schema>): Schema => ({ type: "object", properties });

function document(title: string, server: string, header: string, paths: Record<string, { operationId: string; schema: Schema; query?: string[] }>) {
  const out: Record<string, unknown> = {};
  for (const [path, op] of Object.entries(paths)) {
    const params = [...path.matchAll(/\{(\w+)\}/g)].map((m) => ({ name: m[1], in: "path", required: true, schema: str }));
    for (const q of op.query ?? []) params.push({ name: q, in: "query", required: false, schema: str });
    out[path] = {
      get: {
        operationId: op.operationId,
        parameters: params,
        security: [{ key: [] }],
        responses: { "200": { description: "OK", content: { "application/json": { schema: op.schema } } } },
      },
    };
  }
  return {
    openapi: "3.0.3",
    info: { title, version: "1" },
    servers: [{ url: server }],
    components: { securitySchemes: { key: { type: "apiKey", in: "header", name: header } } },
    paths: out,
  };
}

export interface PeerSource {
  name: string;
  header: string;
  doc: ReturnType<typeof document>;
}

export function peerSources(simulatorHost: string): PeerSource[] {
  const base = (p: string) => `${simulatorHost}/sandbox/${p}`;
  return [
    {
      name: "imocha",
      header: "X-API-KEY",
      doc: document("iMocha", base("imocha"), "X-API-KEY", {
        "/v3/reports/{testInvitationId}": {
          operationId: "imochaReport",
          query: ["reportType"],
          schema: obj({ testInvitationId: num, testName: str, candidateEmail: str, Status: str, candidatePoints: num, totalTestPoints: num }),
        },
      }),
    },
    {
      name: "alfaone",
      header: "x-api-key",
      doc: document("AlfaOne", base("alfaone"), "x-api-key", {
        "/invites/{inviteId}": {
          operationId: "alfaoneInvite",
          schema: obj({
            invite: obj({ id: str, status: str, recipientEmail: str, recipientName: str, assessmentId: str, assessmentName: str,
              assignedGrader: obj({ id: str, firstName: str, lastName: str, email: str }) }),
          }),
        },
      }),
    },
    {
      name: "xobin",
      header: "apiKey",
      doc: document("Xobin", base("xobin"), "apiKey", {
        "/ai-interviews/report/{responseId}": {
          operationId: "xobinAiReport",
          schema: obj({ response_id: num, invite_status: str, candidate_name: str, candidate_email: str, ai_interview_id: num, ai_interview_name: str }),
        },
        "/assessments/report/{reportId}": {
          operationId: "xobinAssessmentReport",
          schema: obj({ report_id: num, invite_status: str, name: str, email: str, assessment_id: num }),
        },
      }),
    },
  ];
}
