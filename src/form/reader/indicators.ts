import { cellA1 } from "../address";
import {
  LEVEL1,
  canonicalLevel1,
  canonicalLevel2,
  fitsUnder,
  level1sFor,
  nationalLevel1,
} from "../framework";
import type { Indicator } from "../record";
import { operatorOf, parseIndicatorValue } from "../value";
import { isHeaderRow, type TableColumns } from "./columns";
import { isFooterLabel, isTitleLabel } from "./labels";
import { BLOCK_TITLE } from "./vocabulary";
import type { SheetIndex } from "./sheetIndex";

/** A 一级 or 二级 as written, and the cell that holds it (one cell for a merged block). */
interface Named {
  text: string;
  cell: string;
}

/**
 * The indicator rows from `fromRow` (below the header unless given) to the first footer, title,
 * next form or text left of the table. Returns the rows and the last row that belonged to it.
 */
export function readIndicators(
  ix: SheetIndex,
  table: TableColumns,
  toRow: number,
  fromRow = table.lastHeaderRow + 1
): { indicators: Indicator[]; lastRow: number } {
  const indicators: Indicator[] = [];
  const ownLevel1: boolean[] = [];
  let level1 = null as Named | null;
  let level2 = null as Named | null;
  const blocks = level1Blocks();
  let blockCell: string | null = null;
  // fromRow is below the header: the header row for a form, a project's row in a list.
  let lastRow = fromRow - 1;
  let split: SplitLevels = {};
  for (let row = fromRow; row <= toRow; row++) {
    if (endsTable(ix, table, row)) break;
    const name = ix.text(row, table.name);
    const value = valueText(ix, table, row);
    const own1 = levelAt(ix, row, table.level1);
    const own2 = levelAt(ix, row, table.level2);
    if (!own1 && !own2 && !name && !value) continue;
    lastRow = row;
    if (!name && !value) {
      const started = startsSplit(ix, table, row, own1, own2);
      if (started) {
        split = started;
        continue;
      }
    }
    const written1 = joined(split.level1, own1, canonicalLevel1) ?? split.whole1 ?? null;
    const written2 = joined(split.level2, own2, canonicalLevel2);
    split = {};
    // A merged 一级 block gives its text to every row: only its own cell starts a new block.
    const wroteLevel1 = written1 !== null && written1.cell !== blockCell;
    if (wroteLevel1) {
      level1 = written1;
      blockCell = written1.cell;
      level2 = null;
      blocks.see(written1);
    } else if (written2) {
      const owner = blocks.ownerOf(written2.text, level1);
      // The row takes its 一级 from its 二级: findings on its 一级 point at its own cell.
      if (owner) level1 = { text: owner, cell: cellA1(row, table.level1 ?? table.name) };
    }
    if (written2) level2 = written2;
    ownLevel1.push(wroteLevel1);
    indicators.push(makeIndicator(level1, level2, name, value, row, table));
  }
  adoptLevel1BelowRows(indicators, ownLevel1);
  return { indicators, lastRow };
}

/**
 * The 一级 blocks written so far, for rows that leave their 一级 blank. Such a row continues the
 * 一级 above it, unless its 二级 belongs elsewhere: to a 一级 whose block is already written above
 * (a 数量指标 typed below the 满意度 block is 产出指标), or to any 一级 but 满意度, the template's
 * last block, below which people add rows (docs/form.md). A 二级 that belongs to no 一级 written
 * above, under any 一级 but 满意度, stays where it is written: sample form 5's 社会效益指标 under
 * 产出指标 is a misplaced 二级, not a new block.
 */
function level1Blocks() {
  const seen = new Map<string, string>();
  return {
    see(written: Named): void {
      const canonical = canonicalLevel1(written.text);
      // Keyed by the national name, as level1sFor answers: 项目完成指标 is an 产出指标 block.
      if (canonical !== null) seen.set(nationalLevel1(canonical), written.text);
    },
    /** The 一级 text a row with a blank 一级 and this 二级 takes, or null to continue the one above. */
    ownerOf(written2: string, current: Named | null): string | null {
      const level2 = canonicalLevel2(written2);
      const level1 = current && canonicalLevel1(current.text);
      if (level2 === null || level1 === null || fitsUnder(level2, level1)) return null;
      const owners = level1sFor(level2);
      const above = owners.find((owner) => seen.has(owner));
      if (above !== undefined) return seen.get(above)!;
      const afterSatisfaction = nationalLevel1(level1) === LEVEL1.satisfaction;
      return afterSatisfaction && owners.length > 0 ? owners[0] : null;
    },
  };
}

/** The first half of a 一级 or 二级 broken over two rows (服务对象 / 满意度指标), pasted from a PDF. */
interface SplitLevels {
  level1?: Named;
  level2?: Named;
  /** A whole 一级 written on the half's row (满意度指标 beside 服务对象): the next row's. */
  whole1?: Named;
}

