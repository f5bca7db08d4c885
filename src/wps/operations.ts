import { areaA1, cellA1 } from "../form/address";
import { gridPlan } from "../form/annotate";
import type { GridSnapshot } from "../form/grid";
import type { Finding, Report } from "../form/finding";
import type { Locale } from "../form/locale";
import { cellMarks } from "../form/marks";
import { buildReport, checkFile, fileFindings } from "../form/report";
import { importedSheetNames } from "../form/importNaming";
import { uniqueSheetName } from "../form/sheetName";
import { SUMMARY_SHEETS, workbookItems } from "../form/summaryBook";
import {
  decideRefresh,
  keptSheetName,
  refreshOutcome,
  type OldOwnSheets,
  type OwnSheetKey,
  type RefreshOutcome,
  type RefreshOptions,
} from "../form/summaryRefresh";
import { ownCells, readSummaryRecord, writeSummaryRecord } from "./summaryRecord";
import { ROW } from "../form/template";
import { templatePlan } from "../form/templatePlan";
import { applyPlan } from "./applyPlan";
import { RECORD_SHEET, remark, removeMarks } from "./marks";
import {
  XL,
  type WpsAddinRoot,
  type WpsApplication,
  type WpsWorkbook,
  type WpsWorksheet,
} from "./model";
import type { AppliedFix } from "../form/fixes";
import { applyFixes, fixesToUndo, undoFixes, type Undone } from "./fixes";
import { FIX_RECORD_SHEET, type WpsFixedCell } from "./fixRecord";
import { findSheet, sheetNamed, worksheets } from "./sheets";
import { OWN_SHEET_MARK } from "./ownSheets";
import { wpsSelfTest, type WpsSelfTestItem } from "./selfTest";
import { readSnapshot } from "./snapshot";
import { insertRow, rowTarget, type WpsRowTarget } from "./indicatorRows";

export type InsertedWpsRow = ReturnType<typeof insertRow>;

/**
 * The add-in's operations over WPS 表格's object model (docs/wps.md): the same as src/excel's,
 * with the same results, so the task pane and the ribbon call either host through one seam. The
 * model answers synchronously; each operation turns screen updating off while it writes.
 */
export interface WpsHost {
  insertTemplate(options?: {
    year?: number;
    unit?: string;
  }): Promise<{ sheet: string; cell: string }>;
  checkSheet(name?: string, options?: { locale?: Locale }): Promise<Checked>;
  checkWorkbook(options?: { locale?: Locale }): Promise<Checked>;
  clearMarks(): Promise<{ cells: number; sheets: number }>;
  applyFixes(findings: readonly Finding[]): Promise<AppliedFix[]>;
  /** 撤销修正 from the record in the workbook (src/wps/fixes.ts). */
  undoFixes(): Promise<Undone>;
  fixesToUndo(): Promise<WpsFixedCell[]>;
  mergeIntoSummary(options?: MergeOptions): Promise<MergedSummary>;
  selectCell(sheet: string, cell: string): Promise<void>;
  /** 插入指标行: the form under the active cell, and a new row below a 二级 (src/wps/indicatorRows.ts). */
  indicatorRowTarget(): Promise<WpsRowTarget | null>;
  insertIndicatorRow(sheet: string, row: number): Promise<InsertedWpsRow>;
  /**
   * New sheets holding these grids' values and merges (an imported workbook's forms), named after
   * `wanted` (src/form/importNaming.ts; a grid's own sheet name without it).
   */
  addSheets(grids: readonly GridSnapshot[], wanted?: readonly string[]): Promise<string[]>;
  /**
   * Call back with a sheet's name when a person changes its cells (the SheetChange event); the
   * add-in's own writes never call back. Returns how to stop, or null without the event.
   */
  watchChanges(onChange: (sheet: string) => void): Promise<(() => Promise<void>) | null>;
  /** 自检: the object model's behaviours the host relies on (src/wps/selfTest.ts). */
  selfTest(): Promise<{
    environment: { platform: string; version: string; excelApi: string; language: string };
    results: WpsSelfTestItem[];
  }>;
}

export interface Checked {
  report: Report;
  marked: number;
  unmarked: number;
  /** The add-in's own sheets (summaries) left out: they are never forms. */
  skipped: number;
}
export type { Undone } from "./fixes";
export type MergedSummary = RefreshOutcome;
export type MergeOptions = RefreshOptions;

/** Workbook names that mark the sheets the add-in made, as in Excel (src/excel/merge.ts). */
const OWN_SHEETS = [
  { key: "summary", marker: "_PerfTargetsSummary", wanted: SUMMARY_SHEETS.summary },
  { key: "indicators", marker: "_PerfTargetsIndicators", wanted: SUMMARY_SHEETS.indicators },
  { key: "checks", marker: "_PerfTargetsChecks", wanted: SUMMARY_SHEETS.checks },
] as const;

