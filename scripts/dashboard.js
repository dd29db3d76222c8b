#!/usr/bin/env node
// `npm run dashboard`: hiregraph in sandbox mode on :4000 (the build `npm start` runs) and the example
// dashboard, built by Vite, on :5173 from another origin — as a frontend team would run them side by side.
const { spawn } = require("node:child_process");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
const apiPort = process.env.PORT || "4000";
const uiPort = process.env.DASHBOARD_PORT || "5173";
const children = [];
const start = (cmd, args, env) => {
  const child = spawn(cmd, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  child.on("exit", (code) => {
    for (const other of children) if (other !== child) other.kill("SIGTERM");
    process.exitCode = code ?? 1;
  });
  children.push(child);
};

start(process.execPath, ["dist/src/main.js"], { PORT: apiPort });
start(process.execPath, [path.join(root, "node_modules/vite/bin/vite.js"), "preview", "examples/dashboard", "--port", uiPort, "--strictPort"], {});
const api = `http://localhost:${apiPort}/graphql`;
console.log(`\ndashboard: http://localhost:${uiPort}/?api=${encodeURIComponent(api)}&email=mei.chen%40example.com\n`);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => children.forEach((c) => c.kill("SIGTERM")));
