import { defineConfig } from "vite";

/** The example dashboard: a static build in examples/dashboard/dist, served by `npm run dashboard`. */
export default defineConfig({
  root: __dirname,
  base: "./",
  build: { outDir: "dist", emptyOutDir: true },
  esbuild: { jsx: "automatic" },
});
