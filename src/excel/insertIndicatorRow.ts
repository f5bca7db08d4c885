import {
  blockAt,
  formAt,
  insertRowPlan,
  level2Blocks,
  type Level2Block,
} from "../form/indicatorRows";
import { readSheet } from "../form/reader";
import { queuePlan } from "./applyPlan";
import { AddinError, runExcel } from "./errors";
import { capabilities } from "./features";
import { queueSnapshot, toSnapshot } from "./snapshot";

/** Where 插入指标行 can put a row: the selected form's 二级 blocks and the selection's own. */
export interface IndicatorRowTarget {
  sheet: string;
  blocks: Level2Block[];
  /** The block holding the selected cell; -1 when the selection is elsewhere on the form. */
  selected: number;
}

export interface InsertedRow {
  sheet: string;
  level1: string;
  level2: string;
  /** The new row's 三级指标 cell, selected for the person to type into. */
  cell: string;
}

/**
 * The form under the selection and its 二级 blocks, or null when the selection is in no form
 * (the pane then offers no insertion). One sync: the selection, its sheet and the sheet's cells.
 */
export async function indicatorRowTarget(): Promise<IndicatorRowTarget | null> {
  return runExcel("insertIndicatorRow", async (context) => {
    const selection = context.workbook.getSelectedRange();
    selection.load("rowIndex");
    // The selection is on the active sheet.
    const worksheet = context.workbook.worksheets.getActiveWorksheet();
    const pending = queueSnapshot(worksheet, capabilities());
    await context.sync();
    const form = formAt(readSheet(toSnapshot(pending)).forms, selection.rowIndex);
    if (!form) return null;
    const blocks = level2Blocks(form);
    if (blocks.length === 0) return null;
    const selected = blocks.findIndex(
      (b) => b.firstRow <= selection.rowIndex && selection.rowIndex <= b.lastRow
    );
    return { sheet: pending.worksheet.name, blocks, selected };
  });
}

/**
 * Insert an indicator row below the 二级 block holding `row` of `sheet` (docs/addin.md,
 * "插入指标行"): the sheet is read again, so a block that moved since the pane listed it is
 * found where it is now. Two syncs: the read, then the plan with the new cell selected.
 */
export async function insertIndicatorRow(sheet: string, row: number): Promise<InsertedRow> {
  return runExcel(
    "insertIndicatorRow",
    async (context) => {
      const caps = capabilities();
      const worksheet = context.workbook.worksheets.getItem(sheet);
      const pending = queueSnapshot(worksheet, caps);
      await context.sync().catch((error: { code?: string }) => {
        throw error?.code === "ItemNotFound" ? new AddinError("sheetNotFound", { sheet }) : error;
      });
      const grid = toSnapshot(pending);
      const form = formAt(readSheet(grid).forms, row);
      const block = form && blockAt(form, row);
      if (!form || !block) throw new AddinError("notInIndicators", {});
      const insertion = insertRowPlan(grid, form, block);
      queuePlan(insertion.plan, { worksheet, caps });
      worksheet.activate();
      worksheet.getRange(insertion.cell).select();
      await context.sync();
      return { sheet, level1: block.level1, level2: block.level2, cell: insertion.cell };
    },
    sheet
  );
}
