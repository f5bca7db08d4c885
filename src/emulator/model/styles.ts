import type { Area } from "../../form/grid";
import { ExcelError } from "../errors";
import { cellCount, cellsOf } from "./address";
import type { EmulatedSheet } from "./sheet";

/** What Excel reports for a cell nobody has formatted. */
export const DEFAULTS: Record<string, unknown> = {
  "format.fill.color": "#FFFFFF",
  "format.fill.pattern": null,
  "format.fill.patternColor": null,
  "format.fill.patternTintAndShade": null,
  "format.font.bold": false,
  "format.font.italic": false,
  "format.font.underline": "None",
  "format.font.strikethrough": false,
  "format.font.subscript": false,
  "format.font.superscript": false,
  "format.font.color": "#000000",
  "format.font.name": "等线",
  "format.font.size": 11,
  "format.font.tintAndShade": 0,
  "format.wrapText": false,
  "format.horizontalAlignment": "General",
  "format.verticalAlignment": "Bottom",
  "format.indentLevel": 0,
  "format.textOrientation": 0,
  "format.shrinkToFit": false,
  "format.readingOrder": "Context",
  "format.autoIndent": false,
  "format.protection.locked": true,
  "format.protection.formulaHidden": false,
  "dataValidation.rule": {},
  "dataValidation.prompt": { showPrompt: false, title: "", message: "" },
  "dataValidation.errorAlert": { showAlert: true, style: "Stop", title: "", message: "" },
  "dataValidation.ignoreBlanks": true,
  hyperlink: null,
  style: "Normal",
};

const BORDER_DEFAULTS: Record<string, unknown> = {
  style: "None",
  color: "#000000",
  weight: "Thin",
};

/** The value one cell shows for a style key, defaults and derived properties included. */
export function cellStyle(sheet: EmulatedSheet, row: number, col: number, key: string): unknown {
  const style = sheet.cell(row, col)?.style ?? {};
  if (key in style) return style[key];
  // No fill and a white fill both read #FFFFFF; only tintAndShade tells them apart (office-js #4900).
  if (key === "format.fill.tintAndShade") return "format.fill.color" in style ? 0 : null;
  const border = /^format\.borders\.(\w+)\.(\w+)$/.exec(key);
  if (border) {
    if (border[2] === "tintAndShade")
      return `format.borders.${border[1]}.style` in style ? 0 : null;
    return BORDER_DEFAULTS[border[2]] ?? null;
  }
  return key in DEFAULTS ? DEFAULTS[key] : null;
}

/** JSON with object keys sorted, so {a, b} and {b, a} compare equal. */
const stable = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v
  );
const same = (a: unknown, b: unknown) => a === b || stable(a) === stable(b);

/**
 * A property over many cells: their common value, or null where they differ (as Excel reports a
 * mixed range). Cells nobody touched count once, as the default, however many there are.
 */
export function commonStyle(
  sheet: EmulatedSheet,
  cells: Iterable<readonly [number, number]>,
  key: string
): unknown {
  let first: { value: unknown } | null = null;
  for (const [r, c] of cells) {
    const value = cellStyle(sheet, r, c, key);
    if (!first) first = { value };
    else if (!same(first.value, value)) return null;
  }
  return first ? first.value : null;
}

/** Cells of an area an operation may visit one by one; whole rows or columns are refused. */
export const MAX_CELLS = 200_000;
export function checkSize(area: Area): void {
  if (cellCount(area) > MAX_CELLS) {
    throw new ExcelError(
      "ApiNotFound",
      `The emulator handles at most ${MAX_CELLS} cells at once per property (docs/emulator.md).`,
      404
    );
  }
}

/** The cells of an area, visiting only stored ones when the area is large (whole columns). */
export function readCells(sheet: EmulatedSheet, area: Area): Iterable<readonly [number, number]> {
  if (cellCount(area) <= MAX_CELLS) return cellsOf(area);
  const stored = [...sheet.storedCells(area)].map(([r, c]) => [r, c] as const);
  // One untouched cell stands for all the others (they read the same).
  const untouched = firstUntouched(sheet, area);
  return untouched ? [...stored, untouched] : stored;
}

function firstUntouched(sheet: EmulatedSheet, area: Area): readonly [number, number] | null {
  for (let r = area.top; r <= area.bottom; r++)
    for (let c = area.left; c <= area.right; c++) if (!sheet.cell(r, c)) return [r, c];
  return null;
}

/**
 * Set a style key on every cell. A value that reads the same as the default is not kept (a cell
 * set back to black text is a cell with default text), except the fill: a white fill is not "no
 * fill" (office-js #4900).
 */
export function writeStyle(sheet: EmulatedSheet, area: Area, key: string, value: unknown): void {
  checkSize(area);
  const kept =
    key !== "format.fill.color" && key in DEFAULTS && same(DEFAULTS[key], value)
      ? undefined
      : value;
  for (const [r, c] of cellsOf(area)) sheet.patchStyle(r, c, { [key]: kept });
}

/** Remove every style key under a prefix ("format.fill", "dataValidation", "format"). */
export function clearStyles(sheet: EmulatedSheet, area: Area, prefixes: string[]): void {
  for (const [r, c, cell] of [...sheet.storedCells(area)]) {
    const keys = Object.keys(cell.style ?? {}).filter((key) =>
      prefixes.some((p) => key === p || key.startsWith(`${p}.`))
    );
    if (keys.length > 0)
      sheet.patchStyle(r, c, Object.fromEntries(keys.map((k) => [k, undefined])));
  }
}
