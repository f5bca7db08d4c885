import type { FieldKey } from "../template";
import { takenKey, type FoundField, type HeaderFields } from "./header";
import { fieldOf, isFundingKey, sideOf } from "./labels";
import type { SheetIndex } from "./sheetIndex";

/**
 * Funding as a small table (docs/layouts.md): the labels in a header row (资金总额 | 财政拨款 |
 * 其他资金, or 金额(万元) as a column title) and, below, one row of amounts per column named by
 * its first cell (实施期 / 年度). Returns the fields found, each with its side, and the cells taken,
 * so that a side label such as 实施期 is not read again as the 项目实施期 field.
 */
export function readFundingTables(
  ix: SheetIndex,
  fromRow: number,
  toRow: number
): { fields: HeaderFields; taken: Set<number> } {
  const fields: HeaderFields = {};
  const taken = new Set<number>();
  for (let row = fromRow; row < toRow; row++) {
    const columns = fundingColumns(ix, row);
    if (columns.length < 2) continue;
    const sideRows = rowsOfSides(ix, row + 1, toRow, columns[0].col);
    if (sideRows.length === 0) continue;
    for (const { col } of columns) taken.add(takenKey(row, col));
    for (const { row: amountRow, side, labelCol } of sideRows) {
      taken.add(takenKey(amountRow, labelCol));
      for (const { col, key } of columns) {
        taken.add(takenKey(amountRow, col));
        (fields[key] ??= []).push({
          text: ix.text(amountRow, col),
          raw: ix.raw(amountRow, col),
          cell: ix.sourceCell(amountRow, col),
          labelRow: row,
          labelCol: col,
          side,
        } satisfies FoundField);
      }
    }
    row = sideRows[sideRows.length - 1].row;
  }
  return { fields, taken };
}

/** The funding labels of a row, when they stand side by side as column titles. */
function fundingColumns(ix: SheetIndex, row: number): { col: number; key: FieldKey }[] {
  const columns: { col: number; key: FieldKey }[] = [];
  for (let col = ix.left; col <= ix.right; col++) {
    if (ix.isCovered(row, col)) continue;
    const key = fieldOf(ix.label(row, col));
    if (isFundingKey(key)) columns.push({ col, key });
  }
  return columns;
}

/** Rows right below a header row whose first cell names a side (实施期, 年度). */
function rowsOfSides(ix: SheetIndex, from: number, toRow: number, firstCol: number) {
  const rows: { row: number; side: "period" | "annual"; labelCol: number }[] = [];
  for (let row = from; row <= toRow; row++) {
    let found: (typeof rows)[number] | null = null;
    for (let col = ix.left; col < firstCol && !found; col++) {
      const side = sideOf(ix.label(row, col));
      if (side) found = { row, side, labelCol: col };
    }
    if (!found) break;
    rows.push(found);
  }
  return rows;
}
