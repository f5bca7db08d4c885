/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  // src is a root so that `npx jest --findRelatedTests src/…` can follow a source file to its
  // tests; the tests themselves live in test/ only.
  roots: ["<rootDir>/src", "<rootDir>/test"],
  testMatch: ["<rootDir>/test/**/*.test.ts"],
  transform: { "^.+\\.ts$": ["ts-jest", { diagnostics: false }] },
  // Two cores: one worker per core keeps the run predictable.
  maxWorkers: 2,
  // Emulated Excel runs whole workbooks in a test; a shared, busy machine may take more than
  // jest's 5 s for one. Speed is the bench's to judge, not a test's timeout.
  testTimeout: 30_000,
};
