/**
 * The layers of hiregraph and the arrows allowed between them (docs/architecture.md draws the same picture).
 * `npm test` runs this through test/unit/architecture.test.ts; `npx depcruise src -c .dependency-cruiser.cjs` shows
 * the same report by hand.
 */
module.exports = {
  forbidden: [
    { name: "no-file-cycles", severity: "error", comment: "A file cycle makes load order matter and hides which module owns what.", from: {}, to: { circular: true } },
    { name: "no-folder-cycles", severity: "error", scope: "folder", comment: "Folders are layers; a cycle between two folders means neither is below the other.", from: { path: "^src/" }, to: { circular: true } },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    exclude: { path: "^(dist|node_modules)/" },
  },
};
