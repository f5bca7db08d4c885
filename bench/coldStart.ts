/**
 * Cold start: `validate --json` on one file, the whole process, against `node -e 0`; CPU time
 * (user + system) of interleaved fresh processes. Run alone with `npx tsx bench/coldStart.ts FILE`
 * (after `node scripts/build.mjs`), or as part of bench/run.ts.
 */
import { loadavg } from "node:os";
import { interleaved, spread } from "./processes";

export const COLD_START_TARGET = 1.8;

export function coldStart(file: string, rounds: number) {
  const loadBefore = loadavg()[0];
  const timed = interleaved(
    [
      { name: "node", args: ["-e", "0"] },
      { name: "cli", args: ["bin/perf-targets.js", "validate", "--json", file], ok: [0, 1] },
    ],
    rounds
  );
  const node = spread(timed.node.map((t) => t.cpuMs));
  const cli = spread(timed.cli.map((t) => t.cpuMs));
  const ratio = Number((cli.median / node.median).toFixed(2));
  return {
    nodeCpuMs: node,
    cliCpuMs: cli,
    overNode: ratio,
    target: COLD_START_TARGET,
    met: ratio <= COLD_START_TARGET,
    loadAverage1m: { before: loadBefore, after: loadavg()[0] },
  };
}

if (require.main === module)
  console.log(JSON.stringify(coldStart(process.argv[2], Number(process.env.BENCH_ROUNDS ?? 15))));
