import { cellA1, parseArea, sheetRef } from "../form/address";
import type { Area } from "../form/grid";
import type {
  CellFormat,
  CellInput,
  InputHint,
  PlanOp,
  PlanOpHandlers,
  SheetPlan,
} from "../form/plan";
import type { Capabilities } from "./features";

/** Where a plan is applied: the batch it joins, and what the host can do. */
export interface PlanTarget {
  worksheet: Excel.Worksheet;
  caps: Capabilities;
}

/**
 * Queue a sheet plan on a worksheet without syncing: the caller syncs once for the whole plan
 * (docs/addin.md, "Sync budget"). One handler per op kind, so a new kind fails to compile here
 * until it is handled, as in src/files/xlsxWrite.ts.
 */
export function queuePlan(plan: SheetPlan, at: PlanTarget): void {
  for (const op of plan.ops) (HANDLERS[op.kind] as (at: PlanTarget, op: PlanOp) => void)(at, op);
}

const HANDLERS: PlanOpHandlers<PlanTarget> = {
  values: (at, op) => {
    at.worksheet.getRange(op.range).formulas = op.values.map((row) =>
      row.map(formulaInput)
    ) as never;
  },
  merge: (at, op) => at.worksheet.getRange(op.range).merge(false),
  unmerge: (at, op) => at.worksheet.getRange(op.range).unmerge(),
  // ExcelApi 1.1; merged areas the rows fall inside grow, formulas follow (docs/emulator.md).
  insertRows: (at, op) =>
    void at.worksheet.getRange(op.range).insert(Excel.InsertShiftDirection.down),
  format: (at, op) => applyFormat(at.worksheet.getRange(op.range), areaOf(op.range), op.format),
  list: (at, op) => {
    const validation = at.worksheet.getRange(op.range).dataValidation;
    validation.rule = { list: { inCellDropDown: true, source: op.items.join(",") } };
    // Stryker disable next-line ConditionalExpression: every list the core plans has its prompt (levelLists)
    if (op.hint) validation.prompt = inputPrompt(op.hint);
  },
  // A prompt with no rule: the cells still take any value (DataValidation.type stays None).
  hint: (at, op) => {
    at.worksheet.getRange(op.range).dataValidation.prompt = inputPrompt(op.hint);
  },
  // Stryker disable all: no operation of the add-in plans a note (the CLI's annotate and WPS do);
  // the handler is here because every kind of op must have one.
  note: (at, op) => {
    // Notes (the yellow boxes) have no API in ExcelApi; a comment, or a prompt before 1.10.
    if (at.caps.comments) at.worksheet.comments.add(op.cell, op.text);
    else
      at.worksheet.getRange(op.cell).dataValidation.prompt = {
        showPrompt: true,
        title: "",
        message: op.text.slice(0, 255),
      };
  },
  // Stryker restore all
  link: (at, op) => {
    const range = at.worksheet.getRange(op.cell);
    if (at.caps.hyperlinks)
      range.hyperlink = {
        documentReference: `${sheetRef(op.sheet)}!${op.target}`,
        textToDisplay: op.text,
      };
    // Stryker disable next-line all: every host the manifest admits (ExcelApi 1.8) has hyperlinks (1.7)
    else range.formulas = [[formulaInput(op.text)]];
  },
  columnWidths: (at, op) =>
    op.widths.forEach((width, col) => {
      at.worksheet.getRange(cellA1(0, col)).format.columnWidth = charactersToPoints(width);
    }),
  rowHeight: (at, op) => {
    at.worksheet.getRange(op.range).format.rowHeight = op.height;
  },
  freeze: (at, op) => {
    // The add-in's plans freeze rows and columns both (summary.ts, summaryIndicators.ts); the
    // other cases are for plans the .xlsx writer takes too.
    // Stryker disable next-line all: no plan of the add-in freezes nothing
    const nothing = op.rows === 0 && op.columns === 0;
    // Stryker disable next-line LogicalOperator: every host the manifest admits (1.8) has freeze panes (1.7)
    if (!at.caps.freezePanes || nothing) return;
    const corner = cellA1(Math.max(op.rows, 1) - 1, Math.max(op.columns, 1) - 1);
    if (op.columns === 0) at.worksheet.freezePanes.freezeRows(op.rows);
    else if (op.rows === 0) at.worksheet.freezePanes.freezeColumns(op.columns);
    else at.worksheet.freezePanes.freezeAt(at.worksheet.getRange(`A1:${corner}`));
  },
  filter: (at, op) => {
    const table = at.worksheet.tables.add(op.range, true);
    if (op.name) table.name = op.name;
  },
  print: (at, op) => {
    if (!at.caps.pageLayout) return;
    const layout = at.worksheet.pageLayout;
    layout.paperSize = Excel.PaperType.a4;
    layout.orientation =
      op.orientation === "landscape"
        ? Excel.PageOrientation.landscape
        : Excel.PageOrientation.portrait;
    if (op.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    if (op.area) layout.setPrintArea(op.area);
    if (op.titleRows) layout.setPrintTitleRows(absoluteRows(op.titleRows));
  },
};

/** Excel refuses a prompt over its limits: 32 characters of title, 255 of message. */
const inputPrompt = (hint: InputHint): Excel.DataValidationPrompt => ({
  showPrompt: true,
  title: hint.title.slice(0, 32),
  message: hint.message.slice(0, 255),
});

/**
 * A plan's cell as Excel's `formulas` input. Text that Excel would turn into something else
 * (a formula from "=", "+", "-" or "@"; a number, date or boolean from digits or TRUE) is written
 * with Excel's text prefix, the apostrophe, so a project named "=HYPERLINK(…)" stays text.
 */
export function formulaInput(input: CellInput): string | number | boolean | null {
  if (input === null || typeof input === "number" || typeof input === "boolean") return input;
  if (typeof input === "object") return input.formula;
  return needsTextPrefix(input) ? `'${input}` : input;
}

const REINTERPRETED = /^\s*(?:[=+\-@(\d.$¥￥€£%'])|^\s*(?:true|false)\s*$/i;
export const needsTextPrefix = (text: string) => REINTERPRETED.test(text);

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", middle: "Center", bottom: "Bottom" } as const;
const OUTER_EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;

function applyFormat(range: Excel.Range, area: Area, format: CellFormat): void {
  const f = range.format;
  if (format.fill) f.fill.color = format.fill;
  if (format.font) {
    const { bold, size, color, name } = format.font;
    if (bold !== undefined) f.font.bold = bold;
    if (size !== undefined) f.font.size = size;
    if (color !== undefined) f.font.color = color;
    if (name !== undefined) f.font.name = name;
  }
  if (format.horizontal) f.horizontalAlignment = HORIZONTAL[format.horizontal];
  if (format.vertical) f.verticalAlignment = VERTICAL[format.vertical];
  if (format.wrap !== undefined) f.wrapText = format.wrap;
  // Stryker disable next-line ConditionalExpression: a format of undefined goes as null, which leaves each cell's own
  if (format.numberFormat) range.numberFormat = filled(area, format.numberFormat);
  if (format.border) {
    const edges: string[] = [...OUTER_EDGES];
    if (area.right > area.left) edges.push("InsideVertical");
    if (area.bottom > area.top) edges.push("InsideHorizontal");
    for (const edge of edges) {
      const border = f.borders.getItem(edge as Excel.BorderIndex);
      border.style = Excel.BorderLineStyle.continuous;
      border.weight = Excel.BorderWeight.thin;
    }
  }
}

function areaOf(range: string): Area {
  const area = parseArea(range);
  // Stryker disable next-line StringLiteral: the core's plans hold only ranges it wrote itself
  if (!area) throw new Error(`Bad range in a sheet plan: ${range}`);
  return area;
}

const filled = <T>(area: Area, value: T): T[][] =>
  Array.from({ length: area.bottom - area.top + 1 }, () =>
    Array<T>(area.right - area.left + 1).fill(value)
  );

/** "1:3" → "$1:$3", as setPrintTitleRows wants. */
const absoluteRows = (rows: string) => rows.replace(/(\d+)/g, "$$$1");

/**
 * Excel's column width unit is the width of one digit of the default font (about 7 px at
 * 96 dpi, plus 5 px of padding); Office.js sets widths in points (3/4 of a pixel).
 */
export const charactersToPoints = (characters: number) =>
  Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
