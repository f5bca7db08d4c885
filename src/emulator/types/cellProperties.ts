import type { Area } from "../../form/grid";
import { invalidArgument } from "../errors";
import { areaText, qualified, single } from "../model/address";
import type { EmulatedSheet } from "../model/sheet";
import { cellStyle, checkSize } from "../model/styles";
import { readFormat, writeFormat } from "./format";

type Shape = { [key: string]: boolean | Shape };
type Values = { [key: string]: unknown };

/** getCellProperties names a cell's border sides; the range API names edges. */
const SIDES: Record<string, string> = {
  top: "EdgeTop",
  bottom: "EdgeBottom",
  left: "EdgeLeft",
  right: "EdgeRight",
  diagonalDown: "DiagonalDown",
  diagonalUp: "DiagonalUp",
  horizontal: "InsideHorizontal",
  vertical: "InsideVertical",
};

function readPart(sheet: EmulatedSheet, area: Area, shape: Shape, path: string): Values {
  const out: Values = {};
  for (const [key, want] of Object.entries(shape)) {
    if (!want) continue;
    if (path === "format" && key === "borders") {
      // One load option for all sides; one object per side comes back.
      const props = Object.keys(want as Shape).filter((p) => (want as Shape)[p]);
      out.borders = Object.fromEntries(
        Object.entries(SIDES).map(([side, edge]) => [
          side,
          Object.fromEntries(
            props.map((p) => [p, readFormat(sheet, area, `format.borders.${edge}`, p)])
          ),
        ])
      );
    } else if (typeof want === "object") out[key] = readPart(sheet, area, want, `${path}.${key}`);
    else if (path === "format" && key === "columnWidth")
      out[key] = sheet.columnWidths.get(area.left) ?? 48;
    else if (path === "format" && key === "rowHeight")
      out[key] = sheet.rowHeights.get(area.top) ?? 15;
    else out[key] = readFormat(sheet, area, path, key);
  }
  return out;
}

/**
 * Range.getCellProperties (ExcelApi 1.9): per-cell format objects, which the add-in uses to
 * remember a cell's look and to put it back. Reads go through the same rules as range.format.*.
 */
export function getCellProperties(sheet: EmulatedSheet, area: Area, shape: unknown): Values[][] {
  checkSize(area);
  const wanted = (shape ?? {}) as Shape;
  return Array.from({ length: area.bottom - area.top + 1 }, (_, r) =>
    Array.from({ length: area.right - area.left + 1 }, (_, c) => {
      const [row, col] = [area.top + r, area.left + c];
      const one = single(row, col);
      const out: Values = {};
      for (const [key, want] of Object.entries(wanted)) {
        if (!want) continue;
        if (key === "address") out.address = qualified(sheet.name, one);
        else if (key === "addressLocal") out.addressLocal = areaText(one);
        else if (key === "format") out.format = readPart(sheet, one, want as Shape, "format");
        else if (key === "hidden") out.hidden = false;
        else out[key] = cellStyle(sheet, row, col, key);
      }
      return out;
    })
  );
}

function writePart(sheet: EmulatedSheet, area: Area, values: Values, path: string): void {
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) continue;
    if (path === "format" && key === "borders") {
      for (const [side, props] of Object.entries(value as Values)) {
        const edge = SIDES[side];
        if (!edge) throw invalidArgument();
        for (const [prop, v] of Object.entries(props as Values))
          if (v !== undefined && v !== null)
            writeFormat(sheet, area, `format.borders.${edge}`, prop, v);
      }
    } else if (path === "format" && key === "columnWidth")
      sheet.columnWidths.set(area.left, Number(value));
    else if (path === "format" && key === "rowHeight")
      sheet.rowHeights.set(area.top, Number(value));
    else if (value !== null && typeof value === "object")
      writePart(sheet, area, value as Values, `${path}.${key}`);
    else if (value !== null) writeFormat(sheet, area, path, key, value);
  }
}

/** Range.setCellProperties (ExcelApi 1.9): one object per cell, in the range's shape. */
export function setCellProperties(sheet: EmulatedSheet, area: Area, values: unknown): void {
  const rows = area.bottom - area.top + 1;
  const cols = area.right - area.left + 1;
  if (
    !Array.isArray(values) ||
    values.length !== rows ||
    values.some((r) => !Array.isArray(r) || r.length !== cols)
  ) {
    throw invalidArgument(
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range."
    );
  }
  (values as Values[][]).forEach((line, r) =>
    line.forEach((cell, c) => {
      const one = single(area.top + r, area.left + c);
      for (const [key, value] of Object.entries(cell ?? {})) {
        if (value === undefined) continue;
        if (key === "format") writePart(sheet, one, value as Values, "format");
        else if (key === "hyperlink" || key === "style")
          sheet.patchStyle(one.top, one.left, {
            [key]: value === null || value === "Normal" ? undefined : value,
          });
      }
    })
  );
}
