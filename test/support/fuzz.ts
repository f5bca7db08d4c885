/**
 * How many inputs each fuzz property runs and with which seed: `npm test` runs a modest count
 * on a fixed seed; `npm run fuzz` (FUZZ_RUNS) a new seed each time unless FUZZ_SEED says which.
 * The seed is printed on every run, passing or not, so any run can be replayed.
 */
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 150);

export const FUZZ_SEED = process.env.FUZZ_SEED
  ? Number(process.env.FUZZ_SEED)
  : process.env.FUZZ_RUNS
    ? Date.now() % 2 ** 31
    : 20_231_231;

/** Print the seed once per test file, outside jest's console capture. */
export function announceSeed(what: string, runs = FUZZ_RUNS): void {
  beforeAll(() =>
    process.stderr.write(
      `fuzz ${what}: ${runs} inputs a property, seed ${FUZZ_SEED} (replay: FUZZ_SEED=${FUZZ_SEED} FUZZ_RUNS=${runs})\n`
    )
  );
}
