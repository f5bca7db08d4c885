/**
 * The tables the README and docs/addin.md show, generated from the bench's result (bench/run.ts
 * writes it to out/bench/latest.json; `npx tsx bench/tables.ts` rewrites the marked blocks), so
 * that no figure there is written by hand.
 */
import { readFileSync, writeFileSync } from "node:fs";

interface Figure {
  cpuMs: { median: number };
  overIndexOf: number;
}
interface Counts {
  syncs: number;
  largestRequestBytes: number;
}
export interface BenchResult {
  floors: {
    files: number;
    loadAverage1m: { before: number; after: number };
    project: Record<string, Figure>;
    libreOffice: Record<string, Figure>;
  };
  coldStart: { nodeCpuMs: { median: number }; cliCpuMs: { median: number }; overNode: number };
  excel: {
    rows: {
      forms: number;
      checkWorkbook: Counts;
      clearMarks: Counts;
      applyFixes: Counts;
      mergeIntoSummary: Counts;
      naiveCheck: Counts;
      budgetEstimateOverMeasured?: number;
    }[];
  };
  addin: { taskpaneGzipBytes: number; taskpaneLaterGzipBytes?: number; commandsGzipBytes: number };
  zod: {
    loadAndBuildMs: number;
    firstParseUs: number;
    parseUsPerForm: number;
    steadyParseUsPerForm: number;
    forms: number;
    togetherMs: number;
    togetherAllowedMs: number;
    firstRefusalMs: number;
  };
  readerCoreProcess: { exceljsOnlyProcessCpuMs: { median: number } };
  goals: {
    stacked1000FormsMs: { value: number; merges: number };
    memory1000FilesMb: { value: number };
    coreColdMsPerForm: { value: number };
    coreWarmMsPerForm: { forms1k: number; forms10k: number };
  };
}

const thousands = (n: number) => n.toLocaleString("en");
const times = (n: number) => `${n.toFixed(2)}×`;

function floorRow(what: string, result: BenchResult, key: string): string {
  const { project, libreOffice } = result.floors;
  const cell = (f: Figure) => `${thousands(f.cpuMs.median)} ms, ${times(f.overIndexOf)}`;
  return `| ${what} | ${cell(project[key])} | ${cell(libreOffice[key])} |`;
}

/** What the pane loads only when a workbook is imported, when the result says. */
const laterChunks = (bytes: number | undefined) =>
  bytes
    ? `; the .xlsx reader, ${(bytes / 1024).toFixed(1)} KB more, loads when a workbook is imported`
    : "";

