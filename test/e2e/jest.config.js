/**
 * The browser tests (`npm run test:e2e`, docs/preview.md): the built preview in Debian's
 * chromium through playwright-core. One file at a time: each drives its own browser, and the
 * machine has two cores.
 * @type {import('jest').Config}
 */
module.exports = {
  rootDir: "../..",
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.e2e.ts"],
  transform: { "^.+\\.ts$": ["ts-jest", { diagnostics: false }] },
  globalSetup: "<rootDir>/test/e2e/globalSetup.ts",
  maxWorkers: 1,
  testTimeout: 90_000,
};
