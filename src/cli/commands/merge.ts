import ExcelJS from "exceljs";
import { gridPlan } from "../../form/annotate";
import { cellA1 } from "../../form/address";
import { mostCommon } from "../../form/mostCommon";
import { uniqueSheetName } from "../../form/sheetName";
import { formulaFindings, withFindings } from "../../form/formulaFindings";
import { summaryPlan, type SummaryItem, type UnreadableSource } from "../../form/summary";
import { isWorkbook } from "../../files/load";
import { applyPlans, copyWorksheet, formulasToValues, workbookBytes } from "../../files/xlsxWrite";
import { inspectEach, type InspectedFile } from "../inspect";
import { prepareOutput, progress, writeOutput, type CliIO } from "../io";
import { bilingual } from "../messages";
import { distinctNames } from "../names";

export interface MergeOptions {
  output: string;
  unit?: string;
  year?: number;
  force?: boolean;
}

const SUMMARY_SHEET = "汇总表";

/**
 * The unit summary first, then a copy of every source sheet that holds forms, each row linked to
 * its form; files are copied in as they are read. Exit code: 2 when an input could not be opened
 * or the output not written, 1 when an input held no form (it is listed in the summary), else 0.
 */
export async function merge(files: string[], options: MergeOptions, io: CliIO): Promise<number> {
  const force = Boolean(options.force);
  prepareOutput(options.output, files, force);
  const bar = progress(io, files.length, false);
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet(SUMMARY_SHEET);
  const taken = new Set([SUMMARY_SHEET.toLowerCase()]);
  const names = distinctNames(files);
  const items: SummaryItem[] = [];
  const unreadable: UnreadableSource[] = [];
  let failed = false;
  let done = 0;
  for await (const inspected of inspectEach(files)) {
    const source = names[done++];
    if (inspected.ioError) {
      io.stderr(`perf-targets: ${inspected.ioError}\n`);
      failed = true;
    }
    const copied = await copyForms(workbook, inspected, source, taken);
    if (copied.length === 0)
      unreadable.push({
        source,
        reason: inspected.report.findings.map((f) => f.message).join(" "),
      });
    items.push(...copied);
    bar.tick(done);
  }
  bar.stop();
  const unit =
    options.unit ??
    agreed(
      items.map((i) => i.record.unit),
      UNIT,
      io
    );
  const year =
    options.year ??
    agreed(
      items.map((i) => i.record.year),
      YEAR,
      io
    );
  applyPlans(workbook, [summaryPlan(items, { year, unit, unreadable, sheet: SUMMARY_SHEET })]);
  await writeOutput(options.output, await workbookBytes(workbook), files, force);
  io.stderr(`${bilingual("written.summary", { file: options.output, projects: items.length })}\n`);
  if (unreadable.length > 0)
    io.stderr(`${bilingual("written.summary-missing", { files: unreadable.length })}\n`);
  return failed ? 2 : unreadable.length > 0 ? 1 : 0;
}

/**
 * Copy the sheets of one input that hold forms into the summary workbook, formulas as values;
 * the items for its forms, with the findings about its formulas added.
 */
async function copyForms(
  workbook: ExcelJS.Workbook,
  file: InspectedFile,
  source: string,
  taken: Set<string>
): Promise<SummaryItem[]> {
  if (file.report.forms.length === 0) return [];
  let report = file.report;
  let original: ExcelJS.Workbook | null = null;
  if (isWorkbook(file.file)) {
    original = await openOriginal(file.file);
    if (original) report = withFindings(report, formulaFindings(formulasToValues(original)));
  }
  const items: SummaryItem[] = [];
  for (const grid of file.grids) {
    const forms = report.forms.filter((form) => form.sheet === grid.sheet);
    if (forms.length === 0) continue;
    const name = uniqueSheetName(grid.sheet, taken);
    const sheet = original?.getWorksheet(grid.sheet);
    if (sheet) copyWorksheet(sheet, workbook, name);
    else applyPlans(workbook, [{ ...gridPlan(grid), sheet: name }]);
    for (const form of forms)
      items.push({
        record: form.record,
        findings: form.findings,
        sheet: name,
        cell: cellA1(form.area.top, form.area.left),
        source,
      });
  }
  return items;
}

/** The submitted workbook with its styles, or null when ExcelJS cannot open it (its values are copied instead). */
async function openOriginal(path: string): Promise<ExcelJS.Workbook | null> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
    return workbook;
  } catch {
    return null;
  }
}

const UNIT = { what: "预算单位", whatEn: "budget unit" };
const YEAR = { what: "年度", whatEn: "year" };

/** The value most forms agree on (the core's mostCommon); a disagreement is said on stderr, not hidden. */
function agreed<T extends string | number>(
  values: (T | null)[],
  about: { what: string; whatEn: string },
  io: CliIO
): T | null {
  const { value, counts } = mostCommon(values);
  if (counts.length > 1) {
    const data = {
      ...about,
      counts: counts.map(([v, n]) => `${v}×${n}`).join("、"),
      chosen: value ?? "",
    };
    io.stderr(`${bilingual("merge.disagree", data)}\n`);
  }
  return value;
}
