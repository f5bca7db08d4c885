import { evaluate, NOT_COMPUTED, type CellSource } from "../emulator/model/formulas";
import type { EmulatedValue } from "../emulator/model/sheet";
import type { FakeEt, FakeSheet } from "../emulator/wps/fakeEt";

/** Deeper than any chain the add-in writes: beyond it a formula is taken for a circular one. */
const MAX_DEPTH = 32;

/**
 * A cell's value as WPS shows it: a formula's result (docs/preview.md, "WPS 表格"). The fake WPS
 * model keeps only a formula's text, as the tests want it; the grid computes it with the
 * emulator's evaluator, reading other formulas' results and other sheets by name.
 */
export function shownValue(
  et: FakeEt
): (sheet: FakeSheet, row: number, col: number) => EmulatedValue {
  const valueOf = (sheet: FakeSheet, row: number, col: number, depth: number): EmulatedValue => {
    const cell = sheet.cell(row, col);
    if (cell?.value === undefined) return "";
    if (!cell.formula) return cell.value;
    if (depth > MAX_DEPTH) return NOT_COMPUTED;
    const source: CellSource = {
      value: (name, r, c) => {
        const target = name === undefined ? sheet : et.sheets.find((s) => s.name === name);
        return target ? valueOf(target, r, c, depth + 1) : null;
      },
    };
    return evaluate(String(cell.value), source);
  };
  return (sheet, row, col) => valueOf(sheet, row, col, 0);
}
