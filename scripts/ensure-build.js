// `npm start` on a fresh clone: build dist/ when it is missing or older than src/ (or the GraphiQL page is unbuilt).
const { existsSync, statSync, readdirSync } = require("node:fs");
const { join } = require("node:path");
const { execSync } = require("node:child_process");

const root = join(__dirname, "..");
const entry = join(root, "dist", "src", "main.js");

function newestMtime(dir) {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

const stale = !existsSync(entry) || statSync(entry).mtimeMs < newestMtime(join(root, "src"));
if (stale || !existsSync(join(root, "dist", "graphiql", ".built"))) {
  console.log("hiregraph: building dist/ (first start or sources changed)…");
  execSync("npm run -s build", { cwd: root, stdio: "inherit" });
}
