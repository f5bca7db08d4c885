import { cellA1 } from "./address";
import { toFinding, type Finding, type FormReport } from "./finding";
import type { CellPosition, GridSnapshot } from "./grid";
import { formulaUncalculated } from "./reader/findings";

const inside = ({ row, col }: CellPosition, { area }: FormReport) =>
  row >= area.top && row <= area.bottom && col >= area.left && col <= area.right;

/**
 * Formulas saved without a result (GridSnapshot.uncalculated) in a sheet's checked forms: each
 * gets a read.formula-uncalculated finding in place of what the rules said about the blank they
 * saw there. On a sheet with no form they may be why none was found: one finding counts them.
 * Formulas outside every form on a sheet that has forms are no concern of the check. The caller
 * sorts the findings.
 */
export function withUncalculated(
  grid: GridSnapshot,
  checked: { forms: FormReport[]; findings: Finding[] }
): { forms: FormReport[]; findings: Finding[] } {
  const cells = grid.uncalculated;
  if (!cells || cells.length === 0) return checked;
  if (checked.forms.length === 0) {
    const first = cells.reduce((a, b) =>
      b.row < a.row || (b.row === a.row && b.col < a.col) ? b : a
    );
    const cell = cellA1(first.row, first.col);
    const finding = toFinding(formulaUncalculated, grid.sheet, {
      scope: "sheet",
      cell,
      messageId: "uncalculatedSheet",
      data: { sheet: grid.sheet, count: cells.length, cell },
    });
    return { forms: [], findings: [...checked.findings, finding] };
  }
  const forms = checked.forms.map((form) => {
    const mine = cells.filter((cell) => inside(cell, form));
    if (mine.length === 0) return form;
    const taken = new Set(mine.map(({ row, col }) => `${row},${col}`));
    const kept = form.findings.filter((finding) => !taken.has(`${finding.row},${finding.col}`));
    const added = mine.map(({ row, col }) =>
      toFinding(formulaUncalculated, grid.sheet, {
        cell: cellA1(row, col),
        messageId: "uncalculated",
      })
    );
    return { ...form, findings: [...kept, ...added] };
  });
  return { forms, findings: checked.findings };
}
