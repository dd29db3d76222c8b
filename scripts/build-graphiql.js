// Bundles the offline GraphiQL page (web/graphiql/main.js) into dist/graphiql/ with esbuild; run by `npm run build`.
//
// Why a bundle step: GraphiQL 5 ships only ES modules with bare imports (no UMD build any more), React 19 ships
// only CommonJS, and the Monaco editor needs its web workers as separate files. A browser can load none of
// that straight from node_modules, so esbuild turns it into plain files (about 1.5 s). Skipped when the output
// is newer than the entry and the lockfile (i.e. the same packages), so repeated builds cost nothing.
const { existsSync, rmSync, statSync, writeFileSync } = require("node:fs");
const { join } = require("node:path");
const esbuild = require("esbuild");

const root = join(__dirname, "..");
const out = join(root, "dist", "graphiql");
const stamp = join(out, ".built");
const inputs = [join(root, "web", "graphiql", "main.js"), join(root, "package-lock.json"), __filename];

const mtime = (p) => (existsSync(p) ? statSync(p).mtimeMs : 0);
if (mtime(stamp) > Math.max(...inputs.map(mtime))) process.exit(0);

const common = { bundle: true, minify: true, legalComments: "linked", logLevel: "warning", absWorkingDir: root };
(async () => {
  rmSync(out, { recursive: true, force: true });
  await Promise.all([
    esbuild.build({
      ...common,
      entryPoints: { main: "web/graphiql/main.js" },
      format: "esm",
      // Monaco and the GraphQL language service are loaded on demand by GraphiQL (dynamic imports).
      splitting: true,
      outdir: out,
      define: { "process.env.NODE_ENV": '"production"' },
      // Monaco's modules import their own CSS; graphiql/style.css (built below) already contains all of it,
      // with its icon font inlined, so those imports are dropped instead of emitted as extra files.
      loader: { ".css": "empty" },
    }),
    esbuild.build({ ...common, entryPoints: { style: "graphiql/style.css" }, outdir: out }),
    esbuild.build({
      ...common,
      entryPoints: {
        "editor.worker": "monaco-editor/esm/vs/editor/editor.worker.js",
        "json.worker": "monaco-editor/esm/vs/language/json/json.worker.js",
        "graphql.worker": "monaco-graphql/esm/graphql.worker.js",
      },
      format: "iife",
      outdir: out,
    }),
  ]);
  writeFileSync(stamp, new Date().toISOString());
})().catch((err) => {
  console.error("hiregraph: building the GraphiQL page failed:", err.message);
  process.exit(1);
});
