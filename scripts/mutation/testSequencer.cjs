// Runs, for a mutant, only the test files that hold a test Stryker asks for. Stryker's jest runner
// names the tests that cover a mutant (--testNamePattern) but still loads every test file, and
// loading the core afresh for each file is most of a mutant's time. scripts/mutate.mjs lists every
// test by file first (PERF_TARGETS_TEST_LIST), with a hash of each file as listed; without that
// list, or when a name is in no listed file, every file runs as usual, and a file not listed or
// changed since its listing always runs.
const { createHash } = require("node:crypto");
const { readFileSync } = require("node:fs");
const { relative } = require("node:path");
const Sequencer = require("@jest/test-sequencer").default;

function testList() {
  const file = process.env.PERF_TARGETS_TEST_LIST;
  if (!file) return null;
  return JSON.parse(readFileSync(file, "utf8"));
}

const contentHash = (path) => createHash("sha1").update(readFileSync(path)).digest("hex");

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
      const listed = this.list[relative(test.context.config.rootDir, test.path)];
      if (!listed || listed.hash !== contentHash(test.path)) return true;
      return listed.names.some((name) => wanted.test(name));
    });
    return this.quickestFirst(kept.length > 0 ? kept : tests);
  }

  /**
   * A mutant's run stops at its first failing test (scripts/mutation/bail.cjs), so the file most
   * likely to fail soonest goes first: one that failed in the last run (the mutant before, most
   * often a neighbour), then new or changed files (new tests are written to kill survivors), then
   * the quickest by the listing. Jest's own order puts the slowest first.
   */
  quickestFirst(tests) {
    const rank = (test) => {
      const listed = this.list[relative(test.context.config.rootDir, test.path)];
      const fresh = !listed || listed.hash !== contentHash(test.path);
      return [this.hasFailed(test) ? 0 : 1, fresh ? 0 : 1, fresh ? 0 : (listed.duration ?? 0)];
    };
    const ranks = new Map(tests.map((test) => [test, rank(test)]));
    const order = (a, b) => {
      const [x, y] = [ranks.get(a), ranks.get(b)];
      return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
    };
    return [...tests].sort(order);
  }
}

module.exports = MutantTestSequencer;