/**
 * Run an operation's writes with screen updating off, as one promise; `ours()` is true meanwhile,
 * so the change event the writes raise is known as the add-in's own.
 */
function writer(app: WpsApplication) {
  let writing = false;
  return {
    ours: () => writing,
    writing: <T>(body: () => T): Promise<T> => {
      app.ScreenUpdating = false;
      writing = true;
      try {
        return Promise.resolve(body());
      } catch (error) {
        return Promise.reject(error);
      } finally {
        writing = false;
        app.ScreenUpdating = true;
      }
    },
  };
}

export function wpsHost(app: WpsApplication | WpsAddinRoot): WpsHost {
  const book = () => app.ActiveWorkbook;
  const { writing, ours } = writer(app);
  return {
    insertTemplate: (options = {}) => writing(() => insert(book(), options)),
    checkSheet: (name, options = {}) =>
      writing(() => {
        const sheet = name ? sheetNamed(book(), name) : book().ActiveSheet;
        const own = formSheets(book()).own.some((s) => s.Name === sheet.Name);
        return own
          ? { ...check(book(), [], options), skipped: 1 }
          : { ...check(book(), [sheet], options), skipped: 0 };
      }),
    checkWorkbook: (options = {}) =>
      writing(() => {
        const { sheets, own } = formSheets(book());
        // Marks an older check left on what is now a summary go too.
        removeMarks(book(), own);
        return { ...check(book(), sheets, options), skipped: own.length };
      }),
    clearMarks: () =>
      writing(() => {
        const sheets = worksheets(book());
        return { cells: removeMarks(book(), sheets), sheets: sheets.length };
      }),
    applyFixes: (findings) => writing(() => applyFixes(book(), findings)),
    undoFixes: () => writing(() => undoFixes(book())),
    fixesToUndo: async () => fixesToUndo(book()),
    mergeIntoSummary: (options = {}) => writing(() => merge(book(), options)),
    selectCell: (sheet, cell) =>
      writing(() => {
        const worksheet = sheetNamed(book(), sheet);
        worksheet.Activate();
        worksheet.Range(cell).Select();
      }),
    addSheets: (grids, wanted = grids.map((g) => g.sheet)) =>
      writing(() => {
        const taken = new Set(worksheets(book()).map((s) => s.Name.toLowerCase()));
        const names = importedSheetNames(wanted, grids.length, taken);
        return grids.map((grid, i) => addGrid(book(), grid, names[i]));
      }),
    indicatorRowTarget: async () => rowTarget(app),
    insertIndicatorRow: (sheet, row) => writing(() => insertRow(sheetNamed(book(), sheet), row)),
    selfTest: () => writing(() => wpsSelfTest(app)),
    watchChanges: async (onChange) => {
      if (!("ApiEvent" in app)) return null;
      // The model raises the event inside our own writes, synchronously: those are not the person's.
      const listener = (sheet: WpsWorksheet) => {
        if (!ours()) onChange(sheet.Name);
      };
      app.ApiEvent.AddApiEventListener("SheetChange", listener);
      return async () => app.ApiEvent.RemoveApiEventListener("SheetChange", listener);
    },
  };
}

function addGrid(book: WpsWorkbook, grid: GridSnapshot, name: string): string {
  const worksheet = addAtEnd(book);
  worksheet.Name = name;
  applyPlan(gridPlan(grid), worksheet);
  for (const area of grid.merges) worksheet.Range(areaA1(area)).Merge(false);
  return worksheet.Name;
}

/** A new sheet after the last, as Excel adds one: never placed by which sheet happens to be active. */
const addAtEnd = (book: WpsWorkbook) =>
  book.Worksheets.Add(undefined, book.Worksheets.Item(book.Worksheets.Count));

/** The sheets a marker name points at: ='汇总表'!$A$1 → 汇总表. */
function ownSheetNames(book: WpsWorkbook): Map<string, string> {
  const own = new Map<string, string>();
  for (let i = 1; i <= book.Names.Count; i++) {
    const name = book.Names.Item(i);
    const marker = OWN_SHEETS.find((o) => name.Name === o.marker);
    const m =
      typeof name.RefersTo === "string"
        ? /^=(?:'((?:[^']|'')+)'|([^!']+))!/.exec(name.RefersTo)
        : null;
    if (marker && m) own.set(marker.marker, m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]);
  }
  return own;
}

function isOwnSheet(sheet: WpsWorksheet, byWorkbookName: Set<string>): boolean {
  if (byWorkbookName.has(sheet.Name)) return true;
  for (let i = 1; i <= sheet.Names.Count; i++) {
    const name = sheet.Names.Item(i).Name;
    if (name === OWN_SHEET_MARK || name.endsWith(`!${OWN_SHEET_MARK}`)) return true;
  }
  return false;
}

