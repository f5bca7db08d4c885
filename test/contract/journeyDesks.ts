import { addSheets } from "../../src/excel";
import { formulaInput } from "../../src/excel/applyPlan";
import { capabilities } from "../../src/excel/features";
import { FIX_RECORD_NAMESPACE } from "../../src/excel/fixRecord";
import { queueSnapshot, toSnapshot } from "../../src/excel/snapshot";
import type { EmulatedWorkbook } from "../../src/emulator";
import { valueOf } from "../../src/emulator/model/values";
import { FakeEt, FakeSheet } from "../../src/emulator/wps/fakeEt";
import { parseArea } from "../../src/form/address";
import { addDecimals } from "../../src/form/decimal";
import type { GridSnapshot } from "../../src/form/grid";
import type { SheetPlan } from "../../src/form/plan";
import type { PaneActions } from "../../src/taskpane/actions";
import { excelActions } from "../../src/taskpane/excelActions";
import { wpsActions } from "../../src/taskpane/wpsActions";
import { applyPlan, cellInput } from "../../src/wps/applyPlan";
import { RECORD_SHEET } from "../../src/wps/marks";
import { FIX_RECORD_SHEET } from "../../src/wps/fixRecord";
import { wpsHost } from "../../src/wps/operations";
import { readSnapshot } from "../../src/wps/snapshot";
import { installHost, useHost, type Host } from "../excel/host";
import { copySheetAsPerson } from "../excel/person";
import { workbookState } from "../excel/state";

/*
 * One workbook of a journey (./journey.ts) on either host: the pane's seam, and what a person
 * does in the spreadsheet's own interface. Each host answers in its own model's terms; the
 * journey compares a workbook only with its shadow on the same host. What only one host promises
 * is kept here, in its desk: Excel's sync budgets are checked around every call of its seam.
 */
export interface SheetHandle {
  name: string;
  /** The model's own sheet object: the journey knows the add-in's sheets by identity. */
  id: object;
  veryHidden: boolean;
}

export interface JourneyDesk {
  actions: PaneActions;
  /** The workbook's name, as a check's report names its file. */
  fileName: string;
  /** Whether the host can import workbooks (Excel from ExcelApi 1.13, WPS always). */
  canImport: boolean;
  /** A form written as a new last sheet by the add-in's own plan writer (a clerk's earlier work). */
  addForm(plan: SheetPlan): Promise<void>;
  sheets(): SheetHandle[];
  type(sheet: string, cell: string, value: string): void;
  /** Type a text so that it stays that text, as the add-in writes a fix (an apostrophe where needed). */
  typeText(sheet: string, cell: string, text: string): void;
  /** The text a cell shows (a formula's value: the summary's 合计). */
  shown(sheet: string, row: number, col: number): string;
  rename(from: string, to: string): void;
  remove(sheet: string): void;
  /** Move a sheet before another (by name), or to the end. */
  move(sheet: string, before: string | null): void;
  /** Move or Copy → Create a copy; returns the copy's identity. */
  copy(sheet: string): object;
  /** The sheets as the add-in reads them, through the host's own reader. */
  grids(names: string[]): Promise<GridSnapshot[]>;
  /** What the person typed: values, formulas, merges, sheet order. */
  cells(): unknown;
  /** Everything the workbook holds but the fix record (kept by design, for 撤销修正). */
  state(): unknown;
}

/** The seam's operations a journey runs. */
type JourneyOperation = Exclude<
  keyof PaneActions,
  "indicatorRowTarget" | "selectCell" | "watchChanges" | "selfTest" | "selfTestText"
>;

/**
 * The most syncs each operation may make in Excel (src/excel: each operation's comment says
 * why). Excel's own promise, not the contract's: WPS's object model has no batches to count.
 */
export const EXCEL_SYNC_BUDGET: Record<JourneyOperation, (args: unknown[]) => number> = {
  insertTemplate: () => 2,
  insertIndicatorRow: () => 2,
  checkSheet: () => 3,
  checkWorkbook: () => 4,
  clearMarks: () => 3,
  applyFixes: () => 2,
  fixesToUndo: () => 2,
  undoFixes: () => 4,
  mergeIntoSummary: () => 4,
  // Two a file and one more (src/excel/importWorkbooks.ts).
  importWorkbooks: ([files]) => 1 + 2 * (files as unknown[]).length,
};

