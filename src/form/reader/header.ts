import { cellA1 } from "../address";
import type { CellValue } from "../grid";
import type { FieldKey, FundingSide } from "../template";
import { inlineField, isFundingKey, isGoalsTitle, mayBeInline } from "./labels";
import type { SheetIndex } from "./sheetIndex";
import { namesPreviousYear } from "./vocabulary";

/** One header field as found: its text (blank when the label has no value), raw value and cell. */
export interface FoundField {
  text: string;
  raw: CellValue;
  cell: string;
  /** Where the label itself is, to tell 实施期 from 年度 columns. */
  labelRow: number;
  labelCol: number;
  /** The funding column, when the layout says it (a small table's 实施期/年度 row). */
  side?: FundingSide;
  /** The label as folded, where the reader has more to ask of it (长期 or not). */
  label?: string;
}

export type HeaderFields = Partial<Record<FieldKey, FoundField[]>>;

/** Goals are usually written under their label (template row 7); other fields to the right. */
const BELOW_FIRST: ReadonlySet<FieldKey> = new Set(["periodGoal", "annualGoal"]);

/** Every header label between two rows, with the value that belongs to it. */
export function readHeaderFields(ix: SheetIndex, fromRow: number, toRow: number): HeaderFields {
  const found: HeaderFields = {};
  const add = (key: FieldKey, field: FoundField) => (found[key] ??= []).push(field);
  for (let row = fromRow; row <= toRow; row++) {
    for (let col = ix.left; col <= ix.right; col++) {
      const label = ix.label(row, col);
      if (!label || ix.isCovered(row, col)) continue;
      const key = ix.meaning(row, col).field;
      if (key && titlesItsKind(ix, key, row, col)) continue;
      if (key) {
        const { text, raw, cell } = valueOf(ix, key, row, col, toRow);
        add(key, { text, raw, cell, labelRow: row, labelCol: col, label });
        continue;
      }
      if (isGoalsTitle(label) && goalRight(ix, row, col)) {
        add("periodGoal", { ...goalRight(ix, row, col)!, labelRow: row, labelCol: col, label });
        continue;
      }
      const inline = mayBeInline(label) ? inlineField(ix.text(row, col)) : null;
      if (inline)
        add(inline.key, {
          text: inline.value,
          raw: inline.value,
          cell: cellA1(row, col),
          labelRow: row,
          labelCol: col,
        });
    }
  }
  return found;
}

export const isLabel = (ix: SheetIndex, row: number, col: number) => ix.meaning(row, col).isLabel;

/**
 * The block title 绩效目标 with a text right of it, where the form states one goal and no label
 * of its own for it (鄂州 2022): that text is the goal, as a 总体目标's would be. Beside 长期目标
 * and 年度目标 labels it stays the block's title.
 */
function goalRight(ix: SheetIndex, row: number, col: number) {
  const right = valueRight(ix, row, col);
  return right.text ? right : null;
}

/**
 * A label over others of its own field, as 总体目标 stands left of 中期目标 and 年度目标: a title of
 * the block, whose value is theirs, not a field with the text under it.
 */
function titlesItsKind(ix: SheetIndex, key: FieldKey, row: number, col: number): boolean {
  // Only goals have such titles: a row of 中央资金 | 省级资金 is two parts, not a title and a part.
  if (!BELOW_FIRST.has(key)) return false;
  const next = (ix.mergeOf(row, col)?.right ?? col) + 1;
  return ix.meaning(row, next).field === key;
}

function valueAt(ix: SheetIndex, row: number, col: number) {
  return { text: ix.text(row, col), raw: ix.raw(row, col), cell: ix.sourceCell(row, col) };
}

/**
 * The value-position rule (docs/layouts.md): a value sits right of its label, or, for goals,
 * below it. A label in a row of labels (资金总额 | 财政拨款 | 其他资金) has its value below it.
 */
