import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";

/** The project root: the nearest folder above this file with a package.json (same from src/ and dist/src/). */
function projectRoot(from: string): string {
  let dir = from;
  while (!existsSync(join(dir, "package.json")) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

/** Where `npm run build` (scripts/build-graphiql.js) writes the page's bundle. */
const GRAPHIQL_ASSETS = join(projectRoot(__dirname), "dist", "graphiql");

/**
 * Only this server's own files, inline styles (React and Monaco set them) and data: URLs (the icon font and
 * images inlined in the stylesheet); the API itself over HTTP and, for subscriptions, websockets ('self'
 * covers ws:/wss: to the same host in current browsers).
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "worker-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>hiregraph · GraphiQL</title>
    <link rel="icon" href="data:,">
    <link rel="stylesheet" href="/graphiql/assets/style.css">
    <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
  </head>
  <body>
    <div id="graphiql">Loading GraphiQL…</div>
    <script type="module" src="/graphiql/assets/main.js"></script>
  </body>
</html>
`;

/**
 * `GET /graphiql`: the GraphiQL IDE with every script, style, font and worker served from `/graphiql/assets/`,
 * built from the installed npm packages, so it works offline (Apollo's Sandbox page on `GET /graphql` loads
 * its app from Apollo's CDN instead). The Content-Security-Policy makes the browser refuse anything external.
 */
export async function registerGraphiql(scope: FastifyInstance): Promise<void> {
  const built = existsSync(join(GRAPHIQL_ASSETS, "main.js"));
  scope.get("/graphiql", async (_req, reply) => {
    if (!built) {
      reply.code(503).type("text/plain; charset=utf-8");
      return "The GraphiQL page has not been built: run `npm run build`, then restart the server.\n";
    }
    reply.type("text/html; charset=utf-8").header("content-security-policy", CSP).header("cache-control", "no-cache");
    return PAGE;
  });
  if (!built) return;
  await scope.register(fastifyStatic, {
    root: GRAPHIQL_ASSETS,
    prefix: "/graphiql/assets/",
    // Revalidated on every load (ETag): the entry points keep their names when the packages are upgraded.
    maxAge: 0,
    index: false,
    list: false,
    dotfiles: "deny",
  });
}
