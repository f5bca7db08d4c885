// `npm run mutate` (scripts/mutate.mjs): StrykerJS mutation testing of the core (src/form) with the
// jest runner. Not in CI. A mutant runs only the tests that reached it (coverage per test), in the
// files that import the mutated file and hold those tests; one worker, as the machine's cores are
// shared. Results are kept (incremental) so a second run only retries what the changes touch.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: "jest",
  jest: {
    projectType: "custom",
    configFile: "scripts/mutation/jest.config.cjs",
    enableFindRelatedTests: false,
  },
  coverageAnalysis: "perTest",
  mutate: ["src/form/**/*.ts", "!src/form/index.ts"],
  ignoreStatic: true,
  concurrency: 1,
  timeoutMS: 5000,
  incremental: true,
  incrementalFile: "out/mutation/incremental.json",
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: "out/mutation/index.html" },
  jsonReporter: { fileName: "out/mutation/report.json" },
  tempDirName: ".stryker-tmp",
  thresholds: { high: 90, low: 80, break: null },
};
