import ExcelJS from "exceljs";
import { parseArea, quotedSheet } from "../form/address";
import type { SubmittedFormula } from "../form/formulaFindings";
import type { Area } from "../form/grid";
import { InputError } from "./errors";
import { writeInternalLinksAsExcelDoes } from "./internalLinks";
import { writeFileAtomic, type WriteOptions } from "./safeWrite";

writeInternalLinksAsExcelDoes();
import type {
  CellFormat,
  CellInput,
  InputHint,
  PlanOp,
  PlanOpHandlers,
  PlanOpOf,
  SheetPlan,
} from "../form/plan";

/**
 * Apply sheet plans to a new workbook, or on top of an existing one (base), and save it atomically
 * (a temporary file renamed into place). By default an existing file is replaced.
 */
export async function writeWorkbook(
  path: string,
  plans: SheetPlan[],
  options: { base?: string } & Partial<WriteOptions> = {}
): Promise<void> {
  const workbook = newWorkbook();
  if (options.base) await workbook.xlsx.readFile(options.base);
  applyPlans(workbook, plans);
  await writeFileAtomic(path, await workbookBytes(workbook), { overwrite: true, ...options });
}

/** A new workbook with the plans applied. */
export function newWorkbook(plans: SheetPlan[] = []): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  applyPlans(workbook, plans);
  return workbook;
}

/** The .xlsx file's bytes. */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export function applyPlans(workbook: ExcelJS.Workbook, plans: SheetPlan[]): void {
  for (const plan of plans) {
    const sheet = workbook.getWorksheet(plan.sheet) ?? workbook.addWorksheet(plan.sheet);
    for (const op of plan.ops) applyOp(sheet, op);
  }
}

function area(range: string): Area {
  const parsed = parseArea(range);
  if (!parsed) throw new Error(`Bad range in a sheet plan: ${range}`);
  return parsed;
}

function eachCell(
  sheet: ExcelJS.Worksheet,
  range: string,
  visit: (cell: ExcelJS.Cell) => void
): void {
  const a = area(range);
  for (let r = a.top; r <= a.bottom; r++)
    for (let c = a.left; c <= a.right; c++) visit(sheet.getCell(r + 1, c + 1));
}

const argb = (color: string) => `FF${color.slice(1).toUpperCase()}`;

function excelValue(input: CellInput): ExcelJS.CellValue {
  return typeof input === "object" && input !== null
    ? {
        formula: input.formula.replace(/^=/, ""),
        ...(input.result !== undefined ? { result: input.result } : {}),
      }
    : input;
}

/**
 * ExcelJS shares one style object among every cell read with the same style (and among the cells
 * of a merge): a cell gets its own copy before it is changed, or its neighbours change with it.
 */
function ownStyle(cell: ExcelJS.Cell): void {
  cell.style = { ...cell.style };
}

function applyFormat(cell: ExcelJS.Cell, format: CellFormat): void {
  ownStyle(cell);
  if (format.fill)
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(format.fill) } };
  if (format.font) {
    const { color, ...font } = format.font;
    cell.font = { ...cell.font, ...font, ...(color ? { color: { argb: argb(color) } } : {}) };
  }
  if (format.horizontal || format.vertical || format.wrap !== undefined) {
    cell.alignment = {
      ...cell.alignment,
      ...(format.horizontal ? { horizontal: format.horizontal } : {}),
      ...(format.vertical ? { vertical: format.vertical } : {}),
      ...(format.wrap !== undefined ? { wrapText: format.wrap } : {}),
    };
  }
  if (format.numberFormat) cell.numFmt = format.numberFormat;
  if (format.border) {
    const thin: Partial<ExcelJS.Border> = { style: "thin" };
    cell.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
}

/** Excel's limits: 32 characters of title, 255 of message. */
const inputMessage = (hint: InputHint) => ({
  showInputMessage: true,
  promptTitle: hint.title.slice(0, 32),
  prompt: hint.message.slice(0, 255),
});

