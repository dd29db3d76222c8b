// The browser side of GET /graphiql, bundled by scripts/build-graphiql.js into dist/graphiql/. Everything it
// needs (GraphiQL, React, the Monaco editor and its workers, styles, fonts) comes from the installed npm
// packages and is served by hiregraph itself, so the IDE works with no internet access.
import { createGraphiQLFetcher } from "@graphiql/toolkit";
import { GraphiQL } from "graphiql";
import { createClient } from "graphql-ws";
import { createElement } from "react";
import { createRoot } from "react-dom/client";

// Monaco runs its language services in web workers; these are bundled next to this file.
globalThis.MonacoEnvironment = {
  getWorker(_workerId, label) {
    const name = label === "json" || label === "graphql" ? label : "editor";
    return new Worker(new URL(`./${name}.worker.js`, import.meta.url));
  },
};

const url = new URL("/graphql", location.href).href;
const fetcher = createGraphiQLFetcher({
  url,
  // Subscriptions go over graphql-ws on the same path; lazy, so nothing connects until one is run.
  wsClient: createClient({ url: url.replace(/^http/, "ws"), lazy: true }),
});

const defaultQuery = `# hiregraph: one GraphQL API for Xobin, AlfaOne, iMocha and DRVN.
# Press the run button (or Ctrl-Enter). Add an Authorization header below when the server requires one.
{
  providers {
    provider
    mode
    capabilities
  }
}
`;

// `/graphiql?query=…` opens with that operation, so a link can carry an example.
const initialQuery = new URLSearchParams(location.search).get("query") ?? undefined;

createRoot(document.getElementById("graphiql")).render(createElement(GraphiQL, { fetcher, defaultQuery, initialQuery }));
