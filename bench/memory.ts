import { copyFileSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { formPlan, gridFromPlan } from "../src/form";
import { runOnce, type Timed } from "./processes";
import { stackedWorkbook } from "./stackedSheet";
import { sampleRecords, syntheticRecord } from "./synthetic";

/*
 * Peak memory as the number of files grows (issue 20): `validate --json` at 1, 1,000 and 3,000
 * files, and, with BENCH_BIG=1 (minutes on a loaded two-core machine), at 10,000 files, one
 * sheet of 5,000 stacked forms, and `merge` of 3,600 forms beside `validate` of the same files.
 */

const CLI = "bin/perf-targets.js";
const log = (line: string) => console.error(line);
const BIG = process.env.BENCH_BIG === "1";

/** `count` inputs: copies of the given files under new names (the reader cannot tell). */
function copies(dir: string, files: string[], count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const copy = join(dir, `mem-${i}.xlsx`);
    copyFileSync(files[i % files.length], copy);
    return copy;
  });
}

/** The machine's load when a figure is taken: on a shared machine, CPU time grows with it. */
const load = () => Number(loadavg()[0].toFixed(1));

const figure = (timed: Timed) => ({
  peakMb: Math.round(timed.maxRssMb),
  cpuMs: Math.round(timed.cpuMs),
  wallMs: Math.round(timed.ms),
  loadAverage1m: load(),
});

const within = (value: number, target: number) => ({ target, met: value <= target });

function validateAt(dir: string, files: string[], count: number) {
  const timed = runOnce({
    name: `validate-${count}`,
    args: [CLI, "validate", "--json", ...copies(dir, files, count)],
    ok: [0, 1],
  });
  log(
    `validate --json, ${count} file(s): peak ${Math.round(timed.maxRssMb)} MB, CPU ${Math.round(timed.cpuMs)} ms (load ${load()})`
  );
  return { files: count, ...figure(timed), ...within(timed.maxRssMb, 200) };
}

async function stacked(dir: string, forms: number) {
  const seeds = await sampleRecords();
  const grids = Array.from({ length: forms }, (_, i) =>
    gridFromPlan(formPlan(syntheticRecord(seeds, i), { sheet: "x" }))
  );
  const path = join(dir, `stacked-${forms}.xlsx`);
  writeFileSync(path, stackedWorkbook(grids));
  const timed = runOnce({ name: "stacked", args: [CLI, "validate", "--json", path], ok: [0, 1] });
  log(
    `one sheet of ${forms} stacked forms: peak ${Math.round(timed.maxRssMb)} MB (load ${load()})`
  );
  return { forms, ...figure(timed), ...within(timed.maxRssMb, 250) };
}

export function mergeBesideValidate(dir: string, files: string[], count: number) {
  const inputs = copies(dir, files, count);
  const validate = runOnce({ name: "v", args: [CLI, "validate", "--json", ...inputs], ok: [0, 1] });
  const merge = runOnce({
    name: "merge",
    args: [CLI, "merge", ...inputs, "-o", join(dir, "summary.xlsx"), "--force"],
    ok: [0, 1],
  });
  const ratio = merge.cpuMs / validate.cpuMs;
  log(
    `merge of ${count} forms: peak ${Math.round(merge.maxRssMb)} MB, ${ratio.toFixed(2)}× validate's CPU (load ${load()})`
  );
  return {
    forms: count,
    merge: { ...figure(merge), ...within(merge.maxRssMb, 400) },
    validate: figure(validate),
    cpuOverValidate: { value: Number(ratio.toFixed(2)), ...within(ratio, 4) },
  };
}

/** The memory part of `npm run bench`: `files` are one-form workbooks already written. */
export async function memoryByFiles(dir: string, files: string[]) {
  const counts = BIG ? [1, 1_000, 3_000, 10_000] : [1, 1_000, 3_000];
  return {
    note: "peak resident memory of a fresh CLI process (maxRSS) and its CPU time; targets from issue 20",
    validateJson: counts.map((count) => validateAt(dir, files, count)),
    ...(BIG
      ? {
          stacked5000: await stacked(dir, 5_000),
          merge3600: mergeBesideValidate(dir, files, 3_600),
        }
      : { big: "10,000 files, 5,000 stacked forms and merge of 3,600: run with BENCH_BIG=1" }),
  };
}
