/**
 * How many inputs each fuzz property runs and with which seed: `npm test` runs a modest count
 * on a fixed seed; `npm run fuzz` (FUZZ_RUNS) a new seed each time unless FUZZ_SEED says which.
 * The seed is printed on every run, passing or not, so any run can be replayed.
 */
/**
 * A fuzz suite's count and seed: its own defaults under `npm test`, FUZZ_RUNS with a new seed
 * under `npm run fuzz`, FUZZ_SEED to replay one.
 */
export function fuzzSettings(defaultRuns: number, defaultSeed: number) {
  const runs = Number(process.env.FUZZ_RUNS ?? defaultRuns);
  const seed = process.env.FUZZ_SEED
    ? Number(process.env.FUZZ_SEED)
    : process.env.FUZZ_RUNS
      ? Date.now() % 2 ** 31
      : defaultSeed;
  return { runs, seed };
}

export const { runs: FUZZ_RUNS, seed: FUZZ_SEED } = fuzzSettings(150, 20_231_231);

/** Print the seed once per test file, outside jest's console capture. */
export function announceSeed(what: string, runs = FUZZ_RUNS): void {
  beforeAll(() =>
    process.stderr.write(
      `fuzz ${what}: ${runs} inputs a property, seed ${FUZZ_SEED} (replay: FUZZ_SEED=${FUZZ_SEED} FUZZ_RUNS=${runs})\n`
    )
  );
}
