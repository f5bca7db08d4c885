// Stops a mutant's run at its first failing test. Stryker needs one failure to call a mutant
// killed, but its jest runner cannot bail (jest has no bail within a file, nor programmatically:
// jest-override-options.js in @stryker-mutator/jest-runner), so a killed mutant of the shells used
// to run every test that reached it, seconds each on the emulator. Once a test fails under the
// active mutant (Stryker names it in __STRYKER_ACTIVE_MUTANT__), every later test of that mutant's
// run is marked skipped before it starts, in every test file: Stryker runs the files one after
// another in one process, which keeps the mutant's id between them (on the process's global: the
// node and the jsdom environments each load their own copy of this file). No mutant active (the
// listing, the dry run): nothing is skipped, except the tests of SLOW_TESTS.
const ACTIVE_MUTANT = "__STRYKER_ACTIVE_MUTANT__";

// Tests a mutant never runs: each takes minutes on a shared machine, and the shorter tests of the
// same files reach the same code (docs/architecture.md, Mutation testing).
// The import's two measures of memory and CPU go too: 11 s and a process of their own, asserting
// bounds no mutant of the code's logic moves; test/excel/import.test.ts reaches the same import.
const SLOW_TESTS = [
  /^a check too big for one request, on .* writes its marks in as many requests as the limit demands/,
  /^keeps the heap flat over 25 imports/,
  /costs at most 1 s of CPU and 300 MB at peak, measured in a process of its own$/,
];

const FAILED = Symbol.for("perf-targets.mutation.failedMutant");

/** Whether a test has failed under the active mutant: the rest of its run is skipped. */
function bailed() {
  const mutant = process.env[ACTIVE_MUTANT];
  return mutant !== undefined && globalThis[FAILED] === mutant;
}

/** The environment class given, stopping a mutant's run at its first failing test. */
function withBail(Environment) {
  return class BailingEnvironment extends Environment {
    async handleTestEvent(event, state) {
      if (super.handleTestEvent) await super.handleTestEvent(event, state);
      const mutant = process.env[ACTIVE_MUTANT];
      if (event.name === "test_start") {
        if (bailed() || SLOW_TESTS.some((slow) => slow.test(fullName(event.test))))
          event.test.mode = "skip";
      } else if (event.name === "test_done" && event.test.errors.length > 0 && mutant) {
        globalThis[FAILED] = mutant;
      }
    }
  };
}

function fullName(test) {
  const names = [];
  for (let block = test; block && block.parent; block = block.parent) names.unshift(block.name);
  return names.join(" ");
}

module.exports = { bailed, withBail };
