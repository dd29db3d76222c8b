import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { startStandaloneServer } from "@apollo/server/standalone";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { parse } from "graphql";
import { readSubgraphSdl } from "../files";
import { DEMO_APPLICATIONS, type ApplicationRecord } from "./data";

/** Options of the example applications subgraph. */
export interface ApplicationsSubgraphOptions {
  /** TCP port; 0 picks a free one. @default 4001 */
  port?: number;
  /** Interface to listen on. @default "127.0.0.1" */
  host?: string;
  /** Applications served. @default DEMO_APPLICATIONS */
  applications?: readonly ApplicationRecord[];
}

export interface RunningSubgraph {
  /** GraphQL endpoint, e.g. `http://127.0.0.1:4001/`. */
  readonly url: string;
  stop(): Promise<void>;
}

/** Starts the example ATS subgraph: applications whose `invite` is a reference that hiregraph resolves. */
export async function startApplicationsSubgraph(opts: ApplicationsSubgraphOptions = {}): Promise<RunningSubgraph> {
  const applications = opts.applications ?? DEMO_APPLICATIONS;
  const byId = new Map(applications.map((a) => [a.id, a]));
  const resolvers = {
    Query: {
      applications: () => applications,
      application: (_: unknown, args: { id: string }) => byId.get(args.id) ?? null,
    },
    Application: {
      __resolveReference: (ref: { id: string }) => byId.get(ref.id) ?? null,
      // A reference is all the gateway needs: it asks hiregraph for every other Invite field.
      invite: (a: ApplicationRecord) => (a.inviteId ? { id: a.inviteId } : null),
    },
  };
  const server = new ApolloServer({
    schema: buildSubgraphSchema({ typeDefs: parse(readSubgraphSdl("applications")), resolvers }),
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  const { url } = await startStandaloneServer(server, { listen: { port: opts.port ?? 4001, host: opts.host ?? "127.0.0.1" } });
  return { url, stop: () => server.stop() };
}

if (require.main === module) {
  const port = Number(process.env.APPLICATIONS_PORT ?? 4001);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`applications: APPLICATIONS_PORT="${process.env.APPLICATIONS_PORT}" must be a whole number from 0 to 65535`);
    process.exit(2);
  }
  startApplicationsSubgraph({ port, host: process.env.APPLICATIONS_HOST }).then(
    (s) => console.log(`applications subgraph ready on ${s.url}`),
    (err: unknown) => {
      console.error("applications subgraph failed to start:", err instanceof Error ? err.message : err);
      process.exit(1);
    },
  );
}