const budgeted = (key: string): key is JourneyOperation => key in EXCEL_SYNC_BUDGET;

/**
 * The pane's seam over one emulated Excel: made current before each call (a journey has two
 * workbooks), and each operation held to its sync budget, refused or not.
 */
function budgetedActions(host: Host): PaneActions {
  const held =
    (key: JourneyOperation, f: (...a: unknown[]) => unknown) =>
    async (...args: unknown[]) => {
      const before = host.stats.syncs;
      const outcome = await Promise.resolve()
        .then(() => f(...args))
        .then(
          (value) => ({ value }),
          (error: unknown) => ({ error })
        );
      const syncs = host.stats.syncs - before;
      const budget = EXCEL_SYNC_BUDGET[key](args);
      if (syncs > budget) throw new Error(`${key} made ${syncs} syncs, its budget is ${budget}`);
      if ("error" in outcome) throw outcome.error;
      return outcome.value;
    };
  const wrap = (key: string, f: (...a: unknown[]) => unknown) => {
    const run = budgeted(key) ? held(key, f) : f;
    return (...args: unknown[]) => (useHost(host), run(...args));
  };
  return Object.fromEntries(
    Object.entries(excelActions()).map(([key, f]) => [
      key,
      typeof f === "function" ? wrap(key, f as (...a: unknown[]) => unknown) : f,
    ])
  ) as unknown as PaneActions;
}

/** What the person typed in an emulated Excel: values and formulas of every sheet, in order. */
const excelCells = (book: EmulatedWorkbook) =>
  book.sheets.map((s) => ({
    name: s.name,
    cells: [...s.cells]
      .filter(([, c]) => c.value !== "" || c.formula)
      .map(([k, c]) => [k, c.value, c.formula ?? ""])
      .sort(),
    merges: s.merges.map((m) => `${m.top},${m.left},${m.bottom},${m.right}`).sort(),
  }));

/**
 * The whole workbook but the fix record, which 清除标记 keeps for 撤销修正. Ids are Excel's to
 * choose (a sheet made again gets a new one). The marks' record stays in: a clear removes it.
 */
const excelState = (book: EmulatedWorkbook) =>
  workbookState(
    {
      ...book,
      customXmlParts: book.customXmlParts.filter((p) => p.namespaceUri !== FIX_RECORD_NAMESPACE),
    },
    new Set(["parseWorkbook", "id", "creationDate"])
  );

/** The sheets as the add-in reads them, through the genuine library. */
function readThroughExcel(host: Host, names: string[]): Promise<GridSnapshot[]> {
  useHost(host);
  return Excel.run(async (context) => {
    const caps = capabilities();
    const pending = names.map((n) => queueSnapshot(context.workbook.worksheets.getItem(n), caps));
    await context.sync();
    return pending.map(toSnapshot);
  });
}

/** Excel at the given requirement sets (the newest by default): Office.js over the emulator. */
export function excelDesk(requirementSets?: Record<string, string>): JourneyDesk {
  const host: Host = installHost(requirementSets, ["Sheet1"]);
  const book = host.workbook;
  const sheet = (name: string) => book.sheet(name)!;
  return {
    actions: budgetedActions(host),
    fileName: book.name,
    canImport: requirementSets === undefined || Number(requirementSets.ExcelApi.slice(2)) >= 13,
    addForm: async (plan) => void (useHost(host), await addSheets([plan])),
    sheets: () =>
      book.sheets.map((s) => ({ name: s.name, id: s, veryHidden: s.visibility === "VeryHidden" })),
    type: (name, cell, value) => book.typeValues(name, cell, [[value]]),
    typeText: (name, cell, text) => book.typeValues(name, cell, [[formulaInput(text) as string]]),
    shown: (name, row, col) => String(valueOf(book, sheet(name), row, col)),
    rename: (from, to) => void (sheet(from).name = to),
    remove: (name) => book.removeSheet(sheet(name)),
    move: (name, before) => {
      const moving = sheet(name);
      book.sheets.splice(book.sheets.indexOf(moving), 1);
      const at = before === null ? book.sheets.length : book.sheets.indexOf(sheet(before));
      book.sheets.splice(at, 0, moving);
    },
    copy: (name) => copySheetAsPerson(book, name),
    grids: (names) => readThroughExcel(host, names),
    cells: () => excelCells(book),
    state: () => excelState(book),
  };
}

