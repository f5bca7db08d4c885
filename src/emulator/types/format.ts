import type { Area } from "../../form/grid";
import { invalidArgument, notEmulated } from "../errors";
import { colsOf, rowsOf } from "../model/address";
import { BORDER_INDEXES, readBorder, writeBorder, type BorderIndex } from "../model/borders";
import type { EmulatedSheet } from "../model/sheet";
import { clearStyles, commonStyle, readCells, writeStyle } from "../model/styles";
import type { HostObject, HostType, ObjectOf } from "./objects";

/**
 * One format property of an area, read and written by path ("format.fill", "color"): the single
 * home of the rules both Range.format.* and get/setCellProperties follow, so they always agree.
 */
export function readFormat(sheet: EmulatedSheet, area: Area, path: string, prop: string): unknown {
  const border = /^format\.borders\.(\w+)$/.exec(path);
  if (border) return readBorder(sheet, area, border[1] as BorderIndex, prop);
  return commonStyle(sheet, readCells(sheet, area), `${path}.${prop}`);
}

export function writeFormat(
  sheet: EmulatedSheet,
  area: Area,
  path: string,
  prop: string,
  value: unknown
): void {
  const border = /^format\.borders\.(\w+)$/.exec(path);
  if (border) return writeBorder(sheet, area, border[1] as BorderIndex, prop, value);
  if (path === "format.fill" && ((prop === "pattern" && value === "None") || value === null)) {
    // Pattern "None" is no fill: the cell reads #FFFFFF with tintAndShade null again.
    return clearStyles(sheet, area, ["format.fill"]);
  }
  writeStyle(sheet, area, `${path}.${prop}`, value);
}

type Part = ObjectOf<"rangeFormat" | "rangeFill" | "rangeFont" | "formatProtection">;
const sub = (kind: Part["kind"]) => (p: { sheet: EmulatedSheet; area: Area }) =>
  ({ kind, sheet: p.sheet, area: p.area }) as HostObject;

/** A format object whose scalar properties are per-cell style keys under one path. */
function partType<T extends { sheet: EmulatedSheet; area: Area }>(
  className: string,
  path: string,
  props: string[],
  more: Partial<HostType<T>> = {}
): HostType<T> {
  const table = <F>(make: (prop: string) => F) =>
    Object.fromEntries(props.map((prop) => [prop, make(prop)]));
  return {
    className,
    get: { ...table((prop) => (p: T) => readFormat(p.sheet, p.area, path, prop)), ...more.get },
    set: {
      ...table((prop) => (p: T, value: unknown) => writeFormat(p.sheet, p.area, path, prop, value)),
      ...more.set,
    },
    nav: more.nav,
    methods: {
      clear: (p: T) => clearStyles(p.sheet, p.area, [path]),
      ...more.methods,
    },
  };
}

const FILL = ["color", "pattern", "patternColor", "patternTintAndShade", "tintAndShade"];
const FONT = [
  "bold",
  "italic",
  "underline",
  "strikethrough",
  "subscript",
  "superscript",
  "color",
  "name",
  "size",
  "tintAndShade",
];
const FORMAT = [
  "wrapText",
  "horizontalAlignment",
  "verticalAlignment",
  "indentLevel",
  "textOrientation",
  "shrinkToFit",
  "readingOrder",
  "autoIndent",
];
export const CELL_FORMAT_PROPS = FORMAT;

/** Column widths and row heights: null when the range's columns (rows) differ, as in Excel. */
function common(values: number[]): number | null {
  return values.every((v) => v === values[0]) ? values[0] : null;
}
const STANDARD_WIDTH = 48;
const STANDARD_HEIGHT = 15;

