import { checkSheet, formPlan, gridFromPlan, type FileReport, type FormReport } from "../../form";
import { cellA1 } from "../../form/address";
import { uniqueSheetName } from "../../form/sheetName";
import { formulaFindings, withFindings, type SubmittedFormula } from "../../form/formulaFindings";
import type { SummaryItem, UnreadableSource } from "../../form/summary";
import { SUMMARY_SHEETS, summaryBook, type Chosen, type SummaryBook } from "../../form/summaryBook";
import { isWorkbook } from "../../files/load";
import { formulasToValues } from "../../files/xlsxWrite";
import { StreamedWorkbook } from "../../files/sheetCopy";
import { copySheetXml, stringItems } from "../../files/sheetXml";
import type { WorkbookText } from "../../xlsx";
import { BatchedFile } from "../../files/batchedFile";
import { inspectEach, type InspectedFile } from "../inspect";
import { prepareOutput, progress, writeOutputWith, type CliIO } from "../io";
import { bilingual } from "../messages";
import { distinctNames } from "../names";

export interface MergeOptions {
  output: string;
  unit?: string;
  year?: number;
  force?: boolean;
}

/** The summary workbook's own sheets, before the copies of the forms. */
const SHEETS = SUMMARY_SHEETS;

/**
 * The unit summary workbook: the official summary, the indicator table and the check sheet, then a
 * copy of every form, each linked from its row; files are copied in as they are read, straight
 * into the output's temporary file (src/files/sheetCopy.ts), so memory does not grow with the
 * number of forms. What the summary holds is decided by the core (summaryBook). Exit code: 2 when
 * an input could not be opened or the output not written; 1 when an input or a form was left out
 * (no form, a blank form, a form of another year: each listed on the check sheet); else 0.
 */
export async function merge(files: string[], options: MergeOptions, io: CliIO): Promise<number> {
  const force = Boolean(options.force);
  prepareOutput(options.output, files, force);
  let merged: Merged | undefined;
  await writeOutputWith(
    options.output,
    async (file) => {
      // On the bare descriptor, left open: writeOutputWith flushes and closes the file once the zip
      // is finished (a FileHandle's own stream holds the handle, so that close would never end).
      const out = new BatchedFile(file.fd);
      const workbook = new StreamedWorkbook(out, Object.keys(SHEETS).length);
      merged = await mergeInto(workbook, files, options, io);
    },
    files,
    force
  );
  const { book, failed } = merged as Merged;
  tellSummary(book, options.output, io);
  return failed ? 2 : book.leftOut.length > 0 ? 1 : 0;
}

interface Merged {
  book: SummaryBook;
  /** An input could not be opened at all. */
  failed: boolean;
}

/** Every input's forms copied into `workbook` as it is read, then the summary's own sheets. */
async function mergeInto(
  workbook: StreamedWorkbook,
  files: string[],
  options: MergeOptions,
  io: CliIO
): Promise<Merged> {
  const bar = progress(io, files.length, false);
  const taken = new Set(Object.values(SHEETS).map((sheet) => sheet.toLowerCase()));
  const names = distinctNames(files);
  const items: SummaryItem[] = [];
  const unreadable: UnreadableSource[] = [];
  let failed = false;
  let done = 0;
  for await (const inspected of inspectEach(files, true)) {
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
        ...(inspected.report.findings[0] ? { code: inspected.report.findings[0].code } : {}),
      });
    items.push(...copied);
    bar.tick(done);
  }
  bar.stop();
  const book = summaryBook(items, {
    year: options.year,
    unit: options.unit,
    unreadable,
    sheets: SHEETS,
  });
  await workbook.finish(book.plans, Object.values(SHEETS));
  return { book, failed };
}

/** What the summary chose and left out, on stderr: the year and unit it used, what it did not sum. */
function tellSummary(book: SummaryBook, output: string, io: CliIO): void {
  const say = (line: string) => io.stderr(`${line}\n`);
  if (!book.year.given && book.year.value !== null)
    say(bilingual("merge.year", { year: book.year.value }));
  for (const [chosen, about] of [
    [book.year, YEAR],
    [book.unit, UNIT],
  ] as const) {
    const note = disagreement(chosen, about);
    if (note) say(note);
  }
  say(bilingual("written.summary", { file: output, projects: book.projects.length }));
  if (book.leftOut.length > 0)
    say(bilingual("written.summary-missing", { files: book.leftOut.length, sheet: SHEETS.checks }));
}

