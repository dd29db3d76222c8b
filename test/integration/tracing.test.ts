import { SpanKind, SpanStatusCode, context, trace } from "@opentelemetry/api";
import { InMemorySpanExporter, NodeTracerProvider, SimpleSpanProcessor, type ReadableSpan } from "@opentelemetry/sdk-trace-node";
import { SANDBOX_SECRETS } from "../../src/config";
import { Provider } from "../../src/domain/enums";
import { startApp, type TestApp } from "../helpers/app";
import { IDS } from "../helpers/seeds";

const exporter = new InMemorySpanExporter();
const provider = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });

const INVITES = (name: string) => `query ${name}($ids: [ID!]!) { invites(ids: $ids) { id status } }`;
const byKind = (kind: SpanKind) => exporter.getFinishedSpans().filter((s) => s.kind === kind);
const parentOf = (s: ReadableSpan) => s.parentSpanContext?.spanId;

/** The request span ends in fastify's onResponse hook, which can run just after the client has the body. */
async function serverSpans(n: number): Promise<ReadableSpan[]> {
  for (let i = 0; i < 100 && byKind(SpanKind.SERVER).length < n; i++) await new Promise((r) => setTimeout(r, 10));
  return byKind(SpanKind.SERVER);
}

describe("tracing: one span per GraphQL request, one child span per upstream call", () => {
  let t: TestApp;
  beforeAll(async () => {
    provider.register();
    t = await startApp({ UPSTREAM_RETRIES: "1" });
  });
  afterAll(async () => {
    await t.close();
    await provider.shutdown();
    trace.disable();
    context.disable();
  });
  beforeEach(() => {
    exporter.reset();
    t.resetCounters();
  });

  it("parents both providers' calls under the request span, with operation and call attributes only", async () => {
    const res = await t.gql(INVITES("TwoProviders"), { ids: [IDS.alfa.pending, IDS.imocha.completed] });
    expect(res.errors).toBeUndefined();
    const [server] = await serverSpans(1);
    const clients = byKind(SpanKind.CLIENT);

    expect(exporter.getFinishedSpans()).toHaveLength(3); // the simulators' own HTTP side is not traced
    expect(server.name).toBe("query TwoProviders");
    expect(server.parentSpanContext).toBeUndefined();
    expect(server.attributes).toMatchObject({
      "graphql.operation.name": "TwoProviders",
      "graphql.operation.type": "query",
      "http.request.method": "POST",
      "http.route": "/graphql",
      "http.response.status_code": 200,
    });
    expect(server.status.code).toBe(SpanStatusCode.UNSET);

    expect(clients.map((s) => s.name).sort()).toEqual(["GET /invites/{inviteId}", "GET /v3/reports/{testInvitationId}"]);
    for (const c of clients) {
      expect(c.spanContext().traceId).toBe(server.spanContext().traceId);
      expect(parentOf(c)).toBe(server.spanContext().spanId);
      expect(c.attributes["http.response.status_code"]).toBe(200);
      expect(c.attributes["error.type"]).toBeUndefined();
    }
    expect(clients.find((c) => c.attributes["hiregraph.provider"] === Provider.ALFAONE)!.attributes).toEqual({
      "hiregraph.provider": "ALFAONE",
      "http.request.method": "GET",
      "url.template": "/invites/{inviteId}",
      "http.response.status_code": 200,
    });

    const recorded = JSON.stringify(exporter.getFinishedSpans().map((s) => [s.name, s.attributes, s.status, s.events]));
    for (const secret of [IDS.alfa.pending.split(":")[2], IDS.imocha.completed.split(":")[2], ...Object.values(SANDBOX_SECRETS)]) {
      expect(recorded).not.toContain(secret);
    }
    expect(recorded).not.toContain("@");
  });

  it("records each attempt of a failing call as its own failed child span, and the error code on the request", async () => {
    t.sim(Provider.IMOCHA).setFaults([{ status: 503 }]);
    const res = await t.gql(INVITES("Failing"), { ids: [IDS.imocha.pending] });
    expect(res.errors![0].extensions!.code).toBe("PROVIDER_UNAVAILABLE");
    const [server] = await serverSpans(1);
    const clients = byKind(SpanKind.CLIENT);

    expect(clients).toHaveLength(2); // UPSTREAM_RETRIES=1: the first try and one retry
    for (const c of clients) {
      expect(parentOf(c)).toBe(server.spanContext().spanId);
      expect(c.attributes).toMatchObject({ "http.response.status_code": 503, "error.type": "PROVIDER_UNAVAILABLE" });
      expect(c.status).toEqual({ code: SpanStatusCode.ERROR, message: "PROVIDER_UNAVAILABLE" });
    }
    expect(server.status.code).toBe(SpanStatusCode.ERROR);
    expect(server.attributes["hiregraph.graphql.error_codes"]).toEqual(["PROVIDER_UNAVAILABLE"]);
  });

  it("keeps concurrent requests in separate traces", async () => {
    t.sim(Provider.ALFAONE).setFaults([{ latencyMs: 60 }]);
    t.sim(Provider.IMOCHA).setFaults([{ latencyMs: 30 }]);
    const [a, b] = await Promise.all([
      t.gql(INVITES("OnlyAlfa"), { ids: [IDS.alfa.pending, IDS.alfa.completed] }),
      t.gql(INVITES("OnlyImocha"), { ids: [IDS.imocha.pending] }),
    ]);
    expect(a.errors ?? b.errors).toBeUndefined();
    const servers = await serverSpans(2);
    const spanIdOf = (name: string) => servers.find((s) => s.name === name)!.spanContext().spanId;
    const parents = byKind(SpanKind.CLIENT).map((c) => [c.attributes["hiregraph.provider"], parentOf(c)]);
    expect(parents.sort()).toEqual(
      [
        ["ALFAONE", spanIdOf("query OnlyAlfa")],
        ["ALFAONE", spanIdOf("query OnlyAlfa")],
        ["IMOCHA", spanIdOf("query OnlyImocha")],
      ].sort(),
    );
  });
});