/** The ExcelJS applier: one handler per op kind (a new kind fails to compile until handled here). */
const HANDLERS: PlanOpHandlers<ExcelJS.Worksheet> = {
  values(sheet, op) {
    const a = area(op.range);
    op.values.forEach((row, r) =>
      row.forEach((input, c) => {
        if (input !== null) sheet.getCell(a.top + r + 1, a.left + c + 1).value = excelValue(input);
      })
    );
  },
  filter(sheet, op) {
    // An autofilter gives the same sort-and-filter header in Excel, WPS and LibreOffice.
    sheet.autoFilter = op.range;
  },
  merge(sheet, op) {
    sheet.mergeCells(op.range);
  },
  unmerge(sheet, op) {
    sheet.unMergeCells(op.range);
  },
  insertRows() {
    // Files are written whole, onto new sheets: nothing below to move. ExcelJS's spliceRows
    // would move values but not merged areas or validation, so it is refused, not half done.
    throw new InputError(
      "写入文件时不能插入行 (rows cannot be inserted when writing a file; insert them in Excel)"
    );
  },
  format(sheet, op) {
    eachCell(sheet, op.range, (cell) => applyFormat(cell, op.format));
  },
  list(sheet, op) {
    eachCell(sheet, op.range, (cell) => {
      cell.dataValidation = {
        type: "list",
        allowBlank: true,
        formulae: [`"${op.items.join(",")}"`],
        ...(op.hint ? inputMessage(op.hint) : {}),
      };
    });
  },
  hint(sheet, op) {
    eachCell(sheet, op.range, (cell) => {
      // "any": a validation without a rule (no type attribute in the file), which ExcelJS writes
      // and reads back although its typings leave it out.
      cell.dataValidation = {
        type: "any" as ExcelJS.DataValidation["type"],
        formulae: [],
        ...inputMessage(op.hint),
      };
    });
  },
  note(sheet, op) {
    sheet.getCell(op.cell).note = op.text;
  },
  link(sheet, op) {
    const cell = sheet.getCell(op.cell);
    cell.value = { text: op.text, hyperlink: `#${quotedSheet(op.sheet)}!${op.target}` };
    ownStyle(cell);
    cell.font = { color: { argb: "FF0563C1" }, underline: true };
  },
  columnWidths(sheet, op) {
    op.widths.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  },
  rowHeight(sheet, op) {
    const a = area(op.range);
    for (let r = a.top; r <= a.bottom; r++) sheet.getRow(r + 1).height = op.height;
  },
  freeze(sheet, op) {
    sheet.views = [{ state: "frozen", xSplit: op.columns, ySplit: op.rows }];
  },
  print(sheet, op) {
    sheet.pageSetup = {
      ...sheet.pageSetup,
      paperSize: 9, // A4
      orientation: op.orientation,
      fitToPage: op.fitToWidth,
      fitToWidth: 1,
      fitToHeight: 0,
      // ExcelJS puts a $ before each corner ("$A1:$N12"); LibreOffice ignores a print area whose
      // rows are relative, so the rows get their own $ here ("$A$1:$N$12").
      ...(op.area ? { printArea: op.area.replace(/([A-Z]+)(\d+)/g, "$1$$$2") } : {}),
      ...(op.titleRows ? { printTitlesRow: op.titleRows } : {}),
    };
  },
};

/** One op; on a streaming sheet too (src/files/streamedPlan.ts). */
export function applyOp<K extends PlanOp["kind"]>(sheet: ExcelJS.Worksheet, op: PlanOpOf<K>): void {
  (HANDLERS[op.kind] as (sheet: ExcelJS.Worksheet, op: PlanOpOf<K>) => void)(sheet, op);
}

/**
 * Replace every formula of a submitted workbook by the value it last showed, so that a copy never
 * runs it (DDE, links, other files); returns what was replaced, for the findings that name it.
 */
export function formulasToValues(workbook: ExcelJS.Workbook): SubmittedFormula[] {
  const found: { cell: ExcelJS.Cell; formula: SubmittedFormula; result: ExcelJS.CellValue }[] = [];
  for (const sheet of workbook.worksheets)
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type !== ExcelJS.ValueType.Formula) return;
        const result = (cell.result ?? null) as ExcelJS.CellValue;
        found.push({
          cell,
          result,
          formula: {
            sheet: sheet.name,
            cell: cell.address,
            formula: cell.formula ?? "",
            value: resultText(result),
          },
        });
      })
    );
  // Shared formulas are read from their first cell: replace only once every text is known.
  for (const { cell, result } of found) cell.value = result;
  return found.map(({ formula }) => formula);
}

function resultText(result: ExcelJS.CellValue): string {
  if (result === null || result === undefined) return "";
  if (result instanceof Date) return result.toISOString().slice(0, 10);
  if (typeof result === "object" && "error" in result) return String(result.error);
  return String(result);
}