/** The sheets a person may have filled (not very hidden, not the add-in's own) and how many of its own there are. */
function formSheets(book: WpsWorkbook): { sheets: WpsWorksheet[]; own: WpsWorksheet[] } {
  const named = new Set(ownSheetNames(book).values());
  const visible = worksheets(book).filter(
    (s) =>
      s.Visible !== XL.sheetVeryHidden && s.Name !== RECORD_SHEET && s.Name !== FIX_RECORD_SHEET
  );
  const own = visible.filter((s) => isOwnSheet(s, named));
  return { sheets: visible.filter((s) => !own.some((o) => o.Name === s.Name)), own };
}

function insert(book: WpsWorkbook, options: { year?: number; unit?: string }) {
  const year = options.year ?? new Date().getFullYear() + 1;
  const taken = new Set(worksheets(book).map((s) => s.Name.toLowerCase()));
  const name = uniqueSheetName(`${year}绩效目标表`, taken);
  const worksheet = addAtEnd(book);
  worksheet.Name = name;
  applyPlan(templatePlan({ year, unit: options.unit, sheet: name }), worksheet);
  const cell = cellA1(ROW.name, 1);
  worksheet.Activate();
  worksheet.Range(cell).Select();
  return { sheet: name, cell };
}

function check(
  book: WpsWorkbook,
  sheets: WpsWorksheet[],
  options: { locale?: Locale }
): Omit<Checked, "skipped"> {
  const file = checkFile(book.Name, sheets.map(readSnapshot));
  const counts = remark(book, sheets, cellMarks(fileFindings(file)), options.locale ?? "zh");
  return { report: buildReport([file]), ...counts };
}

interface WpsOwnSheet {
  key: OwnSheetKey;
  marker: string;
  wanted: string;
  old: WpsWorksheet | undefined;
}

/**
 * Build or refresh the summary as Excel does (src/excel/merge.ts): the core decides from the forms,
 * the old own sheets and their fingerprints; the signatures carried over; where the person wrote
 * anything else on them, asked first or the old sheet kept as "汇总表（旧）".
 */
function merge(book: WpsWorkbook, options: MergeOptions): MergedSummary {
  const file = checkFile("", formSheets(book).sheets.map(readSnapshot));
  const previous = ownSheetNames(book);
  const own = OWN_SHEETS.map(({ key, marker, wanted }): WpsOwnSheet => {
    const name = previous.get(marker);
    return { key, marker, wanted, old: name ? (findSheet(book, name) ?? undefined) : undefined };
  });
  const old: OldOwnSheets = {};
  for (const o of own) if (o.old) old[o.key] = ownCells(o.old, o.key === "summary");
  const taken = new Set(worksheets(book).map((s) => s.Name.toLowerCase()));
  const [summary, indicators, checks] = own.map(
    (o) => o.old?.Name ?? uniqueSheetName(o.wanted, taken)
  );
  const decided = decideRefresh(
    workbookItems(file),
    { ...options, sheets: { summary, indicators, checks } },
    old,
    readSummaryRecord(book)
  );
  if ("asked" in decided) return decided.asked;
  const { refresh, keep } = decided;
  const kept = own
    .filter((o) => o.old && keep.includes(o.key))
    .map((o) => {
      o.old!.Name = keptSheetName(o.old!.Name, taken);
      const name = o.old!.Name;
      o.old = undefined;
      return name;
    });
  const placed = replaceOwnSheets(book, own, [summary, indicators, checks]);
  refresh.book.plans.forEach((plan, i) => applyPlan(plan, placed[i]));
  writeSummaryRecord(book, refresh.fingerprints);
  placed[0].Activate();
  return refreshOutcome(refresh, { kept });
}

/** The add-in's own sheets made anew at the front, under the names given; the old ones (not kept) deleted. */
function replaceOwnSheets(book: WpsWorkbook, own: WpsOwnSheet[], names: string[]): WpsWorksheet[] {
  return own.map(({ marker, old }, position) => {
    const taken = new Set(worksheets(book).map((s) => s.Name.toLowerCase()));
    const worksheet = book.Worksheets.Add(book.Worksheets.Item(position + 1));
    worksheet.Name = uniqueSheetName(names[position], taken);
    if (old) {
      old.Delete();
      worksheet.Name = names[position];
    }
    const reference = `='${worksheet.Name.replace(/'/g, "''")}'!$A$1`;
    book.Names.Add(marker, reference, false);
    worksheet.Names.Add(OWN_SHEET_MARK, reference, false);
    return worksheet;
  });
}
