import ExcelJS from "exceljs";
import { checkSheet, formPlan, gridFromPlan, type FormReport } from "../../form";
import { cellA1 } from "../../form/address";
import { mostCommon } from "../../form/mostCommon";
import { uniqueSheetName } from "../../form/sheetName";
import { formulaFindings, withFindings } from "../../form/formulaFindings";
import { summaryPlan, type SummaryItem, type UnreadableSource } from "../../form/summary";
import { checkPlan } from "../../form/summaryChecks";
import { indicatorPlan } from "../../form/summaryIndicators";
import { isWorkbook } from "../../files/load";
import { applyPlans, formulasToValues, workbookBytes } from "../../files/xlsxWrite";
import { SheetCopier } from "../../files/sheetCopy";
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

/** The summary workbook's own sheets, before the copies of the forms. */
const SHEETS = { summary: "汇总表", indicators: "指标明细", checks: "检查结果" } as const;

/**
 * The unit summary workbook: the official summary, the indicator table and the check sheet, then a
 * copy of every form, each linked from its row; files are copied in as they are read. Exit code: 2 when an input could not be opened
 * or the output not written, 1 when an input held no form (it is listed in the summary), else 0.
 */
export async function merge(files: string[], options: MergeOptions, io: CliIO): Promise<number> {
  const force = Boolean(options.force);
  prepareOutput(options.output, files, force);
  const bar = progress(io, files.length, false);
  const workbook = new ExcelJS.Workbook();
  const copier = new SheetCopier(workbook);
  for (const sheet of Object.values(SHEETS)) workbook.addWorksheet(sheet);
  const taken = new Set(Object.values(SHEETS).map((sheet) => sheet.toLowerCase()));
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
    const copied = await copyForms(copier, workbook, inspected, source, taken);
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
  applyPlans(workbook, [
    summaryPlan(items, {
      year,
      unit,
      unreadable,
      sheet: SHEETS.summary,
      checkSheet: SHEETS.checks,
    }),
    indicatorPlan(items, { sheet: SHEETS.indicators }),
    checkPlan(items, unreadable, { sheet: SHEETS.checks }),
  ]);
  await writeOutput(options.output, await workbookBytes(workbook), files, force);
  io.stderr(`${bilingual("written.summary", { file: options.output, projects: items.length })}\n`);
  if (unreadable.length > 0)
    io.stderr(`${bilingual("written.summary-missing", { files: unreadable.length })}\n`);
  return failed ? 2 : unreadable.length > 0 ? 1 : 0;
}

/**
 * Copy one input's forms into the summary workbook; the items for its forms. A workbook's sheets
 * are copied with their look, formulas as values (each named by a finding); a form read from text
 * is written in the standard form's look, one sheet a form, and checked again there so that its
 * findings name the cells of the copy.
 */
async function copyForms(
  copier: SheetCopier,
  workbook: ExcelJS.Workbook,
  file: InspectedFile,
  source: string,
  taken: Set<string>
): Promise<SummaryItem[]> {
  if (file.report.forms.length === 0) return [];
  const original = isWorkbook(file.file) ? await copier.open(file.file) : null;
  if (!original)
    return file.report.forms.map((form) => copyAsTemplate(workbook, form, source, taken));
  const report = withFindings(file.report, formulaFindings(formulasToValues(original)));
  const items: SummaryItem[] = [];
  for (const sheet of original.worksheets) {
    const forms = report.forms.filter((form) => form.sheet === sheet.name);
    if (forms.length === 0) continue;
    const name = uniqueSheetName(forms.length === 1 ? projectSheet(forms[0]) : sheet.name, taken);
    copier.copy(sheet, name);
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

/** A form's copy is named after its project, so the tabs say what they hold. */
const projectSheet = (form: FormReport) => form.record.name ?? form.sheet;

function copyAsTemplate(
  workbook: ExcelJS.Workbook,
  form: FormReport,
  source: string,
  taken: Set<string>
): SummaryItem {
  const sheet = uniqueSheetName(projectSheet(form), taken);
  const plan = formPlan(form.record, { sheet });
  applyPlans(workbook, [plan]);
  const [again] = checkSheet(gridFromPlan(plan)).forms;
  return {
    record: form.record,
    findings: again?.findings ?? form.findings,
    sheet,
    cell: "A1",
    source,
  };
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
