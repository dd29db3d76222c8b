import { defineConfig } from "vite";

/**
 * The example dashboard: a static build in examples/dashboard/dist, served by `npm run dashboard`. `.mts` because
 * the repository is CommonJS and Vite loads its config as an ES module. `base: "./"` lets any static server (or
 * the browser test's) serve the build from any path.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: "./",
  build: { outDir: "dist", emptyOutDir: true },
  logLevel: "warn",
});
