import type { PaneActions } from "../../src/taskpane/actions";
import type { Finding, Report } from "../../src/form/finding";
import { HOSTS, type Desk } from "./desks";

/*
 * 撤销修正 is the same in Excel and in WPS 表格 (docs/addin.md and docs/wps.md, "Fixes"): the
 * record of the last fixes is kept in the workbook, so a pane loaded again can still undo; an
 * undo puts back exactly what each cell held, all or none, never over a cell changed since.
 */
const TYPED: [string, string][] = [
  ["B4", "道路养护"],
  ["B5", "某区交通局"],
  ["E4", "2025年1月至12月"],
  ["C6", "100"],
  ["C7", "300000元"],
  ["E6", "100"],
  ["C12", "公路养护里程"],
  ["E12", ">=20公里"],
  ["C16", "群众满意度"],
  ["E16", "≥100%"],
];

const findingsOf = (report: Report): Finding[] =>
  report.files.flatMap((f) => [...f.findings, ...f.forms.flatMap((x) => x.findings)]);
const said = (report: Report) => findingsOf(report).map((f) => [f.code, f.cell, f.fix?.value]);

async function failure(run: () => Promise<unknown>) {
  try {
    await run();
  } catch (error) {
    const { id, data } = error as { id?: string; data?: unknown };
    return { id, data };
  }
  throw new Error("expected the operation to fail");
}

/** The pane loaded again over the same workbook: nothing of the first pane's memory is left. */
type Reload = () => PaneActions;

async function undoDay(desk: Desk, reload: Reload) {
  const steps: Record<string, unknown> = {};
  const { sheet } = await desk.actions.insertTemplate({ year: 2025 });
  for (const [cell, value] of TYPED) desk.type(sheet, cell, value);
  const checked = await desk.actions.checkWorkbook();
  steps.checked = said(checked.report);
  steps.fixed = await desk.actions.applyFixes(findingsOf(checked.report));
  const pane = reload();
  steps.toUndo = await pane.fixesToUndo();
  const [first, second] = steps.toUndo as { cell: string; after: string }[];
  // The person changes two fixed cells: the undo refuses, names both, and changes nothing.
  desk.type(sheet, first.cell, "我改过了");
  desk.type(sheet, second.cell, "也改了");
  steps.stale = await failure(() => pane.undoFixes());
  steps.stillToUndo = (await pane.fixesToUndo()).length;
  desk.type(sheet, first.cell, first.after);
  desk.type(sheet, second.cell, second.after);
  steps.undone = await pane.undoFixes();
  steps.rechecked = said((await pane.checkWorkbook()).report);
  steps.afterUndo = await pane.fixesToUndo();
  steps.again = await failure(() => pane.undoFixes());
  steps.sheets = desk.sheetNames();
  return steps;
}

describe("撤销修正 is the same in Excel and in WPS 表格", () => {
  it("undoes the last fixes from the workbook's record, after a reload, all or none", async () => {
    const results: Record<string, Record<string, unknown>> = {};
    for (const [name, open] of Object.entries(HOSTS)) {
      const desk = open();
      results[name] = await undoDay(desk, desk.reload);
    }
    const excel = results.Excel;
    const fixed = excel.fixed as { cell: string }[];
    expect(fixed.map((f) => f.cell).sort()).toEqual(["C7", "E12", "E16"]);
    expect(excel.toUndo).toHaveLength(3);
    const toUndo = excel.toUndo as { sheet: string; cell: string }[];
    const named = toUndo.slice(0, 2).map((c) => `${c.sheet}!${c.cell}`);
    expect(excel.stale).toMatchObject({ id: "undoStale", data: { count: 2 } });
    expect((excel.stale as { data: { cells: string } }).data.cells.split(", ").sort()).toEqual(
      named.sort()
    );
    expect(excel.stillToUndo).toBe(3);
    // Undone, the workbook says again what it said before the fixes.
    expect(excel.rechecked).toEqual(excel.checked);
    expect(excel.afterUndo).toEqual([]);
    expect(excel.again).toMatchObject({ id: "nothingToUndo" });
    for (const step of Object.keys(excel))
      expect([step, results.WPS[step]]).toEqual([step, excel[step]]);
  });
});
