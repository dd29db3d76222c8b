/**
 * A minimal typed hiregraph client, the way a frontend or ATS integration would use the codegen output:
 * operations in examples/operations/*.graphql become TypedDocumentNodes, so variables and results are checked by
 * the compiler. Run `npm run codegen` after changing an operation or the schema.
 */
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";

export interface ClientOptions {
  /** e.g. http://localhost:4000/graphql */
  url: string;
  /** Bearer JWT with hiregraph:read (queries) / hiregraph:write (mutations), when caller auth is on. */
  token?: string;
}

export interface GraphQLErrorShape {
  message: string;
  path?: Array<string | number>;
  extensions?: { code?: string; provider?: string; retryable?: boolean; retryAfterSeconds?: number };
}

export interface ExecuteResult<T> {
  data: T | null;
  /** Partial results are normal: a failed field is null and explained here. */
  errors: GraphQLErrorShape[];
}

export async function execute<TResult, TVariables>(
  options: ClientOptions,
  document: TypedDocumentNode<TResult, TVariables>,
  ...[variables]: TVariables extends Record<string, never> ? [] : [TVariables]
): Promise<ExecuteResult<TResult>> {
  const res = await fetch(options.url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await res.json()) as { data?: TResult | null; errors?: GraphQLErrorShape[] };
  return { data: body.data ?? null, errors: body.errors ?? [] };
}
