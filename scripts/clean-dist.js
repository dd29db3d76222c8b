// `npm run build` starts from empty compiled folders: tsc never deletes the output of a source file that was moved or
// removed, and a stale dist/src/config.js would shadow dist/src/config/index.js (Node resolves `../config` to the
// file first). dist/graphiql/ is kept; scripts/build-graphiql.js decides whether it needs rebuilding.
const { rmSync } = require("node:fs");
const { join } = require("node:path");

for (const dir of ["src", "bench", "supergraph"]) rmSync(join(__dirname, "..", "dist", dir), { recursive: true, force: true });
