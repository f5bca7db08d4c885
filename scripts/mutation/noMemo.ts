// The mutation run's stand-in for src/form/memo.ts (scripts/mutation/jest.config.cjs): the same
// function with no cache. With the cache, only the first test to meet a label runs the code behind
// it, so Stryker thinks later tests do not reach that code and never runs them against its mutants.
export function memoize<T>(fn: (text: string) => T): (text: string) => T {
  return fn;
}
