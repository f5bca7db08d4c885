import { cellA1 } from "../form/address";
import { ExcelError } from "./errors";
import { partOf, partProperty, setPartProperty } from "./parts";
import type { RangeTarget } from "./range";
// eslint-disable-next-line import-x/no-cycle -- the emulator-fidelity work (issue 11) removes this cycle
import { addressOf } from "./range";
import { colsOf, rowsOf } from "./workbook";

type Shape = { [key: string]: boolean | Shape };
type Values = { [key: string]: unknown };

/**
 * Range.getCellProperties / setCellProperties: per-cell format objects, which the add-in uses to
 * remember a cell's look before highlighting it and to put it back. Format paths map onto the
 * same per-cell parts as range.format.* so both ways of writing agree.
 */
export function getCellProperties(target: RangeTarget, shape: Shape): Values[][] {
  return rowsOf(target.area).map((row) =>
    colsOf(target.area).map((col) => {
      const one = { ...target, area: { top: row, left: col, bottom: row, right: col } };
      const read = (node: Shape, path: string): Values =>
        Object.fromEntries(
          Object.entries(node).map(([key, want]) => {
            if (typeof want === "object") return [key, read(want, `${path}.${key}`)];
            if (path === "" && key === "address") return [key, addressOf(one.sheet, one.area)];
            if (path === "" && key === "addressLocal") return [key, cellA1(row, col)];
            const [parent, prop] = [`${path}`.slice(1), key];
            return [key, partProperty(partOf(one.sheet, one.area, parent), prop)];
          })
        );
      return read(shape, "");
    })
  );
}

export function setCellProperties(target: RangeTarget, values: unknown): void {
  const rows = rowsOf(target.area);
  const cols = colsOf(target.area);
  if (
    !Array.isArray(values) ||
    values.length !== rows.length ||
    values.some((r) => !Array.isArray(r) || r.length !== cols.length)
  ) {
    throw new ExcelError(
      "InvalidArgument",
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range."
    );
  }
  (values as Values[][]).forEach((line, r) =>
    line.forEach((cell, c) => {
      const one = {
        ...target,
        area: { top: rows[r], left: cols[c], bottom: rows[r], right: cols[c] },
      };
      const write = (node: Values, path: string) => {
        for (const [key, value] of Object.entries(node ?? {})) {
          if (value !== null && typeof value === "object")
            write(value as Values, path ? `${path}.${key}` : key);
          else if (path)
            setPartProperty(
              partOf(one.sheet, one.area, path),
              key.charAt(0).toUpperCase() + key.slice(1),
              value
            );
        }
      };
      write(cell, "");
    })
  );
}
