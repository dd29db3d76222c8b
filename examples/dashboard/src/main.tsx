import { ApolloProvider } from "@apollo/client";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { createDashboardClient } from "./client";

/** Settings come from the page URL: `?api=http://localhost:4000/graphql&email=…&token=…`. */
const params = new URLSearchParams(window.location.search);
const apiUrl = params.get("api") ?? "http://localhost:4000/graphql";
const client = createDashboardClient(apiUrl, params.get("token") ?? undefined);

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <App apiUrl={apiUrl} initial={{ email: params.get("email") ?? "", externalId: params.get("externalId") ?? "" }} />
    </ApolloProvider>
  </StrictMode>,
);
