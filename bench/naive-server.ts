import { once } from "node:events";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { buildSchema, graphql, type GraphQLSchema } from "graphql";
import { loadConfig } from "../src/config";
import { parseId } from "../src/providers/ids";
import type { ProviderAdapter } from "../src/providers/adapter";
import { createRegistry, type ProviderRegistry } from "../src/providers/registry";
import type { Assessment, ProviderInvite } from "../src/domain/entities";

/**
 * The comparison point for the batching benchmark: the same provider adapters hiregraph uses, behind the
 * resolvers a straightforward first implementation would have. No DataLoader, so every list item is its own
 * fetch, one after another, repeated ids included; and `assessment` is read again from the provider's
 * assessment endpoint for every invite instead of using what the invite payload already carries (Xobin has
 * no such endpoint, so its adapter builds the assessment locally and that costs no call).
 */
const SDL = `
  type Candidate { name: String email: String }
  type Assessment { id: ID! name: String kind: String }
  type Grader { id: ID! name: String email: String }
  type Invite { id: ID! status: String candidate: Candidate assessment: Assessment grader: Grader }
  type Query { invites(ids: [ID!]!): [Invite] }
`;

function adapterFor(registry: ProviderRegistry, raw: string): { adapter: ProviderAdapter; id: ReturnType<typeof parseId> } {
  const id = parseId(raw);
  const adapter = registry.get(id.provider);
  if (!adapter) throw new Error(`no adapter for ${id.provider}`);
  return { adapter, id };
}

/** The N+1 field resolver: one more upstream read per invite. */
async function assessmentOf(registry: ProviderRegistry, invite: ProviderInvite): Promise<Assessment | null> {
  if (!invite.assessment) return null;
  const { adapter, id } = adapterFor(registry, invite.assessment.id);
  const [found] = await adapter.getAssessments!([id]);
  if (found instanceof Error) throw found;
  return found;
}

/** Sequential per-item fetches. graphql-js's default resolver calls `assessment` because it is a function. */
async function invites(registry: ProviderRegistry, ids: string[]): Promise<unknown[]> {
  const out: unknown[] = [];
  for (const raw of ids) {
    const { adapter, id } = adapterFor(registry, raw);
    const [found] = await adapter.getInvites!([id]);
    out.push(found instanceof Error ? found : { ...found, assessment: () => assessmentOf(registry, found) });
  }
  return out;
}

async function handle(schema: GraphQLSchema, registry: ProviderRegistry, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const { query, variables } = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { query: string; variables?: Record<string, unknown> };
  const result = await graphql({
    schema,
    source: query,
    variableValues: variables,
    rootValue: { invites: (args: { ids: string[] }) => invites(registry, args.ids) },
  });
  res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(result));
}

export interface NaiveServer {
  readonly url: string;
  close(): Promise<void>;
}

/** Serves the naive endpoint on 127.0.0.1, with adapters pointed at the simulators of the server under test. */
export async function startNaiveServer(simulatorHost: string): Promise<NaiveServer> {
  const schema = buildSchema(SDL);
  const registry = createRegistry(loadConfig({ LOG_LEVEL: "silent" }), () => simulatorHost);
  const server = http.createServer((req, res) => {
    handle(schema, registry, req, res).catch((err: Error) => res.writeHead(500).end(err.message));
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
