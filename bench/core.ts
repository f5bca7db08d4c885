/**
 * The core's figures alone (issue 24): the core in a fresh process over 200 forms, the core warm
 * over 1,000 and 10,000 forms, and what zod costs a fresh process. bench/run.ts runs the same
 * functions as part of the whole bench; run only these with `npx tsx bench/core.ts` (a minute or
 * two, no build needed), with BENCH_ROUNDS fresh processes for the cold figure (default 7).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
// @ts-expect-error: a build script in plain JavaScript, without types
import { compiledRecordParser } from "../scripts/recordParserPlugin.mjs";
import { recordParserHere } from "../scripts/recordParserSource";
import { checkSheet } from "../src/form";
import { installRecordParser } from "../src/form/recordParse";
import { bundleFloors, writeForms } from "./floors";
import { runOnce } from "./processes";
import { sampleRecords, syntheticGrids, syntheticRecord } from "./synthetic";

const READER_CORE = "dist/bench-reader-core.js";

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** CPU time so far in this process, user + system. */
const cpuNow = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/**
 * CPU milliseconds per form to read and check `count` forms in this (warm) process; the median of
 * a few runs after one untimed pass. Warm means compiled: V8 keeps optimizing the core for its
 * first few thousand forms, which the fresh-process figure (coreColdMsPerForm) measures. Records
 * are checked as the command line checks them, with the check zod compiles at build time.
 */
export async function coreMsPerForm(count: number, runs: number): Promise<number> {
  installRecordParser(recordParserHere());
  const grids = syntheticGrids(await sampleRecords(), count);
  for (const grid of grids) checkSheet(grid);
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = cpuNow();
    for (const grid of grids) checkSheet(grid);
    times.push((cpuNow() - start) / count);
  }
  return median(times);
}

export interface CorePhases {
  forms: number;
  readMs: number;
  checkMs: number;
  writeMs: number;
}

/** The phases bench/readerCoreProcess.ts writes to stderr as its last line. */
export const corePhases = (stderr: string): CorePhases =>
  JSON.parse(stderr.trim().split("\n").pop() ?? "{}");

/** What zod costs a fresh process (bench/zodCost.ts), bundled as the CLI is, zod included. */
async function bundleZodCost(): Promise<void> {
  await build({
    entryPoints: { "bench-zod": "bench/zodCost.ts" },
    outdir: "dist",
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    logLevel: "warning",
    plugins: [compiledRecordParser],
  });
}

interface ZodRun {
  loadAndBuildMs: number;
  firstParseUs: number;
  parseUsPerForm: number;
  steadyParseUsPerForm: number;
  togetherMs: number;
  firstRefusalMs: number;
  forms: number;
}

/**
 * zod's load with the record's parser compiled at build time (ms), its parse (µs a form: the
 * first, the mean over 200 cold, the mean over 2,000 more), load and cold parses together, and
 * the first refused record (ms: the schemas built, the runtime parser): the median of 5 fresh
 * processes, run with the V8 flag the command line sets (bin/perf-targets.js).
 */
export async function zodCost() {
  await bundleZodCost();
  const seeds = await sampleRecords();
  const records = JSON.stringify(Array.from({ length: 200 }, (_, i) => syntheticRecord(seeds, i)));
  const runs = Array.from(
    { length: 5 },
    () =>
      JSON.parse(
        execFileSync(
          process.execPath,
          ["--interrupt-budget=405504", "--expose-gc", "dist/bench-zod.js"],
          {
            input: records,
            encoding: "utf8",
          }
        )
      ) as ZodRun
  );
  const of = (key: keyof ZodRun) => median(runs.map((run) => run[key]));
  const forms = runs[0].forms;
  const together = of("togetherMs");
  return {
    loadAndBuildMs: of("loadAndBuildMs"),
    firstParseUs: of("firstParseUs"),
    parseUsPerForm: of("parseUsPerForm"),
    steadyParseUsPerForm: of("steadyParseUsPerForm"),
    firstRefusalMs: of("firstRefusalMs"),
    forms,
    togetherMs: together,
    /** What the goal allows the same process: 10 ms, and 20 µs for each form. */
    togetherAllowedMs: 10 + (20 * forms) / 1000,
  };
}

/** The core in fresh processes over 200 one-form files: the median check time a form. */
async function coreCold(rounds: number) {
  await bundleFloors();
  const dir = mkdtempSync(join(tmpdir(), "perf-targets-core-"));
  try {
    const files = await writeForms(dir, 200);
    const runs = Array.from({ length: rounds }, () =>
      corePhases(runOnce({ name: "readerCore", args: [READER_CORE, ...files] }).stderr)
    );
    return {
      msPerForm: Number(median(runs.map((p) => p.checkMs / p.forms)).toFixed(4)),
      readMs: median(runs.map((p) => p.readMs)),
      writeMs: median(runs.map((p) => p.writeMs)),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module)
  (async () => {
    const load = () => loadavg().map((n) => Number(n.toFixed(2)));
    const loadBefore = load();
    const cold = await coreCold(Number(process.env.BENCH_ROUNDS ?? 7));
    const zod = await zodCost();
    const warm1k = await coreMsPerForm(1_000, 5);
    const warm10k = await coreMsPerForm(10_000, 3);
    console.log(
      JSON.stringify({
        loadAverage: { before: loadBefore, after: load() },
        coreColdMsPerForm: cold,
        coreWarmMsPerForm: { forms1k: warm1k, forms10k: warm10k },
        zod,
      })
    );
  })();
