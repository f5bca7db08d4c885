import type { Report } from "../form/finding";
import type { Locale } from "../form/locale";
import { cellMarks, marksOnMergedAreas, type CellMark } from "../form/marks";
import { buildReport, checkFile, fileFindings } from "../form/report";
import { queueAddFormats, queueAddMessages, queueTargets } from "./addMarks";
import { runExcel } from "./errors";
import { promptMarksToLookFor, queueFindMarks } from "./findMarks";
import { capabilities, type Capabilities } from "./features";
import {
  markRecordXml,
  queueRecord,
  queueWriteRecord,
  recordedMarks,
  type PendingRecord,
  type RecordedMark,
} from "./markRecord";
import {
  queueComments,
  queueFormats,
  queueRemoveMarks,
  queueThreads,
  type FoundMarks,
} from "./marks";
import { isOwn, queueOwnNames, queueOwnership, type PendingOwnership } from "./ownSheets";
import { readInParts } from "./readInParts";
import { RequestBudget, textBytes } from "./requestBudget";
import { queueSnapshot, toSnapshot, type PendingSnapshot } from "./snapshot";
import { unmarkSheets } from "./unmark";

export interface CheckOptions {
  /** The language of the messages written on cells; the report carries both. */
  locale?: Locale;
}

export interface CheckResult {
  /** The same shape as the CLI's `--json` report, with the workbook as its one file. */
  report: Report;
  /** Cells marked by this check, and cells whose old marks it removed. */
  marked: number;
  unmarked: number;
  /**
   * The add-in's own sheets (summaries) the check left out: they are never forms. Optional for the
   * sake of the WPS host, which does not mark its own sheets yet.
   */
  skipped?: number;
}

/**
 * Check one sheet (the active one by default) and mark each finding on its cell, replacing the
 * marks of any earlier check (docs/addin.md, "Check"). At most three syncs, whatever the number of
 * forms, indicators and findings: read the sheet, its marks and the record; the new marks'
 * formats and what the messages must respect; the messages, the old marks' removal, the record.
 * One more where Excel cannot load the sheet's conditional formats (office-js #6827).
 */
export async function checkSheet(name?: string, options: CheckOptions = {}): Promise<CheckResult> {
  return runExcel(
    "check",
    async (context) => {
      const caps = capabilities();
      const read = await readSheets(context, caps, () => {
        const sheets = context.workbook.worksheets;
        return [name ? sheets.getItem(name) : sheets.getActiveWorksheet()];
      });
      return checkAndMark(context, read, caps, options.locale ?? "zh");
    },
    name
  );
}

/**
 * Check every sheet but the add-in's own (hidden ones, summaries), in at most four syncs for any
 * number of sheets: the sheet list, then the same three steps as checkSheet over all sheets at once.
 */
export async function checkWorkbook(options: CheckOptions = {}): Promise<CheckResult> {
  return runExcel("check", async (context) => {
    const caps = capabilities();
    const sheets = context.workbook.worksheets;
    sheets.load("items/name, items/visibility");
    await context.sync();
    const forms = sheets.items.filter((s) => s.visibility !== Excel.SheetVisibility.veryHidden);
    const read = await readSheets(context, caps, () => forms);
    return checkAndMark(context, read, caps, options.locale ?? "zh");
  });
}

interface SheetRead {
  worksheet: Excel.Worksheet;
  snapshot: PendingSnapshot;
  /** Null where Excel could not load them: the record finds the marks then. */
  formats: Excel.ConditionalFormatCollection | null;
  comments: Excel.CommentCollection | null;
  ownership: PendingOwnership;
  /** Known once synced: one of the add-in's own sheets, whose old marks go and which gets none. */
  own?: boolean;
}

interface Read {
  workbookName: string;
  sheets: SheetRead[];
  record: PendingRecord;
}

/**
 * The first step: the sheets' cells, marks and comments, the record, the workbook's names. If
 * Excel fails it (office-js #6827 fails loading conditional formats), the same without formats.
 */
async function readSheets(
  context: Excel.RequestContext,
  caps: Capabilities,
  worksheets: () => Excel.Worksheet[]
): Promise<Read> {
  const attempt = async (withFormats: boolean): Promise<Read> => {
    const book = context.workbook;
    let names = book.names;
    let record: PendingRecord | undefined;
    const sheets = await readInParts(
      context,
      worksheets(),
      (worksheet) => read(worksheet, caps, withFormats),
      () => {
        book.load("name");
        names = queueOwnNames(book);
        record = queueRecord(book);
      }
    );
    for (const s of sheets) s.own = isOwn(s.worksheet.name, s.ownership, names);
    return { workbookName: book.name, sheets, record: record! };
  };
  try {
    return await attempt(true);
  } catch {
    return attempt(false);
  }
}

