import { cellA1 } from "../address";
import { canonicalLevel1, canonicalLevel2, level1sFor } from "../framework";
import type { Indicator } from "../record";
import { parseIndicatorValue } from "../value";
import { fieldOf, isFooterLabel, isTitleLabel, TABLE_LABELS } from "./labels";
import type { SheetIndex } from "./sheetIndex";

export interface TableColumns {
  headerRow: number;
  /** The last header row (a second row may hold 实施期/年度 value sub-headers). */
  lastHeaderRow: number;
  level1: number;
  level2: number;
  name: number;
  value: number;
}

/** The indicator table's header between two rows: the row holding 一级指标. */
export function findTable(ix: SheetIndex, fromRow: number, toRow: number): TableColumns | null {
  for (let row = fromRow; row <= toRow; row++) {
    const level1 = findColumn(ix, row, TABLE_LABELS.level1);
    if (level1 === null) continue;
    const level2 = findColumn(ix, row, TABLE_LABELS.level2) ?? level1 + 1;
    const name = findColumn(ix, row, TABLE_LABELS.name) ?? level2 + 1;
    const nameEnd = ix.mergeOf(row, name)?.right ?? name;
    const sub = row + 1 <= toRow ? valueColumn(ix, row + 1, nameEnd) : null;
    const value = sub ?? valueColumn(ix, row, nameEnd) ?? nameEnd + 1;
    return {
      headerRow: row,
      lastHeaderRow: sub === null ? row : row + 1,
      level1,
      level2,
      name,
      value,
    };
  }
  return null;
}

function findColumn(ix: SheetIndex, row: number, labels: ReadonlySet<string>): number | null {
  for (let col = ix.left; col <= ix.right; col++) if (labels.has(ix.label(row, col))) return col;
  return null;
}

/** The value column: 年度 wins when a form has both 实施期 and 年度 value columns. */
function valueColumn(ix: SheetIndex, row: number, after: number): number | null {
  let first: number | null = null;
  for (let col = after + 1; col <= ix.right; col++) {
    const label = ix.label(row, col);
    const isValue = TABLE_LABELS.value.has(label) || /指标值/.test(label);
    if (!isValue) continue;
    if (label.includes("年度")) return col;
    first ??= col;
  }
  return first;
}

interface Named {
  text: string;
  cell: string;
  /** The row the name was written on; rows below that leave it blank inherit it. */
  row: number;
}

/**
 * The indicator rows from below the header to the first footer, title or next form.
 * Returns the rows and the last row that belonged to the table.
 */
export function readIndicators(
  ix: SheetIndex,
  table: TableColumns,
  toRow: number
): { indicators: Indicator[]; lastRow: number } {
  const indicators: Indicator[] = [];
  const ownLevel1: boolean[] = [];
  let level1 = null as Named | null;
  let level2 = null as Named | null;
  let lastRow = table.lastHeaderRow;
  for (let row = table.lastHeaderRow + 1; row <= toRow; row++) {
    if (endsTable(ix, row)) break;
    const t1 = ix.text(row, table.level1);
    const t2 = ix.text(row, table.level2);
    const name = ix.text(row, table.name);
    const value = ix.text(row, table.value);
    if (!t1 && !t2 && !name && !value) continue;
    lastRow = row;
    const cell1 = ix.sourceCell(row, table.level1);
    const wroteLevel1 = Boolean(t1) && cell1 !== level1?.cell;
    if (wroteLevel1) {
      level1 = { text: t1, cell: cell1, row };
      level2 = null;
    }
    const cell2 = ix.sourceCell(row, table.level2);
    if (t2 && cell2 !== level2?.cell) level2 = { text: t2, cell: cell2, row };
    ownLevel1.push(wroteLevel1);
    indicators.push(makeIndicator(level1, level2, name, value, row, table));
  }
  adoptLevel1BelowRows(indicators, ownLevel1);
  return { indicators, lastRow };
}

function endsTable(ix: SheetIndex, row: number): boolean {
  for (let col = ix.left; col <= ix.right; col++) {
    const label = ix.label(row, col);
    if (!label) continue;
    return isFooterLabel(label) || isTitleLabel(label) || fieldOf(label) === "name";
  }
  return false;
}

function makeIndicator(
  level1: Named | null,
  level2: Named | null,
  name: string,
  value: string,
  row: number,
  table: TableColumns
): Indicator {
  const written1 = level1?.text ?? "";
  const written2 = level2?.text ?? "";
  return {
    level1: canonicalLevel1(written1) ?? written1,
    level2: canonicalLevel2(written2) ?? written2,
    name,
    value: parseIndicatorValue(value),
    cell: cellA1(row, table.value),
    cells: {
      level1: level1?.cell ?? cellA1(row, table.level1),
      level2: level2?.cell ?? cellA1(row, table.level2),
      name: cellA1(row, table.name),
      value: cellA1(row, table.value),
    },
    written: { level1: written1, level2: written2 },
  };
}

/**
 * A 一级 label pasted onto a middle row of its block leaves the rows above it blank. Rows at the
 * top of the table with no 一级 take the first one below; rows just above a new 一级 whose 二级
 * belongs only to that new 一级 (社会效益指标 above 效益指标) move to it. A known 二级 that fits
 * neither stays where it is written, so the misplaced-二级 rule still sees it.
 */
function adoptLevel1BelowRows(indicators: Indicator[], ownLevel1: boolean[]): void {
  for (let i = 0; i < indicators.length; i++) {
    if (!ownLevel1[i]) continue;
    const owner = indicators[i];
    for (let j = i - 1; j >= 0 && !ownLevel1[j]; j--) {
      const row = indicators[j];
      const fitsOwner = level1sFor(row.level2).includes(owner.level1);
      const fitsCurrent = row.written.level1 !== "" && level1sFor(row.level2).includes(row.level1);
      if (row.written.level1 !== "" && (!fitsOwner || fitsCurrent)) break;
      indicators[j] = {
        ...row,
        level1: owner.level1,
        written: { ...row.written, level1: owner.written.level1 },
        cells: { ...row.cells, level1: owner.cells.level1 },
      };
    }
  }
}
