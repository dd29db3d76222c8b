import { buildSubgraphSchema } from "@apollo/subgraph";
import type { GraphQLResolverMap } from "@apollo/subgraph/dist/schema-helper";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import { type GraphQLSchema, parse } from "graphql";
import { InputError } from "../domain/errors";
import { refuseControlCharacters } from "../schema/input-hygiene";
import { DateTimeResolver } from "graphql-scalars";
import { createPubSub } from "@graphql-yoga/subscription";
import { buildSchema, createResolversMap, type PubSub } from "type-graphql";
import { MutationResolver } from "../schema/resolvers/mutation.resolver";
import { EventResolver } from "../schema/resolvers/event.resolver";
import { QueryResolver } from "../schema/resolvers/query.resolver";
import { CandidateResolver } from "../schema/resolvers/candidate.resolver";
import { referenceResolvers } from "./references";

const LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])`;

/**
 * Builds the federated subgraph schema once at start-up: type-graphql emits the code-first schema, which is
 * printed with its `@key` directives and rebuilt by @apollo/subgraph with `_entities`/`_service` and the
 * reference resolvers merged in.
 */
export async function buildFederatedSchema(pubSub: PubSub = createPubSub()): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    // Subscriptions read the app's live events themselves (see event.resolver.ts); type-graphql still wants a PubSub.
    pubSub,
    resolvers: [QueryResolver, CandidateResolver, MutationResolver, EventResolver],
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    validate: false,
    skipCheck: true,
  });
  // type-graphql has no option for root type descriptions; they are plain mutable fields before printing.
  schema.getQueryType()!.description = "Reads: invites, assessments and provider information, fetched from the providers with batching.";
  schema.getMutationType()!.description = "Writes to the providers. Business outcomes are returned in `userErrors`, never thrown.";
  schema.getSubscriptionType()!.description = "Live changes, over graphql-ws (subprotocol graphql-transport-ws) on /graphql.";
  const resolvers = createResolversMap(schema) as GraphQLResolverMap<unknown>;
  for (const [type, extra] of Object.entries(referenceResolvers)) {
    resolvers[type] = { ...(resolvers[type] as object), ...extra } as GraphQLResolverMap<unknown>[string];
  }
  const subgraph = buildSubgraphSchema({ typeDefs: parse(`${LINK}\n${printSchemaWithDirectives(schema)}`), resolvers });
  refuseUnknownEntityTypes(subgraph);
  refuseControlCharacters(subgraph);
  return subgraph;
}

/**
 * A representation whose `__typename` is not one of this subgraph's entities is the caller's mistake. @apollo/subgraph
 * throws a plain Error for it, which fails the whole `_entities` list as an internal error; here that entry alone
 * gets INVALID_INPUT naming the field, and the others resolve.
 */
function refuseUnknownEntityTypes(schema: GraphQLSchema): void {
  const field = schema.getQueryType()?.getFields()._entities;
  const resolve = field?.resolve;
  if (!field || !resolve) return;
  const entityTypes = new Set(Object.keys(referenceResolvers));
  field.resolve = (source, args: { representations: Array<{ __typename?: unknown }> }, ctx, info) => {
    const known = args.representations.filter((r) => entityTypes.has(String(r.__typename)));
    const resolved = known.length ? (resolve(source, { ...args, representations: known }, ctx, info) as unknown[]) : [];
    let next = 0;
    return args.representations.map((r, i) =>
      entityTypes.has(String(r.__typename))
        ? resolved[next++]
        : new InputError(["representations", String(i), "__typename"], `representations[${i}].__typename must be one of ${[...entityTypes].join(", ")}`),
    );
  };
}
