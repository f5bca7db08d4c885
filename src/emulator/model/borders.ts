import type { Area } from "../../form/grid";
import { LAST_COL, LAST_ROW, cellsOf, colsOf, rowsOf } from "./address";
import type { EmulatedSheet } from "./sheet";
import { cellStyle, checkSize } from "./styles";

export const BORDER_INDEXES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
  "DiagonalDown",
  "DiagonalUp",
] as const;
export type BorderIndex = (typeof BORDER_INDEXES)[number];

type Side = readonly [row: number, col: number, side: string];

/**
 * The cell sides an edge of a range stands for: EdgeBottom is the bottom side of the bottom row,
 * InsideHorizontal the bottom sides of every row but the last; a one-row range has none.
 */
export function sidesOf(area: Area, edge: BorderIndex): Side[] {
  const row = (r: number, side: string) => colsOf(area).map((c): Side => [r, c, side]);
  const col = (c: number, side: string) => rowsOf(area).map((r): Side => [r, c, side]);
  switch (edge) {
    case "EdgeTop":
      return row(area.top, "EdgeTop");
    case "EdgeBottom":
      return row(area.bottom, "EdgeBottom");
    case "EdgeLeft":
      return col(area.left, "EdgeLeft");
    case "EdgeRight":
      return col(area.right, "EdgeRight");
    case "InsideHorizontal":
      return rowsOf(area)
        .slice(0, -1)
        .flatMap((r) => row(r, "EdgeBottom"));
    case "InsideVertical":
      return colsOf(area)
        .slice(0, -1)
        .flatMap((c) => col(c, "EdgeRight"));
    default:
      return cellsOf(area).map(([r, c]): Side => [r, c, edge]);
  }
}

/** Two neighbouring cells share a line: A1's bottom is A2's top (a guess; see docs/emulator.md). */
function twin([r, c, side]: Side): Side | null {
  if (side === "EdgeBottom") return r < LAST_ROW ? [r + 1, c, "EdgeTop"] : null;
  if (side === "EdgeTop") return r > 0 ? [r - 1, c, "EdgeBottom"] : null;
  if (side === "EdgeRight") return c < LAST_COL ? [r, c + 1, "EdgeLeft"] : null;
  if (side === "EdgeLeft") return c > 0 ? [r, c - 1, "EdgeRight"] : null;
  return null;
}

const key = (side: string, property: string) => `format.borders.${side}.${property}`;

/** One property of an edge: common over its sides, or null when they differ. */
export function readBorder(
  sheet: EmulatedSheet,
  area: Area,
  edge: BorderIndex,
  property: string
): unknown {
  const sides = sidesOf(area, edge);
  if (sides.length === 0) return cellStyle(sheet, -1, -1, key("EdgeTop", property));
  let first: { value: unknown } | null = null;
  for (const [r, c, side] of sides) {
    const value = cellStyle(sheet, r, c, key(side, property));
    if (!first) first = { value };
    else if (JSON.stringify(first.value) !== JSON.stringify(value)) return null;
  }
  return first!.value;
}

/** Set an edge's property on each side and on the neighbour that shares it; "None" removes the line. */
export function writeBorder(
  sheet: EmulatedSheet,
  area: Area,
  edge: BorderIndex,
  property: string,
  value: unknown
): void {
  checkSize(area);
  const removes = property === "style" && value === "None";
  for (const side of sidesOf(area, edge)) {
    for (const [r, c, s] of [side, twin(side)].filter((x): x is Side => x !== null)) {
      const patch = removes
        ? {
            [key(s, "style")]: undefined,
            [key(s, "color")]: undefined,
            [key(s, "weight")]: undefined,
          }
        : { [key(s, property)]: value };
      if (!removes && property !== "style" && cellStyle(sheet, r, c, key(s, "style")) === "None")
        patch[key(s, "style")] = "Continuous";
      sheet.patchStyle(r, c, patch);
    }
  }
}
