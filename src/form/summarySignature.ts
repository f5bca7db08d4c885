import { areaA1, cellA1 } from "./address";
import type { CellValue } from "./grid";
import type { CellInput, PlanOp } from "./plan";
import { cellText, type OwnSheetCells } from "./sheetFingerprint";

/** One signature: its label and the columns its cell spans (merged), 0-based, both ends inclusive. */
interface Slot {
  label: string;
  left: number;
  right: number;
}

/** The signatures a submitted summary carries under its table, up to the last printed column. */
export function signatureSlots(printed: number): Slot[] {
  return [
    { label: "单位负责人：", left: 0, right: 2 },
    { label: "财务负责人：", left: 3, right: 5 },
    { label: "填表人：", left: 6, right: 8 },
    { label: "联系电话：", left: 9, right: 11 },
    { label: "填报日期：", left: 12, right: printed },
  ];
}

/**
 * What the person wrote in an old summary's signature row, to be written in the new one's
 * (docs/addin.md, "Summary"): every cell of the row that differs from what the add-in wrote (a
 * label, else nothing), with its number format (a date stays a date). A slot whose covered cells
 * hold writing (the person unmerged it) is left unmerged.
 */
export interface CarriedSignature {
  cells: { col: number; value: CellValue; format?: string }[];
  unmerged: number[];
}

const SIGNED = /^\s*(单位负责人|财务负责人|填表人|联系电话|填报日期)/;

/** The row of an old summary holding its signatures: the last row with two of the labels. */
export function signatureRow(cells: OwnSheetCells): number | null {
  let found: number | null = null;
  cells.values.forEach((line, r) => {
    const labels = line.filter((v) => typeof v === "string" && SIGNED.test(v)).length;
    if (labels >= 2) found = cells.origin.row + r;
  });
  return found;
}

export function carriedSignature(
  cells: OwnSheetCells,
  printed: number,
  last: number
): CarriedSignature | null {
  const row = signatureRow(cells);
  if (row === null) return null;
  const slots = signatureSlots(printed);
  const line = cells.values[row - cells.origin.row] ?? [];
  const formats = cells.formats?.[row - cells.origin.row] ?? [];
  const carried: CarriedSignature["cells"] = [];
  for (let col = 0; col <= last; col++) {
    const value = line[col - cells.origin.col] ?? null;
    const written = slots.find((s) => s.left === col)?.label ?? null;
    if (cellText(value) === cellText(written)) continue;
    const format = formats[col - cells.origin.col];
    carried.push({
      col,
      value: value ?? "",
      ...(format && format !== "General" && format !== "G/通用格式" ? { format } : {}),
    });
  }
  const unmerged = slots
    .map((slot, i) => ({ slot, i }))
    .filter(({ slot }) =>
      carried.some((c) => c.col > slot.left && c.col <= slot.right && c.value !== "")
    )
    .map(({ i }) => i);
  return carried.length === 0 ? null : { cells: carried, unmerged };
}

/** 单位负责人 … 填报日期, each label with room to its right, and what the person wrote there before. */
export function signatureOps(row: number, printed: number, carried?: CarriedSignature): PlanOp[] {
  const slots = signatureSlots(printed);
  const span = (left: number, right: number) => areaA1({ top: row, left, bottom: row, right });
  const values: CellInput[] = Array<CellInput>(printed + 1).fill(null);
  for (const slot of slots) values[slot.left] = slot.label;
  for (const cell of carried?.cells ?? []) values[cell.col] = cell.value;
  return [
    { kind: "values", range: span(0, values.length - 1), values: [values] },
    ...slots
      .filter((_, i) => !carried?.unmerged.includes(i))
      .map((slot): PlanOp => ({ kind: "merge", range: span(slot.left, slot.right) })),
    { kind: "format", range: span(0, printed), format: { vertical: "bottom" } },
    ...(carried?.cells ?? [])
      .filter((cell) => cell.format)
      .map((cell): PlanOp => ({
        kind: "format",
        range: cellA1(row, cell.col),
        format: { numberFormat: cell.format },
      })),
    { kind: "rowHeight", range: cellA1(row, 0), height: 36 },
  ];
}
