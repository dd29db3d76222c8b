/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  setupFiles: ["reflect-metadata"],
  testTimeout: 20000,
  // Two workers on two cores: most integration tests wait on sockets and timers, not CPU.
  maxWorkers: 2,
  reporters: ["default", "<rootDir>/scripts/jest-totals-reporter.js"],
};
