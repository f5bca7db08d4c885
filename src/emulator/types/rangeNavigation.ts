import type { Area } from "../../form/grid";
import { invalidArgument } from "../errors";
import { LAST_COL, LAST_ROW, parseLocal } from "../model/address";
import type { EmulatedSheet } from "../model/sheet";
import type { Host, HostObject, ObjectOf } from "./objects";

type Range = ObjectOf<"range">;

export const rangeOf = (sheet: EmulatedSheet, area: Area): Range => ({
  kind: "range",
  sheet,
  area,
});

/** An area that must lie inside the grid and not be inside out (InvalidArgument otherwise). */
function checked(next: Area): Area {
  const outside = next.top < 0 || next.left < 0 || next.bottom > LAST_ROW || next.right > LAST_COL;
  if (outside || next.bottom < next.top || next.right < next.left) throw invalidArgument();
  return next;
}

const moved = (area: Area, rows: number, cols: number): Area =>
  checked({
    top: area.top + rows,
    left: area.left + cols,
    bottom: area.bottom + rows,
    right: area.right + cols,
  });

const bounding = (a: Area, b: Area): Area => ({
  top: Math.min(a.top, b.top),
  left: Math.min(a.left, b.left),
  bottom: Math.max(a.bottom, b.bottom),
  right: Math.max(a.right, b.right),
});

function intersection(a: Area, b: Area): Area | null {
  const area = {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
  return area.top <= area.bottom && area.left <= area.right ? area : null;
}

const otherArea = (range: Range, other: unknown): Area => {
  const target = other as HostObject;
  if (target?.kind === "range" && target.sheet === range.sheet) return target.area;
  const area = typeof other === "string" ? parseLocal(other) : null;
  if (area) return area;
  throw invalidArgument();
};

/**
 * Range methods that give another range (excel.range getCell … getColumnsAfter): each stays inside
 * the grid or fails with InvalidArgument, as Excel's do.
 */
export const rangeNavigation: Record<string, (r: Range, args: unknown[], host: Host) => unknown> = {
  getCell: (r, [row, col]) =>
    rangeOf(
      r.sheet,
      moved({ ...r.area, bottom: r.area.top, right: r.area.left }, Number(row), Number(col))
    ),
  getRow: (r, [row]) => rangeOf(r.sheet, moved({ ...r.area, bottom: r.area.top }, Number(row), 0)),
  getColumn: (r, [col]) =>
    rangeOf(r.sheet, moved({ ...r.area, right: r.area.left }, 0, Number(col))),
  getLastCell: (r) =>
    rangeOf(r.sheet, {
      top: r.area.bottom,
      left: r.area.right,
      bottom: r.area.bottom,
      right: r.area.right,
    }),
  getLastRow: (r) => rangeOf(r.sheet, { ...r.area, top: r.area.bottom }),
  getLastColumn: (r) => rangeOf(r.sheet, { ...r.area, left: r.area.right }),
  getEntireRow: (r) => rangeOf(r.sheet, { ...r.area, left: 0, right: LAST_COL }),
  getEntireColumn: (r) => rangeOf(r.sheet, { ...r.area, top: 0, bottom: LAST_ROW }),
  getResizedRange: (r, [rows, cols]) =>
    rangeOf(
      r.sheet,
      checked({
        ...r.area,
        bottom: r.area.bottom + Number(rows),
        right: r.area.right + Number(cols),
      })
    ),
  getOffsetRange: (r, [rows, cols]) => rangeOf(r.sheet, moved(r.area, Number(rows), Number(cols))),
  getAbsoluteResizedRange: (r, [rows, cols]) =>
    rangeOf(
      r.sheet,
      checked({
        ...r.area,
        bottom: r.area.top + Number(rows) - 1,
        right: r.area.left + Number(cols) - 1,
      })
    ),
  getBoundingRect: (r, [other]) => rangeOf(r.sheet, bounding(r.area, otherArea(r, other))),
  getIntersection: (r, [other]) => {
    const area = intersection(r.area, otherArea(r, other));
    if (!area) throw invalidArgument();
    return rangeOf(r.sheet, area);
  },
  getIntersectionOrNullObject: (r, [other]) => {
    const area = intersection(r.area, otherArea(r, other));
    return area ? rangeOf(r.sheet, area) : null;
  },
  getUsedRange: (r, [valuesOnly]) => {
    const used = r.sheet.usedArea(Boolean(valuesOnly));
    const area = used && intersection(used, r.area);
    return rangeOf(r.sheet, area ?? { ...r.area, bottom: r.area.top, right: r.area.left });
  },
  getUsedRangeOrNullObject: (r, [valuesOnly]) => {
    const used = r.sheet.usedArea(Boolean(valuesOnly));
    const area = used && intersection(used, r.area);
    return area ? rangeOf(r.sheet, area) : null;
  },
  getRowsAbove: (r, [count = 1]) =>
    rangeOf(
      r.sheet,
      checked({ ...r.area, bottom: r.area.top - 1, top: r.area.top - Number(count) })
    ),
  getRowsBelow: (r, [count = 1]) =>
    rangeOf(
      r.sheet,
      checked({ ...r.area, top: r.area.bottom + 1, bottom: r.area.bottom + Number(count) })
    ),
  getColumnsBefore: (r, [count = 1]) =>
    rangeOf(
      r.sheet,
      checked({ ...r.area, right: r.area.left - 1, left: r.area.left - Number(count) })
    ),
  getColumnsAfter: (r, [count = 1]) =>
    rangeOf(
      r.sheet,
      checked({ ...r.area, left: r.area.right + 1, right: r.area.right + Number(count) })
    ),
};
