/**
 * The command line against true floors, on the files the project writes and on the same files
 * re-saved by LibreOffice: CPU time (user + system) of fresh processes run interleaved, and each
 * figure's ratio to the indexOf floor. Run alone with `npx tsx bench/floors.ts` (after
 * `node scripts/build.mjs`), or as part of bench/run.ts.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
// @ts-expect-error: a build script in plain JavaScript, without types
import { compiledRecordParser } from "../scripts/recordParserPlugin.mjs";
import { formPlan } from "../src/form";
import { writeWorkbook } from "../src/files/xlsxWrite";
import { interleaved, spread, type Run, type Spread } from "./processes";
import { sampleRecords, syntheticRecord } from "./synthetic";

const CLI = "bin/perf-targets.js";
const FLOORS = {
  indexOf: "dist/bench-floor-indexof.js",
  saxes: "dist/bench-floor-saxes.js",
  readerCore: "dist/bench-reader-core.js",
};

/** The floor programs, bundled as the CLI is (scripts/build.mjs), so that all start alike. */
export async function bundleFloors(): Promise<void> {
  await build({
    entryPoints: {
      "bench-floor-indexof": "bench/floor/indexOfWalk.ts",
      "bench-floor-saxes": "bench/floor/saxesWalk.ts",
      "bench-reader-core": "bench/readerCoreProcess.ts",
    },
    outdir: "dist",
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    packages: "external",
    logLevel: "warning",
    // The reader-core process checks records with the check zod compiled, as the CLI does.
    plugins: [compiledRecordParser],
  });
}

/** `count` one-form workbooks as the project writes them (each form its own names and amounts). */
export async function writeForms(dir: string, count: number): Promise<string[]> {
  const seeds = await sampleRecords();
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    const path = join(dir, `form-${i}.xlsx`);
    await writeWorkbook(path, [formPlan(syntheticRecord(seeds, i), { sheet: "绩效目标表" })]);
    paths.push(path);
  }
  return paths;
}

/** The same files re-saved by LibreOffice (inline strings become shared, styles grow, and so on). */
export function resavedByLibreOffice(files: string[], dir: string): string[] {
  const out = join(dir, "libreoffice");
  mkdirSync(out, { recursive: true });
  // A profile of our own: a second soffice sharing the default one waits for it or fails.
  const profile = `file://${join(dir, "lo-profile")}`;
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=${profile}`,
      "--headless",
      "--convert-to",
      "xlsx:Calc MS Excel 2007 XML",
      "--outdir",
      out,
      ...files,
    ],
    { stdio: "ignore", timeout: 10 * 60_000 }
  );
  const written = readdirSync(out).filter((name) => name.endsWith(".xlsx"));
  if (written.length !== files.length)
    throw new Error(`LibreOffice wrote ${written.length} of ${files.length} files`);
  return written.map((name) => join(out, name));
}

export interface FloorFigure {
  cpuMs: Spread;
  /** The median CPU time over the indexOf floor's. */
  overIndexOf: number;
}

/** Each program over the same files, interleaved; CPU time and its ratio to the indexOf floor. */
export function floorFigures(files: string[], rounds: number): Record<string, FloorFigure> {
  const runs: Run[] = [
    { name: "cli", args: [CLI, "validate", "--json", ...files], ok: [0, 1] },
    { name: "indexOf", args: [FLOORS.indexOf, ...files] },
    { name: "saxes", args: [FLOORS.saxes, ...files] },
    { name: "readerCore", args: [FLOORS.readerCore, ...files] },
    { name: "nodeStart", args: ["-e", "0"] },
  ];
  const timed = interleaved(runs, rounds);
  const cpu = Object.fromEntries(
    runs.map(({ name }) => [name, spread(timed[name].map((t) => t.cpuMs))])
  );
  const floor = cpu.indexOf.median;
  return Object.fromEntries(
    runs.map(({ name }) => [
      name,
      { cpuMs: cpu[name], overIndexOf: Number((cpu[name].median / floor).toFixed(2)) },
    ])
  );
}

/** Both kinds of file, 200 forms each, with the machine's load around the runs. */
export async function floorComparison(dir: string, rounds: number, count = 200) {
  await bundleFloors();
  const projectFiles = await writeForms(dir, count);
  const libreOfficeFiles = resavedByLibreOffice(projectFiles, dir);
  const loadBefore = loadavg()[0];
  const project = floorFigures(projectFiles, rounds);
  const libreOffice = floorFigures(libreOfficeFiles, rounds);
  return {
    files: count,
    rounds,
    loadAverage1m: { before: loadBefore, after: loadavg()[0] },
    note: "CPU time (user + system) of fresh processes, the median of interleaved runs; indexOf: unzip the parts a form needs with node:zlib and find every tag with indexOf; saxes: the same unzip, then saxes; readerCore: the project's reader, checks and report without the CLI; nodeStart: node -e 0",
    project,
    libreOffice,
  };
}

if (require.main === module) {
  const dir = mkdtempSync(join(tmpdir(), "perf-targets-floors-"));
  floorComparison(dir, Number(process.env.BENCH_ROUNDS ?? 5))
    .then((result) => console.log(JSON.stringify(result, null, 2)))
    .finally(() => rmSync(dir, { recursive: true, force: true }));
}
