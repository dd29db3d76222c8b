/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  setupFiles: ["reflect-metadata"],
  // Generous: multi-instance tests start several servers, each opening its own embedded store, on 2 cores.
  testTimeout: 60000,
  // Two workers on two cores: most integration tests wait on sockets and timers, not CPU.
  maxWorkers: 2,
  reporters: ["default", "<rootDir>/scripts/jest-totals-reporter.js"],
};
