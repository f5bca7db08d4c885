import { basename, extname, join } from "node:path";
import { mkdirSync } from "node:fs";
import { annotationPlan, gridPlan } from "../../form/annotate";
import { buildReport, fileFindings } from "../../form";
import { Report } from "../../form/finding";
import { isWorkbook } from "../../files/load";
import { writeWorkbook } from "../../files/xlsxWrite";
import { inspectFiles, type InspectedFile } from "../inspect";
import { prepareOutput, progress, type CliIO, type Lang } from "../io";
import { formatReport } from "../output";

export interface ValidateOptions {
  json?: boolean;
  annotate?: string;
  lang: Lang;
  force?: boolean;
}

/** Exit code: 2 when a file could not be read, 1 when errors were found, else 0. */
export async function validate(
  files: string[],
  options: ValidateOptions,
  io: CliIO
): Promise<number> {
  if (options.annotate)
    prepareOutput(options.annotate, files, Boolean(options.force) || files.length > 1);
  const bar = progress(io, files.length, Boolean(options.json));
  const inspected = await inspectFiles(files, bar.tick);
  bar.stop();
  const report = Report.parse(buildReport(inspected.map((file) => file.report)));
  io.stdout(
    options.json ? JSON.stringify(report, null, 2) + "\n" : formatReport(report, options.lang)
  );
  if (options.annotate) await annotate(inspected, options.annotate, Boolean(options.force));
  for (const file of inspected) if (file.error) io.stderr(`perf-targets: ${file.error}\n`);
  if (inspected.some((file) => file.error)) return 2;
  return report.summary.errors > 0 ? 1 : 0;
}

/** One annotated copy per readable input: a file for one input, a directory for several. */
async function annotate(files: InspectedFile[], target: string, force: boolean): Promise<void> {
  const readable = files.filter((file) => !file.error);
  const single = files.length === 1;
  if (!single) mkdirSync(target, { recursive: true });
  for (const file of readable) {
    const out = single
      ? target
      : join(target, `${basename(file.file, extname(file.file))}.annotated.xlsx`);
    if (!single) prepareOutput(out, [file.file], force);
    const findings = fileFindings(file.report);
    const notes = file.grids.map((grid) => annotationPlan(grid.sheet, findings));
    if (isWorkbook(file.file)) await writeWorkbook(out, notes, { base: file.file });
    else await writeWorkbook(out, [...file.grids.map(gridPlan), ...notes]);
  }
}
