import type { Area } from "../form/grid";
import { ExcelError } from "./errors";
import { colsOf, rowsOf, type EmulatedSheet } from "./workbook";

/**
 * A range's sub-objects (format, format.fill, format.font, format.borders.EdgeTop,
 * dataValidation): their properties are kept per cell under the part's path, so one mechanism
 * serves every format property instead of one handler each.
 */
export interface RangePart {
  kind: "part";
  sheet: EmulatedSheet;
  area: Area;
  path: string;
}

/** What Excel reports for a cell nobody has formatted. */
const DEFAULTS: Record<string, unknown> = {
  "format.fill.color": "#FFFFFF",
  "format.font.bold": false,
  "format.font.italic": false,
  "format.font.color": "#000000",
  "format.font.name": "等线",
  "format.font.size": 11,
  "format.wrapText": false,
  "format.horizontalAlignment": "General",
  "format.verticalAlignment": "Bottom",
  "dataValidation.rule": {},
  "dataValidation.prompt": { showPrompt: false, title: "", message: "" },
  "dataValidation.type": "None",
};

const SUB_OBJECTS = new Set(["Fill", "Font", "Borders", "Protection"]);
const camel = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);
const cells = (area: Area) => rowsOf(area).flatMap((r) => colsOf(area).map((c) => [r, c] as const));

export function partOf(sheet: EmulatedSheet, area: Area, path: string): RangePart {
  return { kind: "part", sheet, area, path };
}

/** Format.Fill, Format.Borders → a deeper part; Borders' indexer names an edge. */
export function navigatePart(part: RangePart, name: string, args: unknown[]): RangePart {
  if (name === "" && part.path.endsWith(".borders"))
    return { ...part, path: `${part.path}.${String(args[0])}` };
  if (SUB_OBJECTS.has(name) || (name === "GetItem" && part.path.endsWith(".borders"))) {
    return {
      ...part,
      path: name === "GetItem" ? `${part.path}.${String(args[0])}` : `${part.path}.${camel(name)}`,
    };
  }
  throw new ExcelError("ApiNotFound", `The emulator does not provide ${part.path}.${name}.`, 404);
}

export function setPartProperty(part: RangePart, name: string, value: unknown): void {
  const { sheet, area } = part;
  if (part.path === "format" && name === "ColumnWidth") {
    for (const col of colsOf(area)) sheet.columnWidths.set(col, Number(value));
    return;
  }
  if (part.path === "format" && name === "RowHeight") {
    for (const row of rowsOf(area)) sheet.rowHeights.set(row, Number(value));
    return;
  }
  const key = `${part.path}.${camel(name)}`;
  for (const [r, c] of cells(area)) {
    const cell = sheet.cell(r, c) ?? { value: "" };
    sheet.setCell(r, c, { ...cell, style: { ...cell.style, [key]: value } });
  }
}

/** A property over the part's cells: the common value, or null where cells differ (as Excel does). */
export function partProperty(part: RangePart, name: string): unknown {
  const { sheet, area } = part;
  if (part.path === "format" && name === "columnWidth")
    return sheet.columnWidths.get(area.left) ?? 48;
  if (part.path === "format" && name === "rowHeight") return sheet.rowHeights.get(area.top) ?? 15;
  const key = `${part.path}.${name}`;
  const values = cells(area).map(
    ([r, c]) => sheet.cell(r, c)?.style?.[key] ?? DEFAULTS[key] ?? null
  );
  const first = JSON.stringify(values[0]);
  return values.every((v) => JSON.stringify(v) === first) ? values[0] : null;
}

/** Clear() on a part removes every property under its path. */
export function callPartMethod(part: RangePart, name: string): void {
  if (part.path === "format" && (name === "AutofitColumns" || name === "AutofitRows"))
    return autofit(part, name);
  if (name !== "Clear")
    throw new ExcelError(
      "ApiNotFound",
      `The emulator does not provide ${part.path}.${name}().`,
      404
    );
  for (const [r, c] of cells(part.area)) {
    const cell = part.sheet.cell(r, c);
    if (!cell?.style) continue;
    const style = Object.fromEntries(
      Object.entries(cell.style).filter(([key]) => !key.startsWith(part.path))
    );
    part.sheet.setCell(r, c, { ...cell, style: Object.keys(style).length > 0 ? style : undefined });
  }
}

/** Autofit sizes columns to their longest text (a CJK character counts twice), rows to 15 points. */
function autofit(part: RangePart, name: string): void {
  const { sheet, area } = part;
  if (name === "AutofitRows") {
    for (const row of rowsOf(area)) sheet.rowHeights.set(row, 15);
    return;
  }
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
