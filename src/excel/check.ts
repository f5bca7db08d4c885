import type { Report } from "../form/finding";
import type { Locale } from "../form/locale";
import { cellMarks, marksOnMergedAreas } from "../form/marks";
import { buildReport, checkFile, fileFindings } from "../form/report";
import { runExcel } from "./errors";
import { capabilities, type Capabilities } from "./features";
import {
  ourFormats,
  queueAddMarks,
  queueComments,
  queueFormats,
  queueRemoveMarks,
  queueTargets,
  queueThreads,
} from "./marks";
import { isOwn, queueOwnNames, queueOwnership, type PendingOwnership } from "./ownSheets";
import { readInParts } from "./readInParts";
import { RequestBudget } from "./requestBudget";
import { queueSnapshot, toSnapshot, type PendingSnapshot } from "./snapshot";

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
 * forms, indicators and findings: read the sheet and its marks; where needed, the comments and
 * prompts the marks must respect; write every mark.
 */
export async function checkSheet(name?: string, options: CheckOptions = {}): Promise<CheckResult> {
  return runExcel(
    "check",
    async (context) => {
      const caps = capabilities();
      const sheets = context.workbook.worksheets;
      const worksheet = name ? sheets.getItem(name) : sheets.getActiveWorksheet();
      const book = context.workbook;
      book.load("name");
      const names = queueOwnNames(book);
      const pending = [read(worksheet, caps)];
      await context.sync();
      markOwnership(pending, names);
      return checkAndMark(context, book.name, pending, caps, options.locale ?? "zh");
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
    const book = context.workbook;
    book.load("name");
    const sheets = book.worksheets;
    sheets.load("items/name, items/visibility");
    const names = queueOwnNames(book);
    await context.sync();
    const pending = await readInParts(
      context,
      sheets.items.filter((s) => s.visibility !== Excel.SheetVisibility.veryHidden),
      (worksheet) => read(worksheet, caps)
    );
    markOwnership(pending, names);
    return checkAndMark(context, book.name, pending, caps, options.locale ?? "zh");
  });
}

interface SheetRead {
  worksheet: Excel.Worksheet;
  snapshot: PendingSnapshot;
  formats: Excel.ConditionalFormatCollection;
  comments: Excel.CommentCollection | null;
  ownership: PendingOwnership;
  /** Known once synced: one of the add-in's own sheets, whose old marks go and which gets none. */
  own?: boolean;
}

function markOwnership(sheets: SheetRead[], names: Excel.NamedItemCollection): void {
  for (const s of sheets) s.own = isOwn(s.worksheet.name, s.ownership, names);
}

/** The first step for one sheet: its cells, and the marks and comments already on it. */
const read = (worksheet: Excel.Worksheet, caps: Capabilities): SheetRead => ({
  worksheet,
  snapshot: queueSnapshot(worksheet, caps),
  formats: queueFormats(worksheet),
  comments: caps.comments ? queueComments(worksheet.comments) : null,
  ownership: queueOwnership(worksheet),
});

async function checkAndMark(
  context: Excel.RequestContext,
  workbookName: string,
  sheets: SheetRead[],
  caps: Capabilities,
  locale: Locale
): Promise<CheckResult> {
  const snapshots = sheets.filter((s) => !s.own).map((s) => toSnapshot(s.snapshot));
  const file = checkFile(workbookName, snapshots);
  const merges = new Map(snapshots.map((s) => [s.sheet, s.merges]));
  const marks = marksOnMergedAreas(cellMarks(fileFindings(file)), merges);
  // Second step: what the new marks must respect (others' comment threads, prompts before 1.10).
  // Like the write below, sent in one request unless Excel on the web's limit demands more.
  const loading = new RequestBudget(context);
  const perSheet = [];
  for (const s of sheets) {
    const onSheet = marks.filter((m) => m.sheet === s.worksheet.name);
    const formats = await ourFormats(s.formats, { verifyPrompts: true, budget: loading });
    const threads = s.comments
      ? await queueThreads(s.comments, { withLocation: true, budget: loading })
      : [];
    const targets = caps.comments ? new Map() : await queueTargets(s.worksheet, onSheet, loading);
    perSheet.push({ read: s, onSheet, formats, threads, targets });
  }
  if (loading.reserved > 0) await context.sync();
  // Third step: one write, split only where Excel on the web's request limit demands it. Excel
  // keeps what a failed request did before the failure: then no half-marked sheet is left.
  let unmarked = 0;
  try {
    const budget = new RequestBudget(context);
    for (const s of perSheet) {
      unmarked += await queueRemoveMarks(s.formats, s.threads, budget);
      await queueAddMarks(s.read.worksheet, s.onSheet, s, caps, locale, budget);
    }
    await context.sync();
  } catch (error) {
    await removeMarksAfterFailure(
      context,
      perSheet.map((s) => s.read.worksheet),
      caps
    );
    throw error;
  }
  const skipped = sheets.filter((s) => s.own).length;
  return { report: buildReport([file]), marked: marks.length, unmarked, skipped };
}

/**
 * After a write failed midway: every mark on the sheets being checked goes (the old ones were
 * being replaced anyway), prompts only while still ours. Best effort: the first failure is the
 * one the person is told about.
 */
async function removeMarksAfterFailure(
  context: Excel.RequestContext,
  worksheets: Excel.Worksheet[],
  caps: Capabilities
): Promise<void> {
  try {
    const reads = worksheets.map((worksheet) => ({
      formats: queueFormats(worksheet),
      comments: caps.comments ? queueComments(worksheet.comments) : null,
    }));
    await context.sync();
    const loading = new RequestBudget(context);
    const found = [];
    for (const r of reads) {
      const formats = await ourFormats(r.formats, { verifyPrompts: true, budget: loading });
      const threads = r.comments
        ? await queueThreads(r.comments, { withLocation: false, budget: loading })
        : [];
      found.push({ formats, threads });
    }
    await context.sync();
    const budget = new RequestBudget(context);
    for (const f of found) await queueRemoveMarks(f.formats, f.threads, budget);
    await context.sync();
  } catch {
    // The check's own error says what went wrong; this one would only hide it.
  }
}
