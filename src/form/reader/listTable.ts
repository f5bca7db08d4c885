import type { FieldKey } from "../template";
import { findTable, type TableColumns } from "./columns";
import { findYear, readAmountUnit } from "./formParts";
import type { FoundField, HeaderFields } from "./header";
import { readIndicators } from "./indicators";
import { isFooterLabel, isTitleLabel } from "./labels";
import { buildRecord, type ReadForm } from "./record";
import type { SheetIndex } from "./sheetIndex";

/**
 * List-style tables (docs/layouts.md): budget-system exports that put several projects in one
 * table, the header row naming 项目名称 (and 单位名称, 项目金额, 年度目标) beside the indicator
 * columns. Each project's block starts on the row that writes its name (merged down over the
 * block in a workbook); rows before the first block, such as a subtotal for the whole unit, are
 * not projects. `nameRows` are the rows that name 项目名称; returns one form per project and the
 * header rows, which are no form's anchor.
 */
export function readListTables(
  ix: SheetIndex,
  nameRows: readonly number[]
): { forms: ReadForm[]; headerRows: Set<number> } {
  const forms: ReadForm[] = [];
  const headerRows = new Set<number>();
  let readTo = ix.top - 1;
  for (const row of nameRows) {
    if (row <= readTo) continue;
    const found = findTable(ix, row, row);
    if (!found) continue;
    const columns = fieldColumns(ix, row);
    headerRows.add(row);
    // The project's own columns sit left of the indicators: no text there ends the table.
    const table = { ...found, firstCol: ix.left };
    const end = lastRowOf(ix, row);
    forms.push(...readProjects(ix, table, columns, end));
    readTo = end;
  }
  return { forms, headerRows };
}

function fieldColumns(ix: SheetIndex, row: number): Partial<Record<FieldKey, number>> {
  const columns: Partial<Record<FieldKey, number>> = {};
  for (let col = ix.left; col <= ix.right; col++) {
    if (ix.isCovered(row, col)) continue;
    const key = ix.meaning(row, col).field;
    if (key) columns[key] ??= col;
  }
  return columns;
}

function lastRowOf(ix: SheetIndex, headerRow: number): number {
  for (let row = headerRow + 1; row <= ix.bottom; row++) {
    for (let col = ix.left; col <= ix.right; col++) {
      const label = ix.label(row, col);
      if (!label) continue;
      if (isFooterLabel(label) || isTitleLabel(label) || ix.meaning(row, col).field === "name")
        return row - 1;
      break;
    }
  }
  return ix.bottom;
}

function readProjects(
  ix: SheetIndex,
  table: TableColumns,
  columns: Partial<Record<FieldKey, number>>,
  end: number
): ReadForm[] {
  const nameCol = columns.name!;
  const starts: number[] = [];
  for (let row = table.headerRow + 1; row <= end; row++) {
    if (!ix.isCovered(row, nameCol) && ix.text(row, nameCol)) starts.push(row);
  }
  const year = findYear(ix, ix.top, table.headerRow);
  const unitRead = readAmountUnit(ix, ix.top, table.headerRow);
  const amountUnit = unitRead.unit ?? "万元";
  let unit: FoundField | null = null;
  return starts.map((start, k) => {
    const last = k + 1 < starts.length ? starts[k + 1] - 1 : end;
    const fields = fieldsAt(ix, table.headerRow, start, columns);
    unit = fields.unit?.find((f) => f.text) ?? unit;
    const { indicators, lastRow } = readIndicators(ix, table, last, start);
    const { record, findings } = buildRecord(ix.grid.sheet, {
      fields,
      indicators,
      year,
      unit,
      amountUnit,
      unitConflict: k === 0 ? unitRead.conflict : null,
      table,
      kind: "list",
    });
    const area = { top: start, left: ix.left, bottom: Math.max(lastRow, start), right: ix.right };
    return { sheet: ix.grid.sheet, area, record, findings };
  });
}

/** A project's own fields: its start row's cells under the header's field labels. */
function fieldsAt(
  ix: SheetIndex,
  headerRow: number,
  row: number,
  columns: Partial<Record<FieldKey, number>>
): HeaderFields {
  const fields: HeaderFields = {};
  for (const [key, col] of Object.entries(columns) as [FieldKey, number][]) {
    fields[key] = [
      {
        text: ix.text(row, col),
        raw: ix.raw(row, col),
        cell: ix.sourceCell(row, col),
        labelRow: headerRow,
        labelCol: col,
      },
    ];
  }
  return fields;
}
