import { formulaInput } from "../../src/excel/applyPlan";
import { capabilities } from "../../src/excel/features";
import { queueSnapshot, toSnapshot } from "../../src/excel/snapshot";
import { valueOf } from "../../src/emulator/model/values";
import { FakeEt, FakeSheet } from "../../src/emulator/wps/fakeEt";
import { parseArea } from "../../src/form/address";
import { addDecimals } from "../../src/form/decimal";
import type { GridSnapshot } from "../../src/form/grid";
import type { PaneActions } from "../../src/taskpane/actions";
import { excelActions } from "../../src/taskpane/excelActions";
import { wpsActions } from "../../src/taskpane/wpsActions";
import { cellInput } from "../../src/wps/applyPlan";
import { RECORD_SHEET } from "../../src/wps/marks";
import { FIX_RECORD_SHEET } from "../../src/wps/fixRecord";
import { wpsHost } from "../../src/wps/operations";
import { readSnapshot } from "../../src/wps/snapshot";
import { installHost, useHost, type Host } from "../excel/host";
import { copySheetAsPerson } from "../excel/person";
import { workbookState } from "../excel/state";

/*
 * One workbook of a contract journey (./journey.ts) on either host: the pane's seam, and what a
 * person does in the spreadsheet's own interface. Each host answers in its own model's terms;
 * the journey compares a workbook only with its shadow on the same host.
 */
export interface SheetHandle {
  name: string;
  /** The model's own sheet object: the journey knows the add-in's sheets by identity. */
  id: object;
  veryHidden: boolean;
}

export interface JourneyDesk {
  actions: PaneActions;
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

/** Excel: the genuine Office.js library over the emulator, made current before each call. */
export function excelDesk(): JourneyDesk {
  const host: Host = installHost(undefined, ["Sheet1"]);
  const book = host.workbook;
  const seam = excelActions();
  const actions = Object.fromEntries(
    Object.entries(seam).map(([key, f]) => [
      key,
      typeof f === "function"
        ? (...args: unknown[]) => (useHost(host), (f as (...a: unknown[]) => unknown)(...args))
        : f,
    ])
  ) as unknown as PaneActions;
  const sheet = (name: string) => book.sheet(name)!;
  return {
    actions,
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
    grids: async (names) => {
      useHost(host);
      return Excel.run(async (context) => {
        const caps = capabilities();
        const pending = names.map((n) =>
          queueSnapshot(context.workbook.worksheets.getItem(n), caps)
        );
        await context.sync();
        return pending.map(toSnapshot);
      });
    },
    cells: () =>
      book.sheets.map((s) => ({
        name: s.name,
        cells: [...s.cells]
          .filter(([, c]) => c.value !== "" || c.formula)
          .map(([k, c]) => [k, c.value, c.formula ?? ""])
          .sort(),
        merges: s.merges.map((m) => `${m.top},${m.left},${m.bottom},${m.right}`).sort(),
      })),
    state: () =>
      workbookState(book, new Set(["parseWorkbook", "id", "creationDate", "customXmlParts"])),
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

/** WPS 表格: the WPS host over the fake object model. */
export function wpsDesk(): JourneyDesk {
  const et = new FakeEt();
  const own = (s: FakeSheet) => s.name === RECORD_SHEET || s.name === FIX_RECORD_SHEET;
  return {
    actions: wpsActions(wpsHost(et.application)),
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
    cells: () =>
      et.sheets
        .filter((s) => !own(s))
        .map((s) => ({
          name: s.name,
          cells: [...s.cells]
            .filter(([, c]) => c.value !== undefined)
            .map(([k, c]) => [k, c.value])
            .sort(),
          merges: s.merges.map((m) => `${m.top},${m.left},${m.bottom},${m.right}`).sort(),
        })),
    state: () =>
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
      }),
  };
}
