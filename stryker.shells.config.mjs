// `npm run mutate -- shells` (or one folder: `-- excel`, `-- taskpane`, `-- commands`), run by
// scripts/mutate.mjs: StrykerJS over the thin shells with the jest runner, against the tests that
// drive the Excel emulator, the WPS fake and the pane in jsdom (scripts/mutation/jest.shells.config.cjs).
// Not in CI. As for the core (stryker.config.mjs): coverage per test, so a mutant loads only the test
// files whose tests reached it; one worker; results kept in an incremental file of the shells' own.
// The entry files only wire Office.onReady or window.Application to the pane and are left out: no
// test can load them outside a host (the browser tests in test/e2e cover them).
import core from "./stryker.config.mjs";

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...core,
  jest: { ...core.jest, configFile: "scripts/mutation/jest.shells.config.cjs" },
  mutate: [
    "src/excel/**/*.ts",
    "src/taskpane/**/*.ts",
    "src/commands/**/*.ts",
    "!src/excel/index.ts",
    "!src/taskpane/index.ts",
    "!src/taskpane/wpsIndex.ts",
    "!src/commands/index.ts",
    "!src/commands/wpsMain.ts",
  ],
  // The emulator's tests await timers (live check's grace period): a slow machine needs room.
  timeoutMS: 10000,
  // Stryker's first run takes every test of the part once; the emulator's take minutes.
  dryRunTimeoutMinutes: 30,
  incrementalFile: "out/mutation/incremental-shells.json",
  // Sandboxes without a node_modules link, one folder below scripts/mutate.mjs's stand-in
  // jest-environment-jsdom (which says why); everything else resolves from the repository's.
  tempDirName: ".stryker-tmp/shells",
  symlinkNodeModules: false,
  // Stryker leaves out only its own folder, now .stryker-tmp/shells: the rest of .stryker-tmp too.
  ignorePatterns: ["/.stryker-tmp"],
  // Each survivor as it is found (scripts/mutation/survivorReporter.mjs): a run takes an hour.
  appendPlugins: ["./scripts/mutation/survivorReporter.mjs"],
  reporters: [...core.reporters, "survivors"],
  htmlReporter: { fileName: "out/mutation/shells.html" },
  jsonReporter: { fileName: "out/mutation/report-shells-all.json" },
};
