import { cellA1 } from "../form/address";
import type { Area, CellValue, GridSnapshot } from "../form/grid";
import { readableValue } from "../form/cellDisplay";
import { MAX_COLUMNS, MAX_ROWS, packedRef, rangeRef } from "./cellRef";
import { corrupt, tooLarge } from "./errors";
import type { NumberReading } from "./styles";
import { StringItem, unescapeText } from "./text";
import { attributeShape, emptyChildren, parseXml, wholeElement } from "./xml";

/** What a sheet's cells are read with: the workbook's shared parts, and a budget of cells. */
export interface SheetContext {
  strings: readonly string[];
  readings: readonly NumberReading[];
  date1904: boolean;
  /** Cells (and merged cells) spent so far, and the most allowed before the workbook is refused. */
  budget: { cells: number; limit: number };
  /** The largest used range (rows × columns) a sheet may span. */
  areaLimit: number;
}

/** The core reads no merged area larger than this; counting more of one would refuse for nothing. */
const COUNTED_MERGE_CELLS = 10_000;

/** Serial numbers in the 1904 system are this many days behind the 1900 system numfmt uses. */
const DAYS_1904 = 1462;
/** 1970-01-01 as a 1900-system serial, for ISO dates written as cell type "d". */
const UNIX_EPOCH_SERIAL = 25569;

/** The sheet's parts no value needs, passed over when their children are empty (docs/speed.md). */
const PASSES_OVER = new Map([
  ["sheetPr", emptyChildren(["tabColor", "outlinePr", "pageSetUpPr"])],
  ["sheetView", emptyChildren(["pane", "selection"])],
  ["cols", emptyChildren(["col"])],
]);

/** A cell's tag as every writer seen writes it: `<c r="A1" s="3" t="s">` (docs/speed.md). */
const CELL_SHAPE = attributeShape(["r", "s", "t"]);
/** Such a cell, empty or holding a plain <v>, read whole in one match (docs/speed.md). */
const WHOLE_CELL = wholeElement("c", ["r", "s", "t"], "v");

const UNCALCULATED = Symbol("uncalculated");

/** The cell the scanner is in, filled in as its tags arrive. */
interface CellState {
  row: number;
  col: number;
  /** The cell's t attribute: "s", "inlineStr", "str", "b", "e", "d", or "n" (a number). */
  type: string;
  style: number;
  /** The text of its <v>, once one opened. */
  value: string | null;
  /** The text of its <is>, an inline string. */
  inlineText: string | null;
  formula: boolean;
  inValue: boolean;
}

/** A worksheet part → a grid snapshot: values as the person sees them, merges, uncalculated formulas. */
export function readWorksheet(
  name: string,
  part: string,
  xml: string,
  context: SheetContext
): GridSnapshot {
  const found: SheetFound = { rows: [], merges: [], uncalculated: [] };
  const { merges } = found;
  const inline = new StringItem();
  const cell = newCell();
  const endCell = cellEnd(cell, name, context, found);
  const wholeCell = (match: RegExpExecArray) => {
    startCell(cell, match[1], match[2], match[3], name);
    cell.value = match[4] ?? null;
    endCell();
  };
  parseXml(part, xml, {
    // A row's r only: LibreOffice writes six more attributes (docs/speed.md).
    readsAttributes: (tag) =>
      tag === "c" ? CELL_SHAPE : tag === "mergeCell" || (tag === "row" && "r"),
    passesOver: PASSES_OVER,
    readsWhole: new Map([["row", { pattern: WHOLE_CELL, read: wholeCell }]]),
    open(tag, attributes) {
      if (inline.open(tag, "is")) return;
      switch (tag) {
        case "row":
          startRow(cell, attributes.r, name);
          break;
        case "c":
          startCell(cell, attributes.r, attributes.s, attributes.t, name);
          break;
        case "v":
          cell.inValue = true;
          cell.value = "";
          break;
        case "f":
          cell.formula = true;
          break;
        case "mergeCell":
          merges.push(mergedArea(attributes.ref, name, context.budget));
          break;
      }
    },
    text(text) {
      if (cell.inValue) cell.value += text;
      else if (inline.active) inline.text(text);
    },
    close(tag) {
      if (inline.active) {
        const done = inline.close(tag, "is");
        if (done !== undefined) cell.inlineText = done;
        return;
      }
      if (tag === "v") cell.inValue = false;
      else if (tag === "c") endCell();
    },
  });
  return snapshot(name, found, context.areaLimit);
}

