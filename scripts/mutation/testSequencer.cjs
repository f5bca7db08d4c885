// Runs, for a mutant, only the test files that hold a test Stryker asks for. Stryker's jest runner
// names the tests that cover a mutant (--testNamePattern) but still loads every test file, and
// loading the core afresh for each file is most of a mutant's time. scripts/mutate.mjs lists every
// test by file first (PERF_TARGETS_TEST_LIST); without that list, or when a name is in no listed
// file, every file runs as usual.
const { readFileSync } = require("node:fs");
const { relative } = require("node:path");
const Sequencer = require("@jest/test-sequencer").default;

function testList() {
  const file = process.env.PERF_TARGETS_TEST_LIST;
  if (!file) return null;
  return JSON.parse(readFileSync(file, "utf8"));
}

class MutantTestSequencer extends Sequencer {
  constructor(options) {
    super(options);
    this.pattern = options.globalConfig.testNamePattern;
    this.list = this.pattern ? testList() : null;
  }

  sort(tests) {
    if (!this.list) return super.sort(tests);
    const wanted = new RegExp(this.pattern, "i");
    const kept = tests.filter((test) => {
      const names = this.list[relative(test.context.config.rootDir, test.path)];
      return !names || names.some((name) => wanted.test(name));
    });
    return super.sort(kept.length > 0 ? kept : tests);
  }
}

module.exports = MutantTestSequencer;
