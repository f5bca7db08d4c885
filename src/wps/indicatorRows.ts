import {
  blockAt,
  formAt,
  insertRowPlan,
  level2Blocks,
  type Level2Block,
} from "../form/indicatorRows";
import { readSheet } from "../form/reader";
import { applyPlan } from "./applyPlan";
import { WpsError } from "./errors";
import type { WpsApplication, WpsWorksheet } from "./model";
import { readSnapshot } from "./snapshot";

/*
 * 插入指标行 in WPS 表格 (docs/wps.md, "Writing"): the same core plan as in Excel
 * (src/form/indicatorRows.ts), applied through the object model; the row goes in with
 * Range.EntireRow.Insert, shifting down.
 */

export interface WpsRowTarget {
  sheet: string;
  blocks: Level2Block[];
  selected: number;
}

/** The form under the active cell and its 二级 blocks, or null when the cell is in no form. */
export function rowTarget(app: WpsApplication): WpsRowTarget | null {
  const worksheet = app.ActiveWorkbook.ActiveSheet;
  const row = app.ActiveCell.Row - 1;
  const form = formAt(readSheet(readSnapshot(worksheet)).forms, row);
  const blocks = form ? level2Blocks(form) : [];
  if (blocks.length === 0) return null;
  const selected = blocks.findIndex((b) => b.firstRow <= row && row <= b.lastRow);
  return { sheet: worksheet.Name, blocks, selected };
}

/** A new indicator row below the 二级 block holding `row` (0-based), its 三级指标 cell selected. */
export function insertRow(worksheet: WpsWorksheet, row: number) {
  const grid = readSnapshot(worksheet);
  const form = formAt(readSheet(grid).forms, row);
  const block = form && blockAt(form, row);
  if (!form || !block)
    throw new WpsError(
      "请先选中绩效目标表中某个指标行的单元格，再插入指标行。",
      "Select a cell in an indicator row of a form first, then insert a row."
    );
  const insertion = insertRowPlan(grid, form, block);
  applyPlan(insertion.plan, worksheet);
  worksheet.Activate();
  worksheet.Range(insertion.cell).Select();
  return {
    sheet: worksheet.Name,
    level1: block.level1,
    level2: block.level2,
    cell: insertion.cell,
  };
}