/** What a sheet's scan found. */
interface SheetFound {
  rows: CellValue[][];
  merges: Area[];
  uncalculated: { row: number; col: number }[];
}

/** What closes the cell the scanner is in: its value kept, and counted against the budget. */
function cellEnd(
  cell: CellState,
  name: string,
  context: SheetContext,
  { rows, uncalculated }: SheetFound
): () => void {
  return () => {
    const value = cellValue(cell, name, context);
    if (value === undefined) return;
    spend(context.budget, name);
    if (value === UNCALCULATED) uncalculated.push({ row: cell.row, col: cell.col });
    else (rows[cell.row] ??= [])[cell.col] = value;
  };
}

function newCell(): CellState {
  return {
    row: -1,
    col: -1,
    type: "n",
    style: 0,
    value: null,
    inlineText: null,
    formula: false,
    inValue: false,
  };
}

/** What a sheet's scan found, as the core takes it: dense rows, within the used range allowed. */
function snapshot(name: string, found: SheetFound, areaLimit: number): GridSnapshot {
  const { rows, merges, uncalculated } = found;
  checkArea(name, rows, areaLimit);
  return {
    sheet: name,
    origin: { row: 0, col: 0 },
    values: denseRows(rows),
    merges,
    ...(uncalculated.length > 0 ? { uncalculated } : {}),
  };
}

/** Counts cells (and merged cells) against the workbook's budget, refusing it once over. */
function spend(budget: SheetContext["budget"], name: string, cells = 1): void {
  budget.cells += cells;
  if (budget.cells > budget.limit)
    throw tooLarge(
      `单元格超过 ${budget.limit.toLocaleString("en")} 个（在工作表“${name}”）`,
      `more than ${budget.limit.toLocaleString("en")} cells (on sheet "${name}")`
    );
}

/** <row r="…">: a row without r follows the one before. */
function startRow(cell: CellState, r: string | undefined, name: string): void {
  cell.row = r === undefined ? cell.row + 1 : Number(r) - 1;
  if (!Number.isInteger(cell.row) || cell.row < 0 || cell.row >= MAX_ROWS)
    throw corrupt(
      `工作表“${name}”的行号 ${r} 无效`,
      `row number ${r} on sheet "${name}" is invalid`
    );
  cell.col = -1;
}

/** <c r="…" s="…" t="…">: a cell without r follows the one before in its row. */
function startCell(
  cell: CellState,
  r: string | undefined,
  s: string | undefined,
  t: string | undefined,
  name: string
): void {
  if (r === undefined) cell.col++;
  else {
    const packed = packedRef(r);
    if (packed < 0)
      throw corrupt(
        `工作表“${name}”的单元格地址 ${r} 无效`,
        `cell address ${r} on sheet "${name}" is invalid`
      );
    cell.row = Math.floor(packed / MAX_COLUMNS);
    cell.col = packed % MAX_COLUMNS;
  }
  if (cell.row < 0 || cell.col >= MAX_COLUMNS)
    throw corrupt(
      `工作表“${name}”有单元格在表格之外`,
      `a cell on sheet "${name}" lies outside the grid`
    );
  cell.type = t ?? "n";
  cell.style = s === undefined ? 0 : Number(s);
  cell.value = null;
  cell.inlineText = null;
  cell.formula = false;
}

/** <mergeCell ref="…">, counted against the budget up to the largest area the core reads. */
function mergedArea(ref: string | undefined, name: string, budget: SheetContext["budget"]): Area {
  const area = rangeRef(ref ?? "");
  if (!area)
    throw corrupt(
      `工作表“${name}”的合并区域 ${ref} 无效`,
      `merged area ${ref} on sheet "${name}" is invalid`
    );
  const size = (area.bottom - area.top + 1) * (area.right - area.left + 1);
  spend(budget, name, Math.min(size, COUNTED_MERGE_CELLS));
  return area;
}