/**
 * A row holding only the first half of a 一级 or 二级 that the next row completes: neither half
 * is a known name, the two together are. Returns the halves it starts, or null.
 */
function startsSplit(
  ix: SheetIndex,
  table: TableColumns,
  row: number,
  own1: Named | null,
  own2: Named | null
): SplitLevels | null {
  const next1 = levelAt(ix, row + 1, table.level1);
  const next2 = levelAt(ix, row + 1, table.level2);
  const half = (own: Named | null, next: Named | null, known: (text: string) => string | null) =>
    own && next && own.cell !== next.cell && !known(own.text) && known(own.text + next.text)
      ? own
      : undefined;
  const level1 = half(own1, next1, canonicalLevel1);
  const level2 = half(own2, next2, canonicalLevel2);
  const whole1 = !level1 && own1 && canonicalLevel1(own1.text) ? own1 : undefined;
  return level1 || level2 ? { level1, level2, whole1 } : null;
}

/** A row's 一级 or 二级 with the first half a row above left for it, kept at that half's cell. */
function joined(
  first: Named | undefined,
  own: Named | null,
  known: (text: string) => string | null
): Named | null {
  if (!first || !own || !known(first.text + own.text)) return own;
  return { text: first.text + own.text, cell: first.cell };
}

/** The 一级 or 二级 written on a row (a merged block's text on each of its rows), if any. */
function levelAt(ix: SheetIndex, row: number, col: number | null): Named | null {
  if (col === null) return null;
  const text = ix.text(row, col);
  return text ? { text, cell: ix.sourceCell(row, col) } : null;
}

/**
 * The 指标值 as one text. Where operator, number and unit have columns of their own (指标性质 /
 * 指标值 / 度量单位), they are put together: ≥ | 95 | % reads "≥95%", 定性 | 良好 reads "良好".
 */
function valueText(ix: SheetIndex, table: TableColumns, row: number): string {
  const number = ix.text(row, table.value);
  if (table.operator === null && table.unit === null) return number;
  const operator = table.operator === null ? null : operatorOf(ix.text(row, table.operator));
  const unit = table.unit === null ? "" : ix.text(row, table.unit);
  if (/^[-+]?[\d.,]+$/.test(number)) return `${operator ?? ""}${number}${unit}`;
  // A number that carries its unit (100%) still takes the operator column's ≤ or ≥.
  return operator !== null && /^\d/.test(number) ? `${operator}${number}` : number;
}

function endsTable(ix: SheetIndex, table: TableColumns, row: number): boolean {
  // Another table's header (a 长期 table's rows end at the 年度 table's header).
  if (namesProject(ix, row) || isHeaderRow(ix, row)) return true;
  for (let col = ix.left; col <= ix.right; col++) {
    const label = ix.label(row, col);
    if (!label) continue;
    if (isFooterLabel(label) || isTitleLabel(label)) return true;
    return col < table.firstCol && startsLeftOfTable(ix, row, col, label);
  }
  return false;
}

/** A 项目名称 in any column: the next form, or a list table's header (单位名称 | 项目名称 | …). */
function namesProject(ix: SheetIndex, row: number): boolean {
  for (let col = ix.left; col <= ix.right; col++) {
    if (ix.meaning(row, col).field === "name") return true;
  }
  return false;
}

/**
 * Text left of the table on a row of its own ends the table (最近年度绩效评价情况 below it). A
 * block label (绩效指标) or a merged label that began at or above the row does not.
 */
function startsLeftOfTable(ix: SheetIndex, row: number, col: number, label: string): boolean {
  const merge = ix.mergeOf(row, col);
  if (merge && merge.top < row) return false;
  // A row number (1, 2, …) in a 序号 column without a header is part of the row, not after it.
  if (/^\d{1,3}$/.test(label)) return false;
  return !ix.meaning(row, col).block && !BLOCK_TITLE.test(label);
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
  const nameCell = cellA1(row, table.name);
  return {
    level1: canonicalLevel1(written1) ?? written1,
    level2: canonicalLevel2(written2) ?? written2,
    name,
    value: parseIndicatorValue(value),
    cell: cellA1(row, table.value),
    cells: {
      // A table without a 一级/二级 column points at the name (record.layout says there is none).
      level1: level1?.cell ?? (table.level1 === null ? nameCell : cellA1(row, table.level1)),
      level2: level2?.cell ?? (table.level2 === null ? nameCell : cellA1(row, table.level2)),
      name: nameCell,
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
      const fitsOwner = fitsUnder(row.level2, owner.level1);
      const fitsCurrent = fitsUnder(row.level2, row.level1);
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