/**
 * What WPS shows in a cell. The fake keeps a formula as written and calculates nothing; the only
 * formula the add-in writes is 合计's =SUM(range), which this adds up as WPS would.
 */
function shownInWps(sheet: FakeSheet, row: number, col: number): string {
  const value = sheet.cell(row, col)?.value;
  const sum = typeof value === "string" ? /^=SUM\(([A-Z]+\d+(?::[A-Z]+\d+)?)\)$/.exec(value) : null;
  const area = sum && parseArea(sum[1]);
  if (!area) return String(value ?? "");
  const amounts: string[] = [];
  for (let r = area.top; r <= area.bottom; r++)
    for (let c = area.left; c <= area.right; c++) {
      const v = sheet.cell(r, c)?.value;
      if (typeof v === "number") amounts.push(String(v));
    }
  return String(Number(addDecimals(...amounts)));
}

const ownInWps = (s: FakeSheet) => s.name === RECORD_SHEET || s.name === FIX_RECORD_SHEET;

/** What the person typed in WPS: values, merges, sheet order (the add-in's record sheets aside). */
const wpsCells = (et: FakeEt) =>
  et.sheets
    .filter((s) => !ownInWps(s))
    .map((s) => ({
      name: s.name,
      cells: [...s.cells]
        .filter(([, c]) => c.value !== undefined)
        .map(([k, c]) => [k, c.value])
        .sort(),
      merges: s.merges.map((m) => `${m.top},${m.left},${m.bottom},${m.right}`).sort(),
    }));

/**
 * The whole workbook but the fix record sheet, which 清除标记 keeps for 撤销修正, as plain data
 * (what a cell lacks and what it holds as undefined compare alike), so a difference reads as a diff.
 */
const wpsState = (et: FakeEt): unknown =>
  JSON.parse(
    JSON.stringify({
      names: et.names,
      sheets: et.sheets
        .filter((s) => s.name !== FIX_RECORD_SHEET)
        .map((s) => ({
          name: s.name,
          visible: s.visible,
          cells: [...s.cells].filter(([, c]) => Object.keys(c).length > 0).sort(),
          merges: s.merges,
          conditions: s.conditions,
          names: s.names,
        })),
    })
  );

/** WPS 表格: the WPS host over the fake object model. */
export function wpsDesk(): JourneyDesk {
  const et = new FakeEt();
  const book = et.application.ActiveWorkbook;
  return {
    actions: wpsActions(wpsHost(et.application)),
    fileName: book.Name,
    canImport: true,
    addForm: async (plan) => {
      const worksheet = book.Worksheets.Add(undefined, book.Worksheets.Item(et.sheets.length));
      worksheet.Name = plan.sheet;
      applyPlan(plan, worksheet);
    },
    sheets: () => et.sheets.map((s) => ({ name: s.name, id: s, veryHidden: s.visible === 2 })),
    type: (name, cell, value) => et.type(name, cell, value),
    typeText: (name, cell, text) => et.type(name, cell, String(cellInput(text))),
    shown: (name, row, col) => shownInWps(et.sheet(name), row, col),
    rename: (from, to) => void (et.worksheet(et.sheet(from)).Name = to),
    remove: (name) => et.worksheet(et.sheet(name)).Delete(),
    move: (name, before) => {
      const moving = et.sheet(name);
      et.sheets.splice(et.sheets.indexOf(moving), 1);
      const at = before === null ? et.sheets.length : et.sheets.indexOf(et.sheet(before));
      et.sheets.splice(at, 0, moving);
    },
    copy: (name) => et.copySheet(name),
    grids: async (names) => names.map((n) => readSnapshot(et.worksheet(et.sheet(n)))),
    cells: () => wpsCells(et),
    state: () => wpsState(et),
  };
}
