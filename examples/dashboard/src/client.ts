import { ApolloClient, HttpLink, InMemoryCache, split } from "@apollo/client";
import { GraphQLWsLink } from "@apollo/client/link/subscriptions";
import { getMainDefinition } from "@apollo/client/utilities";
import { createClient } from "graphql-ws";

/**
 * One Apollo Client for the page: queries and mutations over HTTP, subscriptions over graphql-ws on the same
 * /graphql URL. `token` is a caller JWT when hiregraph has caller auth on (sandbox mode needs none).
 */
export function createDashboardClient(apiUrl: string, token?: string): ApolloClient<unknown> {
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  const http = new HttpLink({ uri: apiUrl, headers });
  const ws = new GraphQLWsLink(
    createClient({
      url: apiUrl.replace(/^http/, "ws"),
      connectionParams: token ? { authorization: `Bearer ${token}` } : {},
      retryAttempts: 5,
    }),
  );
  const link = split(
    ({ query }) => {
      const def = getMainDefinition(query);
      return def.kind === "OperationDefinition" && def.operation === "subscription";
    },
    ws,
    http,
  );
  // devtools: the Apollo Client Devtools extension (and the browser test) find the client as window.__APOLLO_CLIENT__.
  return new ApolloClient({ link, cache: new InMemoryCache(), devtools: { enabled: true } });
}
