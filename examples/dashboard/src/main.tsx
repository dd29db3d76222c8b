import { ApolloProvider } from "@apollo/client";
import { loadDevMessages, loadErrorMessages } from "@apollo/client/dev";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { createDashboardClient } from "./client";

// Apollo's warnings (such as its cache's "Cache data may be lost") read as text in the console rather than as an
// error-code link: this page is a developer's example, and the browser test watches the console for them.
loadDevMessages();
loadErrorMessages();

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
