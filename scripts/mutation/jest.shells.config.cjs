// The jest configuration of `npm run mutate -- shells` (stryker.shells.config.mjs): the tests of the
// thin shells (src/excel, src/taskpane, src/commands), which drive the Excel emulator, the WPS fake
// and the pane in jsdom. The random journeys (test/contract/journeys.fuzz.test.ts) and the import
// fuzz are left out: they take minutes, and a mutant must meet the same tests on every run; so are
// the few single tests of scripts/mutation/bail.cjs's SLOW_TESTS. A run of one folder (PERF_TARGETS_MUTATE_PART,
// set by scripts/mutate.mjs) loads only the tests written for that folder: Stryker's first run
// takes every test of the configuration, and the emulator's take minutes.
const { join } = require("node:path");
const core = require("./jest.config.cjs");

const TESTS = {
  commands: ["commands", "wps/ribbon"],
  taskpane: ["taskpane", "contract", "wps"],
  // src/excel's own tests, and the few elsewhere that alone reach some of it: the document's tag
  // (the pane's settings), the preview's sample sheets (addSheets), the ribbon's insert and check.
  excel: [
    "excel",
    "contract",
    "taskpane/liveCheck",
    "taskpane/officeEnvironment",
    "preview/sheetView",
    "commands/commands",
  ],
  shells: ["excel", "taskpane", "commands", "contract", "wps"],
};
const part = TESTS[process.env.PERF_TARGETS_MUTATE_PART] ?? TESTS.shells;

/** @type {import('jest').Config} */
module.exports = {
  ...core,
  testMatch: part.map((folder) =>
    folder.includes("/") ? `**/test/${folder}.test.ts` : `**/test/${folder}/**/*.test.ts`
  ),
  testPathIgnorePatterns: ["/node_modules/", "\\.fuzz\\.test\\.ts$", "importFuzz\\.test\\.ts$"],
  // Node's environment, stopping a mutant's run at its first failing test; the pane's tests ask
  // for jsdom by name and get scripts/mutate.mjs's stand-in, which does the same.
  testEnvironment: join(__dirname, "jest-environment-node.cjs"),
  // jest-circus, not loading a file met after the mutant's first failure.
  testRunner: join(__dirname, "jest-circus-bail.cjs"),
  // The emulator's workbooks take seconds a test on a loaded machine; a mutant's own hang is
  // Stryker's timeout, not jest's.
  testTimeout: 60_000,
  // The shells are mutated, not the core: the core's real label cache stays.
  moduleNameMapper: {},
};
