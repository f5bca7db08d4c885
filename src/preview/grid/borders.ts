import type { EmulatedSheet } from "../../emulator/model/sheet";
import { cellStyle } from "../../emulator/model/styles";
import type { Area } from "../../form/grid";

/** A cell edge as CSS draws it. */
export interface Line {
  width: number;
  style: "solid" | "dashed" | "dotted" | "double";
  color: string;
}

const STYLES: Record<string, Line["style"]> = {
  Continuous: "solid",
  Dash: "dashed",
  DashDot: "dashed",
  DashDotDot: "dashed",
  SlantDashDot: "dashed",
  Dot: "dotted",
  Double: "double",
};
const WIDTHS: Record<string, number> = { Hairline: 1, Thin: 1, Medium: 2, Thick: 3 };

function edge(sheet: EmulatedSheet, row: number, col: number, side: string): Line | null {
  if (row < 0 || col < 0) return null;
  const key = `format.borders.${side}`;
  const style = STYLES[String(cellStyle(sheet, row, col, `${key}.style`))];
  if (!style) return null;
  return {
    style,
    width:
      style === "double" ? 3 : (WIDTHS[String(cellStyle(sheet, row, col, `${key}.weight`))] ?? 1),
    color: String(cellStyle(sheet, row, col, `${key}.color`)),
  };
}

/**
 * The lines around a drawn cell. Neighbours share a line (a cell's bottom is the top of the one
 * below), so each cell draws its right and bottom lines from either side of them, and its top
 * and left lines only where nothing above or to the left draws them (the sheet's edge).
 */
export function cellLines(sheet: EmulatedSheet, area: Area) {
  const { top, left, bottom, right } = area;
  return {
    top: top === 0 ? edge(sheet, top, left, "EdgeTop") : null,
    left: left === 0 ? edge(sheet, top, left, "EdgeLeft") : null,
    bottom: edge(sheet, bottom, left, "EdgeBottom") ?? edge(sheet, bottom + 1, left, "EdgeTop"),
    right: edge(sheet, top, right, "EdgeRight") ?? edge(sheet, top, right + 1, "EdgeLeft"),
  };
}
