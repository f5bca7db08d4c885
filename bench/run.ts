/**
 * Benchmarks. Prints progress lines, then one JSON object on the last line.
 * Targets: under 0.2 ms per form in the core; the CLI within 1.3× of ExcelJS's own load time;
 * the task pane's own JavaScript within 120 KB gzipped (`npm run bench` builds the add-in first).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { checkSheet } from "../src/form";
import { formPlan } from "../src/form";
import { writeWorkbook } from "../src/files/xlsxWrite";
import { addinBundleSizes } from "./bundleSize";
import { excelOperationCounts } from "./excel";
import { sampleRecords, syntheticGrids, syntheticRecord } from "./synthetic";

const now = () => Number(process.hrtime.bigint()) / 1e6;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Milliseconds per form to read and check `count` forms; the median of a few runs. */
async function coreMsPerForm(
  count: number,
  runs: number
): Promise<{ msPerForm: number; findings: number }> {
  const grids = syntheticGrids(await sampleRecords(), count);
  let findings = 0;
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = now();
    findings = 0;
    for (const grid of grids)
      findings += checkSheet(grid).forms.reduce((n, f) => n + f.findings.length, 0);
    times.push((now() - start) / count);
  }
  return { msPerForm: median(times), findings };
}

const FLOOR_SCRIPT = `
const ExcelJS = require("exceljs");
(async () => { for (const path of process.argv.slice(1)) await new ExcelJS.Workbook().xlsx.readFile(path); })();
`;

async function cliAgainstExcelJsFloor(files: number): Promise<Record<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), "perf-targets-bench-"));
  try {
    const seeds = await sampleRecords();
    const paths: string[] = [];
    for (let i = 0; i < files; i++) {
      const path = join(dir, `form-${i}.xlsx`);
      await writeWorkbook(path, [formPlan(syntheticRecord(seeds, i), { sheet: "绩效目标表" })]);
      paths.push(path);
    }
    const warmStart = now();
    for (const path of paths) await new ExcelJS.Workbook().xlsx.readFile(path);
    const warmFloorMs = now() - warmStart;

    // The floor a command can reach: a fresh Node process that loads ExcelJS and reads every file.
    const floorStart = now();
    execFileSync(process.execPath, ["-e", FLOOR_SCRIPT, ...paths], {
      stdio: ["ignore", "ignore", "inherit"],
    });
    const floorMs = now() - floorStart;

    const cliStart = now();
    try {
      execFileSync(process.execPath, ["bin/perf-targets.js", "validate", "--json", ...paths], {
        stdio: ["ignore", "ignore", "inherit"],
      });
    } catch (error) {
      // Exit 1 means findings with errors, which synthetic forms may have; 2 would be a failure.
      if ((error as { status?: number }).status !== 1) throw error;
    }
    const cliMs = now() - cliStart;
    return {
      files,
      exceljsInProcessMs: Math.round(warmFloorMs),
      exceljsLoadMs: Math.round(floorMs),
      cliMs: Math.round(cliMs),
      cliOverFloor: cliMs / floorMs,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const core1k = await coreMsPerForm(1_000, 5);
  console.error(`core, 1,000 forms: ${core1k.msPerForm.toFixed(4)} ms/form`);
  const core10k = await coreMsPerForm(10_000, 3);
  console.error(`core, 10,000 forms: ${core10k.msPerForm.toFixed(4)} ms/form`);
  const cli = await cliAgainstExcelJsFloor(200);
  console.error(
    `CLI on ${cli.files} .xlsx: ${cli.cliMs} ms against ExcelJS's ${cli.exceljsLoadMs} ms`
  );
  const excel = await excelOperationCounts(await sampleRecords());
  const result = {
    excel,
    core: {
      forms1k: { msPerForm: core1k.msPerForm },
      forms10k: { msPerForm: core10k.msPerForm },
      targetMsPerForm: 0.2,
      withinTarget: Math.max(core1k.msPerForm, core10k.msPerForm) < 0.2,
    },
    cli: { ...cli, targetRatio: 1.3, withinTarget: cli.cliOverFloor <= 1.3 },
    addin: addinBundleSizes(),
  };
  console.log(JSON.stringify(result));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
