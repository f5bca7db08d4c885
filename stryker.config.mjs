// `npm run mutate`: StrykerJS mutation testing of the core (src/form) with the jest runner. Not in
// CI: it runs for about half an hour on two cores. Only mutants that the tests of the core cover are
// run, each against the tests that reach it (coverage per test).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: "jest",
  jest: {
    projectType: "custom",
    config: {
      testEnvironment: "node",
      roots: ["<rootDir>/test"],
      // The core's own tests and the readable report's: pure and fast, no files, no Excel.
      testMatch: ["**/test/form/**/*.test.ts", "**/test/cli/output.test.ts"],
      transform: { "^.+\\.ts$": ["ts-jest", { diagnostics: false }] },
    },
    enableFindRelatedTests: false,
  },
  coverageAnalysis: "perTest",
  mutate: ["src/form/**/*.ts", "!src/form/index.ts"],
  ignoreStatic: true,
  concurrency: 1,
  timeoutMS: 20000,
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: "out/mutation/index.html" },
  jsonReporter: { fileName: "out/mutation/report.json" },
  tempDirName: ".stryker-tmp",
  thresholds: { high: 90, low: 80, break: null },
};
