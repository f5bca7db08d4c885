/**
 * Not a floor: the project's own reader, checks and report in a bare process (bundled and run by
 * bench/run.ts), which measures what the CLI adds around them. A fresh Node process
 * that reads each .xlsx with the reader (inflating with node:zlib, as the CLI does), checks it with the core and writes the JSON report,
 * nothing else. It runs the core as the command line does: with its V8 flag and the record check
 * zod compiled at build time (bench/floors.ts bundles it). The CPU time of its phases goes to
 * stderr as one JSON line.
 */
import "./asTheCli";
import { readFileSync } from "node:fs";
import { buildReport, checkFile, type FileReport, type GridSnapshot } from "../src/form";
import { installRecordParser } from "../src/form/recordParse";
import { compiledRecordParser } from "../src/cli/compiledRecordParser";
import { zlibInflater } from "../src/files/inflate";
import { readWorkbook } from "../src/xlsx";

if (!compiledRecordParser) throw new Error("bundled without the compiled record parser");
installRecordParser(compiledRecordParser);

/** CPU time (user + system) so far: what the work costs, whatever else the machine runs. */
const now = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

const files = process.argv.slice(2);
const readStart = now();
const grids: GridSnapshot[][] = files.map((file) =>
  readWorkbook(readFileSync(file), { inflate: zlibInflater })
);
const checkStart = now();
const reports: FileReport[] = files.map((file, i) => checkFile(file, grids[i]));
const writeStart = now();
process.stdout.write(JSON.stringify(buildReport(reports), null, 2) + "\n");
const end = now();
const forms = reports.reduce((n, report) => n + report.forms.length, 0);
process.stderr.write(
  JSON.stringify({
    forms,
    readMs: checkStart - readStart,
    checkMs: writeStart - checkStart,
    writeMs: end - writeStart,
  }) + "\n"
);