function valueOf(ix: SheetIndex, key: FieldKey, row: number, col: number, lastRow: number) {
  const right = valueRight(ix, row, col, isFundingKey(key));
  if (BELOW_FIRST.has(key)) {
    const below = valueBelow(ix, row, col, lastRow);
    return below?.text || !right.text ? (below ?? right) : linesRight(ix, row, col, right);
  }
  if (right.text || !inRowOfLabels(ix, row, col)) return right;
  const below = valueBelow(ix, row, col, lastRow);
  return below && key === "periodEnd"
    ? lastOfSchedule(ix, row, col, below, lastRow)
    : (below ?? right);
}

/**
 * An end date heading a schedule's column (项目实施进度计划: 项目实施内容 | 开始时间 | 完成时间, one
 * task a row): the project ends with its last task, the last date in the column's run of cells.
 */
function lastOfSchedule(
  ix: SheetIndex,
  row: number,
  col: number,
  first: ReturnType<typeof valueAt>,
  lastRow: number
) {
  let last = first;
  for (let r = (ix.mergeOf(row, col)?.bottom ?? row) + 2; r <= lastRow; r++) {
    if (ix.isCovered(r, col) || !/\d/.test(ix.text(r, col)) || rowHasLabel(ix, r)) break;
    last = valueAt(ix, r, col);
  }
  return last;
}

/** Past the sheet's edge the index answers no label, so the neighbours need no bounds check. */
function inRowOfLabels(ix: SheetIndex, row: number, col: number): boolean {
  const merge = ix.mergeOf(row, col);
  const next = (merge?.right ?? col) + 1;
  const previous = (merge?.left ?? col) - 1;
  // A label merged down from a row above is the block's, not this row's; one merged across from
  // this row is its neighbour (南岳's 财政资金 over four columns, left of 其他).
  const previousOnRow = !ix.isCovered(row, previous) || ix.mergeOf(row, previous)?.top === row;
  return isLabel(ix, row, next) || (previousOnRow && isLabel(ix, row, previous));
}

/**
 * The first cell right of the label's merge; further right only over blanks, never past another
 * label. An amount skips a column headed as last year's (上年度安排资金, vocabulary.ts).
 */
function valueRight(ix: SheetIndex, row: number, col: number, amount = false) {
  const start = (ix.mergeOf(row, col)?.right ?? col) + 1;
  for (let c = start; c <= ix.right; c++) {
    if (isLabel(ix, row, c)) break;
    if (amount && namesPreviousYear(headerAbove(ix, row, c))) continue;
    if (ix.text(row, c)) return valueAt(ix, row, c);
  }
  return { text: "", raw: null, cell: cellA1(row, start) };
}

/** The nearest label above a cell in its column, within the few rows a funding table has. */
function headerAbove(ix: SheetIndex, row: number, col: number): string {
  for (let r = row - 1; r >= Math.max(ix.top, row - 6); r--) {
    if (isLabel(ix, r, col)) return ix.label(r, col);
    if (ix.text(r, col) && !/^[\d.,]+$/.test(ix.text(r, col))) return ix.label(r, col);
  }
  return "";
}

/** A task's row holds no label: the next block (项目绩效目标 | 长期目标 …) does. */
function rowHasLabel(ix: SheetIndex, row: number): boolean {
  for (let c = ix.left; c <= ix.right; c++) if (isLabel(ix, row, c)) return true;
  return false;
}

/**
 * A goal whose label is merged down over several rows (南岳's 中长期绩效目标 over "1. …" and
 * "2. …"): its lines, one a row, at the first line's cell.
 */
function linesRight(ix: SheetIndex, row: number, col: number, first: ReturnType<typeof valueAt>) {
  const merge = ix.mergeOf(row, col);
  if (!merge || merge.bottom === merge.top) return first;
  const lines = [first.text];
  for (let r = row + 1; r <= merge.bottom; r++) {
    const line = valueRight(ix, r, col).text;
    if (line) lines.push(line);
  }
  return { ...first, text: lines.join("\n") };
}

/** The cell under the label's merge, unless that is another label or past the header block. */
function valueBelow(ix: SheetIndex, row: number, col: number, lastRow: number) {
  const below = (ix.mergeOf(row, col)?.bottom ?? row) + 1;
  if (below > lastRow || isLabel(ix, below, col)) return null;
  return valueAt(ix, below, col);
}
