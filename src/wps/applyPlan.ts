import { cellA1, parseArea, sheetRef } from "../form/address";
import type {
  CellFormat,
  CellInput,
  InputHint,
  PlanOp,
  PlanOpHandlers,
  SheetPlan,
} from "../form/plan";
import { XL, type WpsRange, type WpsValidation, type WpsWorksheet } from "./model";

/** The same limits as Excel's: 32 characters of title, 255 of message. */
function showHint(validation: WpsValidation, hint: InputHint): void {
  validation.InputTitle = hint.title.slice(0, 32);
  validation.InputMessage = hint.message.slice(0, 255);
  validation.ShowInput = true;
}

/**
 * Apply a sheet plan through WPS's object model (docs/wps.md, "Writing"): one handler per op
 * kind, as for Excel (src/excel/applyPlan.ts) and ExcelJS, so a new kind fails to compile until
 * WPS handles it. Values go in as one 2-D array per block, never cell by cell.
 */
export function applyPlan(plan: SheetPlan, worksheet: WpsWorksheet): void {
  for (const op of plan.ops)
    (HANDLERS[op.kind] as (sheet: WpsWorksheet, op: PlanOp) => void)(worksheet, op);
}

const HANDLERS: PlanOpHandlers<WpsWorksheet> = {
  values: (sheet, op) => {
    // A null leaves its cell as it is: write only the runs of given cells, row by row.
    const area = areaOf(op.range);
    if (op.values.every((row) => row.every((v) => v !== null))) {
      sheet.Range(op.range).Value2 = op.values.map((row) => row.map(cellInput));
      return;
    }
    op.values.forEach((row, r) =>
      runsOf(row).forEach(({ start, cells }) => {
        const top = area.top + r;
        const left = area.left + start;
        const range = `${cellA1(top, left)}:${cellA1(top, left + cells.length - 1)}`;
        sheet.Range(range).Value2 = [cells.map(cellInput)];
      })
    );
  },
  merge: (sheet, op) => sheet.Range(op.range).Merge(false),
  unmerge: (sheet, op) => sheet.Range(op.range).UnMerge(),
  // Rows by their first column's cells: "15:15" as A15, whose EntireRow goes down.
  insertRows: (sheet, op) => {
    const [top, bottom] = op.range.split(":").map(Number);
    sheet.Range(`A${top}:A${bottom}`).EntireRow.Insert(XL.shiftDown);
  },
  format: (sheet, op) => applyFormat(sheet.Range(op.range), op.format),
  list: (sheet, op) => {
    const validation = sheet.Range(op.range).Validation;
    validation.Delete();
    validation.Add(XL.validateList, XL.alertStop, XL.between, op.items.join(","));
    validation.InCellDropdown = true;
    if (op.hint) showHint(validation, op.hint);
  },
  // xlValidateInputOnly: a validation that only prompts, the cells still take any value.
  hint: (sheet, op) => {
    const validation = sheet.Range(op.range).Validation;
    validation.Delete();
    validation.Add(XL.validateInputOnly);
    showHint(validation, op.hint);
  },
  note: (sheet, op) => {
    const range = sheet.Range(op.cell);
    range.Comment?.Delete();
    range.AddComment(op.text);
  },
  link: (sheet, op) => {
    const range = sheet.Range(op.cell);
    range.Hyperlinks.Add(range, "", `${sheetRef(op.sheet)}!${op.target}`, "", op.text);
  },
  columnWidths: (sheet, op) =>
    op.widths.forEach((width, col) => {
      sheet.Range(cellA1(0, col)).ColumnWidth = width;
    }),
  rowHeight: (sheet, op) => {
    sheet.Range(op.range).RowHeight = op.height;
  },
  // Panes freeze in the window that shows the sheet: the sheet is activated first.
  freeze: (sheet, op) => {
    sheet.Activate();
    const window = sheet.Application.ActiveWindow;
    window.FreezePanes = false;
    window.SplitRow = op.rows;
    window.SplitColumn = op.columns;
    window.FreezePanes = op.rows > 0 || op.columns > 0;
  },
  // An AutoFilter on the table gives the reviewer the same sorting and filtering as Excel's table.
  filter: (sheet, op) => {
    sheet.Range(op.range).AutoFilter();
  },
  print: (sheet, op) => {
    const setup = sheet.PageSetup;
    setup.PaperSize = XL.paperA4;
    setup.Orientation = op.orientation === "landscape" ? XL.landscape : XL.portrait;
    if (op.fitToWidth) {
      setup.Zoom = false;
      setup.FitToPagesWide = 1;
      setup.FitToPagesTall = false;
    }
    if (op.area) setup.PrintArea = op.area;
    if (op.titleRows) setup.PrintTitleRows = op.titleRows.replace(/(\d+)/g, "$$$1");
  },
};

/** Text WPS would read as a formula, number or date keeps Excel's text prefix, the apostrophe. */
export function cellInput(input: CellInput): string | number | boolean | null {
  if (input === null || typeof input === "number" || typeof input === "boolean") return input;
  if (typeof input === "object") return input.formula;
  return REINTERPRETED.test(input) ? `'${input}` : input;
}
const REINTERPRETED = /^\s*(?:[=+\-@(\d.$¥￥€£%'])|^\s*(?:true|false)\s*$/i;

function runsOf(row: CellInput[]): { start: number; cells: CellInput[] }[] {
  const runs: { start: number; cells: CellInput[] }[] = [];
  row.forEach((value, col) => {
    if (value === null) return;
    const last = runs[runs.length - 1];
    if (last && last.start + last.cells.length === col) last.cells.push(value);
    else runs.push({ start: col, cells: [value] });
  });
  return runs;
}

/** "#RRGGBB" → the model's colour number, which is BGR (0xBBGGRR), as in VBA. */
export function bgr(color: string): number {
  const rgb = parseInt(color.slice(1), 16);
  return ((rgb & 0xff) << 16) | (rgb & 0xff00) | ((rgb >> 16) & 0xff);
}

const HORIZONTAL = { left: XL.left, center: XL.center, right: XL.right } as const;
const VERTICAL = { top: XL.top, middle: XL.center, bottom: XL.bottom } as const;

function applyFormat(range: WpsRange, format: CellFormat): void {
  if (format.fill) range.Interior.Color = bgr(format.fill);
  const font = format.font;
  if (font?.bold !== undefined) range.Font.Bold = font.bold;
  if (font?.size !== undefined) range.Font.Size = font.size;
  if (font?.color !== undefined) range.Font.Color = bgr(font.color);
  if (font?.name !== undefined) range.Font.Name = font.name;
  if (format.horizontal) range.HorizontalAlignment = HORIZONTAL[format.horizontal];
  if (format.vertical) range.VerticalAlignment = VERTICAL[format.vertical];
  if (format.wrap !== undefined) range.WrapText = format.wrap;
  if (format.numberFormat) range.NumberFormat = format.numberFormat;
  if (format.border) {
    range.Borders.LineStyle = XL.continuous;
    range.Borders.Weight = XL.thin;
  }
}

function areaOf(range: string) {
  const area = parseArea(range);
  if (!area) throw new Error(`Bad range in a sheet plan: ${range}`);
  return area;
}
