import type { FundingSide } from "../template";
import type { FoundField, HeaderFields } from "./header";
import { isFundingKey, sideOf, type FundingKey } from "./labels";
import type { SheetIndex } from "./sheetIndex";

/**
 * Funding as a small table (docs/layouts.md): the labels in a header row (资金总额 | 财政拨款 |
 * 其他资金, or 金额(万元) as a column title) and, below, one row of amounts per column named by
 * its first cell (实施期 / 年度). The header fields read each label's value below it, as for any
 * row of labels; where rows named by a side follow, each label gets one value per side instead,
 * and a side's name (实施期) is no longer taken for the 项目实施期 field.
 */
export function readFundingTables(ix: SheetIndex, fields: HeaderFields, toRow: number): void {
  const rows = new Map<number, { key: FundingKey; field: FoundField }[]>();
  for (const [key, found] of Object.entries(fields) as [keyof HeaderFields, FoundField[]][]) {
    if (!isFundingKey(key)) continue;
    for (const field of found) {
      const row = rows.get(field.labelRow) ?? [];
      row.push({ key, field });
      rows.set(field.labelRow, row);
    }
  }
  for (const [row, labels] of rows) {
    if (labels.length < 2) continue;
    const firstCol = Math.min(...labels.map(({ field }) => field.labelCol));
    const sides = rowsOfSides(ix, row + 1, toRow, firstCol);
    if (sides.length === 0) continue;
    for (const { key, field } of labels) {
      const perSide = sides.map(({ row: amountRow, side }) => ({
        ...field,
        text: ix.text(amountRow, field.labelCol),
        raw: ix.raw(amountRow, field.labelCol),
        cell: ix.sourceCell(amountRow, field.labelCol),
        side,
      }));
      fields[key] = [...perSide, ...(fields[key] ?? []).filter((f) => f !== field)];
    }
    dropLabelsAt(fields, sides);
  }
}

/** Rows right below a header row whose first cell names a side (实施期, 年度). */
function rowsOfSides(ix: SheetIndex, from: number, toRow: number, firstCol: number) {
  const rows: { row: number; side: FundingSide; col: number }[] = [];
  for (let row = from; row <= toRow; row++) {
    let found: (typeof rows)[number] | null = null;
    for (let col = ix.left; col < firstCol && !found; col++) {
      const side = sideOf(ix.label(row, col));
      if (side) found = { row, side, col };
    }
    if (!found) break;
    rows.push(found);
  }
  return rows;
}

/** A side's name read as a field of its own (实施期 as 项目实施期) is the table's, not a field. */
function dropLabelsAt(fields: HeaderFields, sides: { row: number; col: number }[]): void {
  for (const [key, found] of Object.entries(fields) as [keyof HeaderFields, FoundField[]][]) {
    fields[key] = found.filter(
      (f) => !sides.some((s) => s.row === f.labelRow && s.col === f.labelCol)
    );
  }
}