/** The first step for one sheet: its cells, and the marks and comments already on it. */
const read = (worksheet: Excel.Worksheet, caps: Capabilities, withFormats: boolean): SheetRead => ({
  worksheet,
  snapshot: queueSnapshot(worksheet, caps),
  formats: withFormats ? queueFormats(worksheet) : null,
  comments: caps.comments ? queueComments(worksheet.comments) : null,
  ownership: queueOwnership(worksheet),
});

interface SheetPlan {
  read: SheetRead;
  onSheet: CellMark[];
  old: FoundMarks;
  /** The old record's marks on this sheet. */
  older: RecordedMark[];
  targets: Map<string, Excel.DataValidation>;
  formats: Map<string, Excel.ConditionalFormat>;
}

async function checkAndMark(
  context: Excel.RequestContext,
  { workbookName, sheets, record }: Read,
  caps: Capabilities,
  locale: Locale
): Promise<CheckResult> {
  const snapshots = sheets.filter((s) => !s.own).map((s) => toSnapshot(s.snapshot));
  const file = checkFile(workbookName, snapshots);
  const merges = new Map(snapshots.map((s) => [s.sheet, s.merges]));
  const marks = marksOnMergedAreas(cellMarks(fileFindings(file)), merges);
  const before = recordedMarks(record);
  const planned: RecordedMark[] = [];
  let unmarked = 0;
  try {
    const plans = await queueSecondStep(context, sheets, marks, before, caps);
    unmarked = await queueWrite(context, plans, { record, before, planned }, caps, locale);
  } catch (error) {
    await unmarkSheets(
      context,
      sheets.map((s) => s.worksheet),
      caps,
      planned
    ).catch(() => {
      // The check's own error says what went wrong; this one would only hide it.
    });
    throw error;
  }
  const skipped = sheets.filter((s) => s.own).length;
  return { report: buildReport([file]), marked: marks.length, unmarked, skipped };
}

/**
 * Second step: the new marks' formats (their ids for the record), and what the messages must
 * respect (others' comment threads, prompts before 1.10) and the old marks to remove. Like the
 * write after it, sent in one request unless Excel on the web's limit demands more.
 */
async function queueSecondStep(
  context: Excel.RequestContext,
  sheets: SheetRead[],
  marks: CellMark[],
  before: RecordedMark[],
  caps: Capabilities
): Promise<SheetPlan[]> {
  const budget = new RequestBudget(context);
  const plans: SheetPlan[] = [];
  for (const s of sheets) {
    const onSheet = marks.filter((m) => m.sheet === s.worksheet.name);
    const old = await queueFindMarks(s.worksheet, s.formats, before, caps, budget);
    const threads = s.comments
      ? await queueThreads(s.comments, { withLocation: true, budget, recorded: old.recorded })
      : [];
    const targets = caps.comments ? new Map() : await queueTargets(s.worksheet, onSheet, budget);
    const formats = await queueAddFormats(s.worksheet, onSheet, budget);
    const older = promptMarksToLookFor(s.worksheet.id, before);
    plans.push({ read: s, onSheet, old: { ...old, threads }, older, targets, formats });
  }
  // Stryker disable next-line ConditionalExpression,EqualityOperator: Office.js sends no request for a sync with nothing queued (the emulator counts what it sends); the test spares a promise
  if (budget.reserved > 0) await context.sync();
  return plans;
}

/**
 * Third step: one write, split only where Excel on the web's request limit demands it: the old
 * marks go, the messages are written, and the record lists the new marks in place of the old
 * ones of these sheets. `planned` collects what is written, for the cleanup should it fail.
 */
async function queueWrite(
  context: Excel.RequestContext,
  plans: SheetPlan[],
  state: { record: PendingRecord; before: RecordedMark[]; planned: RecordedMark[] },
  caps: Capabilities,
  locale: Locale
): Promise<number> {
  const budget = new RequestBudget(context);
  let unmarked = 0;
  for (const p of plans) {
    unmarked += await queueRemoveMarks(p.old, budget);
    const { threads, recorded } = p.old;
    const message = { sheetId: p.read.worksheet.id, ...p, threads, recorded };
    state.planned.push(
      ...(await queueAddMessages(p.read.worksheet, p.onSheet, message, caps, locale, budget))
    );
  }
  const checked = new Set(plans.map((p) => p.read.worksheet.id));
  const listed = [...state.before.filter((m) => !checked.has(m.sheet)), ...state.planned];
  await budget.reserve(textBytes(markRecordXml(listed)));
  queueWriteRecord(context.workbook, state.record, listed);
  await context.sync();
  return unmarked;
}
