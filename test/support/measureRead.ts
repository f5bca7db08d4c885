import { readFileSync } from "node:fs";
import { readWorkbook, WorkbookError } from "../../src/xlsx";

/*
 * Run as a child process by the limits tests: reads the workbook named on the command line as the
 * task pane's import does (src/xlsx with fflate, the default limits) and prints, as one JSON line,
 * what it cost: CPU time (user + system, which neighbours on a loaded machine do not inflate the
 * way they do wall time), the process's peak resident memory, and how the read ended.
 */
const bytes = new Uint8Array(readFileSync(process.argv[2]));
const cpu = process.cpuUsage();
let outcome: { refused: boolean; zh?: string; en?: string; sheets?: number };
try {
  outcome = { refused: false, sheets: readWorkbook(bytes).length };
} catch (error) {
  if (!(error instanceof WorkbookError)) throw error;
  outcome = { refused: true, zh: error.zh, en: error.en };
}
const used = process.cpuUsage(cpu);
process.stdout.write(
  `${JSON.stringify({
    ...outcome,
    cpuMs: (used.user + used.system) / 1000,
    peakMB: process.resourceUsage().maxRSS / 1024,
  })}\n`
);
