import type ExcelJS from "exceljs";
import { cellA1 } from "../form/address";
import type { EmulatedCell, EmulatedValue } from "./model/sheet";
import type { EmulatedWorkbook, SheetContent } from "./model/workbook";

/**
 * ExcelJS, loaded when a file is first read or saved: it is some 660 modules, which every test file
 * importing the emulator loaded afresh though few read a file (a mutation run loads test files by
 * the hundred; docs/architecture.md, Mutation testing).
 */
async function excelJS(): Promise<typeof ExcelJS> {
  return (await import("exceljs")).default;
}

/** Excel's column width unit (characters of the default font) in points, as Office.js gives widths. */
const charactersToPoints = (characters: number) =>
  Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
const pointsToCharacters = (points: number) =>
  Math.max(0, Math.round(((points / 0.75 - 5) / 7) * 100) / 100);

function plain(value: ExcelJS.CellValue): EmulatedValue {
  if (value === null || value === undefined) return "";
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return value;
  if (value instanceof Date) return Math.round(value.getTime() / 86400000 + 25569);
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("error" in value) return value.error;
  if ("formula" in value || "sharedFormula" in value)
    return plain((value as { result?: ExcelJS.CellValue }).result ?? null);
  if ("text" in value) return plain((value as { text: ExcelJS.CellValue }).text);
  return "";
}

function cellOf(cell: ExcelJS.Cell): EmulatedCell {
  const out: EmulatedCell = { value: plain(cell.value) };
  const formula = cell.formula;
  if (formula) out.formula = `=${formula}`;
  if (cell.numFmt && cell.numFmt !== "General") out.numberFormat = cell.numFmt;
  const style: Record<string, unknown> = {};
  const fill = cell.fill;
  if (fill?.type === "pattern" && fill.pattern === "solid" && fill.fgColor?.argb)
    style["format.fill.color"] = `#${fill.fgColor.argb.slice(-6)}`;
  if (cell.font?.bold) style["format.font.bold"] = true;
  if (cell.alignment?.wrapText) style["format.wrapText"] = true;
  if (Object.keys(style).length > 0) out.style = style;
  return out;
}

/**
 * The sheets of an .xlsx file as the emulator holds them — values (formula results), formulas,
 * number formats, solid fills, bold, wrap, merges, widths and heights: the one reader behind
 * seeding a test and insertWorksheetsFromBase64.
 */
export async function readSheetContents(bytes: Buffer | ArrayBuffer): Promise<SheetContent[]> {
  const book = new (await excelJS()).Workbook();
  await book.xlsx.load(bytes as ArrayBuffer);
  return book.worksheets.map((sheet) => {
    const cells: SheetContent["cells"] = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) =>
      row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
        if (cell.isMerged && cell.master !== cell) return;
        const content = cellOf(cell);
        // A cell with only a format (a fill) counts too.
        if (content.value !== "" || content.formula || content.numberFormat || content.style)
          cells.push([rowNumber - 1, colNumber - 1, content]);
      })
    );
    const merges = Object.values(
      (
        sheet as unknown as {
          _merges: Record<
            string,
            { model: { top: number; left: number; bottom: number; right: number } }
          >;
        }
      )._merges ?? {}
    ).map(({ model }) => ({
      top: model.top - 1,
      left: model.left - 1,
      bottom: model.bottom - 1,
      right: model.right - 1,
    }));
    const columnWidths: [number, number][] = [];
    (sheet.columns ?? []).forEach((column, i) => {
      if (column?.width) columnWidths.push([i, charactersToPoints(column.width)]);
    });
    const rowHeights: [number, number][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, n) => {
      if (row.height) rowHeights.push([n - 1, row.height]);
    });
    return { name: sheet.name, cells, merges, columnWidths, rowHeights };
  });
}

/** Start a test from a real file: every sheet goes into the emulated workbook. */
export async function seedFromXlsx(workbook: EmulatedWorkbook, path: string): Promise<void> {
  const { readFile } = await import("node:fs/promises");
  for (const content of await readSheetContents(await readFile(path))) {
    const sheet = workbook.sheet(content.name) ?? workbook.addSheet(content.name);
    workbook.loadContent(sheet, content);
  }
}

/** Save what the add-in produced (values, formulas, number formats, fills, bold, merges, widths, panes) for a person to open. */
export async function saveAsXlsx(workbook: EmulatedWorkbook, path: string): Promise<void> {
  const book = new (await excelJS()).Workbook();
  for (const sheet of workbook.sheets) {
    const out = book.addWorksheet(sheet.name, {
      state:
        sheet.visibility === "Visible"
          ? "visible"
          : sheet.visibility === "Hidden"
            ? "hidden"
            : "veryHidden",
    });
    for (const [key, cell] of sheet.cells) {
      const [row, col] = key.split(",").map(Number);
      const target = out.getCell(cellA1(row, col));
      target.value = cell.formula
        ? { formula: cell.formula.replace(/^=/, ""), result: cell.value as never }
        : cell.value === ""
          ? null
          : cell.value;
      if (cell.numberFormat) target.numFmt = cell.numberFormat;
      const fill = cell.style?.["format.fill.color"];
      if (typeof fill === "string")
        target.fill = {
          type: "pattern",
          pattern: "solid",
          fgColor: { argb: `FF${fill.slice(1).toUpperCase()}` },
        };
      if (cell.style?.["format.font.bold"]) target.font = { bold: true };
      if (cell.style?.["format.wrapText"]) target.alignment = { wrapText: true };
    }
    for (const m of sheet.merges) out.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    for (const [col, points] of sheet.columnWidths)
      out.getColumn(col + 1).width = pointsToCharacters(points);
    for (const [row, points] of sheet.rowHeights) out.getRow(row + 1).height = points;
    if (sheet.frozen.rows || sheet.frozen.columns)
      out.views = [{ state: "frozen", xSplit: sheet.frozen.columns, ySplit: sheet.frozen.rows }];
    for (const comment of workbook.comments.filter((c) => c.sheet === sheet))
      out.getCell(cellA1(comment.row, comment.col)).note = comment.content;
  }
  await book.xlsx.writeFile(path);
}