/** A cell with no value: a formula never calculated, or nothing at all. */
const absent = (cell: CellState) => (cell.formula ? UNCALCULATED : undefined);

const where = (cell: CellState, name: string) => `${name}!${cellA1(cell.row, cell.col)}`;

/** A closed cell's value as the person sees it, by its type. */
function cellValue(
  cell: CellState,
  name: string,
  context: SheetContext
): CellValue | typeof UNCALCULATED | undefined {
  const { value } = cell;
  switch (cell.type) {
    case "s": {
      if (value === null) return absent(cell);
      const text = context.strings[Number(value)];
      if (text === undefined)
        throw corrupt(
          `${where(cell, name)} 引用的共享字符串 ${value} 不存在`,
          `${where(cell, name)} refers to shared string ${value}, which does not exist`
        );
      return text;
    }
    case "inlineStr":
      return cell.inlineText ?? (value === null ? absent(cell) : unescapeText(value));
    case "str":
      return value === null ? absent(cell) : unescapeText(value);
    case "b":
      return value === null || value === "" ? absent(cell) : value === "1" || value === "true";
    case "e":
      return value === null || value === "" ? absent(cell) : value;
    case "d":
      return value === null || value === "" ? absent(cell) : isoDate(cell, value, name, context);
    default: {
      if (value === null || value.trim() === "") return absent(cell);
      const number = Number(value);
      if (!Number.isFinite(number))
        throw corrupt(
          `${where(cell, name)} 的数值“${value.slice(0, 40)}”无效`,
          `${where(cell, name)} holds an invalid number "${value.slice(0, 40)}"`
        );
      return shownNumber(number, context.readings[cell.style], context.date1904);
    }
  }
}

function shownNumber(
  number: number,
  reading: NumberReading | undefined,
  date1904: boolean
): CellValue {
  if (!reading || reading.kind === "plain") return number;
  if (reading.kind === "date" && date1904) return readableValue(number + DAYS_1904, reading.format);
  return readableValue(number, reading.format);
}

/** An ISO 8601 date (cell type "d", rare): shown through a date format when the cell has one. */
function isoDate(cell: CellState, text: string, name: string, context: SheetContext): CellValue {
  const time = Date.parse(
    /[zZ]|[+-]\d\d:?\d\d$/.test(text) || !text.includes("T") ? text : `${text}Z`
  );
  if (Number.isNaN(time))
    throw corrupt(
      `${where(cell, name)} 的日期“${text.slice(0, 40)}”无效`,
      `${where(cell, name)} holds an invalid date "${text.slice(0, 40)}"`
    );
  const reading = context.readings[cell.style];
  if (reading?.kind === "date")
    return readableValue(time / 86_400_000 + UNIX_EPOCH_SERIAL, reading.format);
  return new Date(time).toISOString().slice(0, 10);
}

/**
 * A used range the core cannot span (its index is rows × columns): almost always a stray value
 * far from the form, so the message names the farthest row and column to clear.
 */
function checkArea(name: string, rows: CellValue[][], limit: number): void {
  let width = 0;
  for (const line of rows) if (line && line.length > width) width = line.length;
  if (rows.length * width <= limit) return;
  const corner = cellA1(rows.length - 1, width - 1);
  const cells = limit.toLocaleString("en");
  throw tooLarge(
    `工作表“${name}”的已用区域 A1:${corner} 超过 ${cells} 个单元格；请删除远处多余的内容后再试`,
    `the used range of sheet "${name}", A1:${corner}, spans more than ${cells} cells; delete the stray content far from the form and try again`
  );
}

/** Holes become null (a missing cell) and missing rows empty rows: the shape the core expects. */
function denseRows(rows: CellValue[][]): CellValue[][] {
  const values: CellValue[][] = new Array<CellValue[]>(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const line = rows[r];
    if (!line) {
      values[r] = [];
      continue;
    }
    for (let c = 0; c < line.length; c++) if (line[c] === undefined) line[c] = null;
    values[r] = line;
  }
  return values;
}
