// jest-circus, but a test file met after the active mutant's first failure is not even loaded
// (scripts/mutation/bail.cjs): loading a file of the shells' tests (the emulator, the core, the
// pane) costs a second or more on a shared machine, and its every test would be skipped anyway.
// Its name holds "jest-circus", which Stryker's jest runner asks of a runner for coverage per test.
const { default: circus } = require("jest-circus/runner");
const { createEmptyTestResult } = require("@jest/test-result");
const { bailed } = require("./bail.cjs");

module.exports = async function bailingCircus(
  globalConfig,
  config,
  environment,
  runtime,
  testPath,
  send
) {
  if (bailed()) return skippedFile(testPath);
  return circus(globalConfig, config, environment, runtime, testPath, send);
};

/** A file's result with its tests left out as one skipped test: jest fails a file of none. */
function skippedFile(testPath) {
  const title = "(skipped: the mutant failed a test before)";
  const skipped = {
    ancestorTitles: [],
    duration: 0,
    failureDetails: [],
    failureMessages: [],
    fullName: title,
    invocations: 0,
    location: null,
    numPassingAsserts: 0,
    status: "pending",
    title,
  };
  return {
    ...createEmptyTestResult(),
    numPendingTests: 1,
    skipped: true,
    testFilePath: testPath,
    testResults: [skipped],
  };
}