/**
 * Copy one input's forms into the summary workbook; the items for its forms. A workbook's sheets
 * are copied with their look, formulas as values (each named by a finding); a form read from text
 * is written in the standard form's look, one sheet a form, and checked again there so that its
 * findings name the cells of the copy.
 */
async function copyForms(
  workbook: StreamedWorkbook,
  file: InspectedFile,
  source: string,
  taken: Set<string>
): Promise<SummaryItem[]> {
  if (file.report.forms.length === 0) return [];
  if (file.text && copiesFromText(file.text, file.report))
    return copyFromText(workbook, file.text, file, source, taken);
  const original = isWorkbook(file.file) ? await workbook.open(file.file) : null;
  if (!original) {
    const items: SummaryItem[] = [];
    for (const form of file.report.forms)
      items.push(await copyAsTemplate(workbook, form, source, taken));
    return items;
  }
  const report = withFindings(file.report, formulaFindings(formulasToValues(original)));
  const items: SummaryItem[] = [];
  for (const sheet of original.worksheets) {
    const forms = report.forms.filter((form) => form.sheet === sheet.name);
    if (forms.length === 0) continue;
    const name = copyName(forms, sheet.name, taken);
    await workbook.copy(sheet, name);
    items.push(...formItems(forms, name, source));
  }
  return items;
}

/**
 * A form sheet is copied from the XML the reader read unless it has notes or links to other
 * files: those live in parts of their own, which ExcelJS's copy carries (src/files/sheetXml.ts).
 */
function copiesFromText(text: WorkbookText, report: FileReport): boolean {
  return text.sheets.every(
    (sheet) =>
      !report.forms.some((form) => form.sheet === sheet.name) ||
      !/relationships\/(comments|hyperlink)"/.test(sheet.rels ?? "")
  );
}

/** Each form sheet copied from its XML, read once (src/files/sheetXml.ts). */
async function copyFromText(
  workbook: StreamedWorkbook,
  text: WorkbookText,
  file: InspectedFile,
  source: string,
  taken: Set<string>
): Promise<SummaryItem[]> {
  const styles = workbook.styleImport(text.styles);
  const strings = stringItems(text.sharedStrings);
  const copies: { sheet: string; name: string; xml: string }[] = [];
  const formulas: SubmittedFormula[] = [];
  for (const sheet of text.sheets) {
    const forms = file.report.forms.filter((form) => form.sheet === sheet.name);
    if (forms.length === 0) continue;
    const copy = copySheetXml(sheet.name, sheet.xml, {
      strings,
      styleOf: (s) => styles.styleOf(s),
    });
    formulas.push(...copy.formulas);
    copies.push({ sheet: sheet.name, name: copyName(forms, sheet.name, taken), xml: copy.xml });
  }
  // The formulas' findings go to the forms whose cells they are in.
  const report = withFindings(file.report, formulaFindings(formulas));
  const items: SummaryItem[] = [];
  for (const { sheet, name, xml } of copies) {
    await workbook.addSheetXml(name, xml);
    items.push(
      ...formItems(
        report.forms.filter((form) => form.sheet === sheet),
        name,
        source
      )
    );
  }
  return items;
}

/** A sheet of one form is named after its project, one of several keeps its own name. */
const copyName = (forms: FormReport[], sheet: string, taken: Set<string>) =>
  uniqueSheetName(forms.length === 1 ? projectSheet(forms[0]) : sheet, taken);

const formItems = (forms: FormReport[], sheet: string, source: string): SummaryItem[] =>
  forms.map((form) => ({
    record: form.record,
    findings: form.findings,
    sheet,
    cell: cellA1(form.area.top, form.area.left),
    source,
  }));

/** A form's copy is named after its project, so the tabs say what they hold. */
const projectSheet = (form: FormReport) => form.record.name ?? form.sheet;

async function copyAsTemplate(
  workbook: StreamedWorkbook,
  form: FormReport,
  source: string,
  taken: Set<string>
): Promise<SummaryItem> {
  const sheet = uniqueSheetName(projectSheet(form), taken);
  const plan = formPlan(form.record, { sheet });
  await workbook.writePlan(plan);
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

/** A disagreement among the forms the summary chose from, said rather than hidden. */
function disagreement(
  chosen: Chosen<string> | Chosen<number>,
  about: { what: string; whatEn: string }
): string | null {
  if (chosen.counts.length < 2) return null;
  const counts = (chosen.counts as [string | number, number][])
    .map(([v, n]) => `${v}×${n}`)
    .join("、");
  return bilingual("merge.disagree", { ...about, counts, chosen: chosen.value ?? "" });
}
