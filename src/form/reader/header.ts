import { cellA1 } from "../address";
import type { CellValue } from "../grid";
import type { FieldKey } from "../template";
import { fieldOf, inlineField, isBlockLabel } from "./labels";
import type { SheetIndex } from "./sheetIndex";

/** One header field as found: its text (blank when the label has no value), raw value and cell. */
export interface FoundField {
  text: string;
  raw: CellValue;
  cell: string;
  /** Where the label itself is, to tell 实施期 from 年度 columns. */
  labelRow: number;
  labelCol: number;
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
      if (ix.isCovered(row, col)) continue;
      const label = ix.label(row, col);
      if (!label) continue;
      const key = fieldOf(label);
      if (key) {
        add(key, { ...valueOf(ix, key, row, col), labelRow: row, labelCol: col });
        continue;
      }
      const inline = /[:：]/.test(label) ? inlineField(ix.text(row, col)) : null;
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

const isLabel = (ix: SheetIndex, row: number, col: number) => {
  const label = ix.label(row, col);
  return fieldOf(label) !== null || isBlockLabel(label);
};

function valueAt(ix: SheetIndex, row: number, col: number) {
  return { text: ix.text(row, col), raw: ix.raw(row, col), cell: ix.sourceCell(row, col) };
}

function valueOf(ix: SheetIndex, key: FieldKey, row: number, col: number) {
  const right = valueRight(ix, row, col);
  if (!BELOW_FIRST.has(key)) return right;
  const below = valueBelow(ix, row, col);
  return below?.text || !right.text ? (below ?? right) : right;
}

/** The first cell right of the label's merge; further right only over blanks, never past another label. */
function valueRight(ix: SheetIndex, row: number, col: number) {
  const start = (ix.mergeOf(row, col)?.right ?? col) + 1;
  for (let c = start; c <= ix.right; c++) {
    if (isLabel(ix, row, c)) break;
    if (ix.text(row, c)) return valueAt(ix, row, c);
  }
  return { text: "", raw: null, cell: cellA1(row, start) };
}

/** The cell under the label's merge, unless that is another label. */
function valueBelow(ix: SheetIndex, row: number, col: number) {
  const below = (ix.mergeOf(row, col)?.bottom ?? row) + 1;
  if (below > ix.bottom || isLabel(ix, below, col)) return null;
  return valueAt(ix, below, col);
}