export function speedTable(result: BenchResult): string {
  const { floors, coldStart, addin } = result;
  const load = `${floors.loadAverage1m.before.toFixed(1)}–${floors.loadAverage1m.after.toFixed(1)}`;
  return [
    `${floors.files} one-form files, CPU time (user + system) of fresh processes, the median of`,
    `interleaved runs, load average ${load} on the machine; ratios to the indexOf floor:`,
    "",
    "| what | files the project writes | the same re-saved by LibreOffice |",
    "|---|---|---|",
    floorRow("floor: unzip (node:zlib) + find every tag with `indexOf`", result, "indexOf"),
    floorRow("unzip + saxes (a conforming XML parser)", result, "saxes"),
    floorRow("the reader, checks and report without the CLI", result, "readerCore"),
    floorRow("**`validate --json`** (goal ≤ 2×)", result, "cli"),
    floorRow("`node -e 0`", result, "nodeStart"),
    "",
    "| other figures of the same run | measured | goal |",
    "|---|---|---|",
    `| the same ${floors.files} files loaded by ExcelJS alone, nothing else done | ${thousands(result.readerCoreProcess.exceljsOnlyProcessCpuMs.median)} ms | (for comparison) |`,
    `| one sheet of 1,000 stacked forms (${thousands(result.goals.stacked1000FormsMs.merges)} merged areas), \`validate --json\` | ${thousands(Math.round(result.goals.stacked1000FormsMs.value))} ms | ≤ 2 s |`,
    `| peak memory, \`validate --json\` over 1,000 files | ${Math.round(result.goals.memory1000FilesMb.value)} MB | < 200 MB |`,
    `| the core in a fresh process, over 200 forms (as the CLI runs it: its V8 flag, the record check compiled at build time) | ${result.goals.coreColdMsPerForm.value.toFixed(2)} ms a form | ≤ 0.5 ms |`,
    `| the core warm, over 1,000 and 10,000 forms (the same record check) | ${result.goals.coreWarmMsPerForm.forms1k.toFixed(2)} and ${result.goals.coreWarmMsPerForm.forms10k.toFixed(2)} ms a form | ≤ 0.2 ms |`,
    `| zod: loading it and the record check it compiled at build time (a fresh process) | ${result.zod.loadAndBuildMs} ms | ≤ 10 ms |`,
    `| zod: parsing a record: the first; the mean over ${result.zod.forms}; over 2,000 more | ${result.zod.firstParseUs}; ${result.zod.parseUsPerForm}; ${result.zod.steadyParseUsPerForm} µs | ≤ 20 µs a form |`,
    `| zod: the load and the ${result.zod.forms} parses together | ${result.zod.togetherMs} ms | ≤ ${result.zod.togetherAllowedMs} ms (10 ms + 20 µs a form) |`,
    `| zod: the first refused record (the schemas built, its runtime parser) | ${result.zod.firstRefusalMs} ms | (once a process) |`,
    "",
    `Cold start, \`validate --json\` on one file: ${thousands(coldStart.cliCpuMs.median)} ms, ` +
      `${times(coldStart.overNode)} \`node -e 0\` (${thousands(coldStart.nodeCpuMs.median)} ms; goal ≤ 1.8×). ` +
      `The task pane's own JavaScript: ${(addin.taskpaneGzipBytes / 1024).toFixed(1)} KB gzipped ` +
      `(goal ≤ 90 KB${laterChunks(addin.taskpaneLaterGzipBytes)}), the ribbon commands' ${(addin.commandsGzipBytes / 1024).toFixed(1)} KB.`,
  ].join("\n");
}

export function syncTable(result: BenchResult): string {
  const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
  const lines = result.excel.rows.map(
    (r) =>
      `| ${thousands(r.forms)} | ${r.checkWorkbook.syncs} | ${r.clearMarks.syncs} | ${r.applyFixes.syncs} | ` +
      `${r.mergeIntoSummary.syncs} | ${thousands(r.naiveCheck.syncs)} | ${mb(r.checkWorkbook.largestRequestBytes)} | ` +
      `${r.budgetEstimateOverMeasured === undefined ? "" : times(r.budgetEstimateOverMeasured)} |`
  );
  return [
    "| forms | check | clear | fixes | summary | naive check (a sync a sheet) | largest request | clear: estimate over measured bytes |",
    "|---|---|---|---|---|---|---|---|",
    ...lines,
  ].join("\n");
}

/** Replace what sits between <!-- bench:NAME --> and <!-- /bench:NAME --> in a file. */
export function replaceBlock(path: string, name: string, body: string): void {
  const text = readFileSync(path, "utf8");
  const open = `<!-- bench:${name} -->`;
  const close = `<!-- /bench:${name} -->`;
  const start = text.indexOf(open);
  const end = text.indexOf(close);
  if (start < 0 || end < start) throw new Error(`${path} has no ${open} … ${close} block`);
  writeFileSync(path, `${text.slice(0, start + open.length)}\n${body}\n${text.slice(end)}`);
}

export function writeTables(result: BenchResult): void {
  replaceBlock("README.md", "speed", speedTable(result));
  replaceBlock("docs/addin.md", "syncs", syncTable(result));
}

if (require.main === module)
  writeTables(JSON.parse(readFileSync("out/bench/latest.json", "utf8")) as BenchResult);