export const formatTypes = {
  rangeFormat: partType<ObjectOf<"rangeFormat">>("RangeFormat", "format", FORMAT, {
    get: {
      columnWidth: (p) =>
        common(
          colsOf(p.area)
            .slice(0, 16384)
            .map((c) => p.sheet.columnWidths.get(c) ?? STANDARD_WIDTH)
        ),
      rowHeight: (p) => {
        if (p.area.bottom - p.area.top > 100_000) return STANDARD_HEIGHT;
        return common(rowsOf(p.area).map((r) => p.sheet.rowHeights.get(r) ?? STANDARD_HEIGHT));
      },
      useStandardWidth: (p) => colsOf(p.area).every((c) => !p.sheet.columnWidths.has(c)),
      useStandardHeight: (p) => rowsOf(p.area).every((r) => !p.sheet.rowHeights.has(r)),
    },
    set: {
      columnWidth: (p, value) => {
        for (const col of colsOf(p.area)) p.sheet.columnWidths.set(col, Number(value));
      },
      rowHeight: (p, value) => {
        for (const row of rowsOf(p.area)) p.sheet.rowHeights.set(row, Number(value));
      },
    },
    nav: {
      fill: sub("rangeFill"),
      font: sub("rangeFont"),
      protection: sub("formatProtection"),
      borders: (p) => ({ kind: "rangeBorders", sheet: p.sheet, area: p.area }),
    },
    methods: {
      clear: (p) => clearStyles(p.sheet, p.area, ["format"]),
      autofitColumns: (p) => autofitColumns(p.sheet, p.area),
      autofitRows: (p) => {
        for (const row of rowsOf(p.area)) p.sheet.rowHeights.delete(row);
      },
    },
  }),
  rangeFill: partType<ObjectOf<"rangeFill">>("RangeFill", "format.fill", FILL),
  rangeFont: partType<ObjectOf<"rangeFont">>("RangeFont", "format.font", FONT),
  formatProtection: partType<ObjectOf<"formatProtection">>(
    "FormatProtection",
    "format.protection",
    ["locked", "formulaHidden"]
  ),
  rangeBorders: {
    className: "RangeBorderCollection",
    get: { count: () => BORDER_INDEXES.length },
    methods: {
      getItem: (p, [index]) => border(p, String(index)),
      getItemAt: (p, [at]) => border(p, BORDER_INDEXES[Number(at)] ?? ""),
    },
    items: (p) => BORDER_INDEXES.map((edge) => border(p, edge)),
  } satisfies HostType<ObjectOf<"rangeBorders">>,
  rangeBorder: partType<ObjectOf<"rangeBorder">>("RangeBorder", "", [], {
    get: {
      sideIndex: (b) => b.edge,
      ...Object.fromEntries(
        ["style", "color", "weight", "tintAndShade"].map((prop) => [
          prop,
          (b: ObjectOf<"rangeBorder">) =>
            readFormat(b.sheet, b.area, `format.borders.${b.edge}`, prop),
        ])
      ),
    },
    set: Object.fromEntries(
      ["style", "color", "weight", "tintAndShade"].map((prop) => [
        prop,
        (b: ObjectOf<"rangeBorder">, value: unknown) =>
          writeFormat(b.sheet, b.area, `format.borders.${b.edge}`, prop, value),
      ])
    ),
    methods: {},
  }),
};

function border(p: ObjectOf<"rangeBorders">, edge: string): HostObject {
  if (!(BORDER_INDEXES as readonly string[]).includes(edge)) throw invalidArgument();
  return { kind: "rangeBorder", sheet: p.sheet, area: p.area, edge };
}

/** Autofit sizes columns to their longest text (a CJK character counts twice), in points. */
function autofitColumns(sheet: EmulatedSheet, area: Area): void {
  if (area.right - area.left > 1000) throw notEmulated("autofit over more than 1,000 columns");
  for (const col of colsOf(area)) {
    let widest = 0;
    for (const [key, cell] of sheet.cells) {
      if (Number(key.split(",")[1]) !== col) continue;
      const text = String(cell.value);
      widest = Math.max(
        widest,
        [...text].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0)
      );
    }
    sheet.columnWidths.set(col, Math.max(8.43, widest + 1) * 7);
  }
}
