import { cellA1 } from "../form/address";
import type { Area, CellValue, GridSnapshot } from "../form/grid";
import { readableValue } from "../form/cellDisplay";
import { MAX_COLUMNS, MAX_ROWS, packedRef, rangeRef } from "./cellRef";
import { corrupt, tooLarge } from "./errors";
import type { NumberReading } from "./styles";
import { StringItem, unescapeText } from "./text";
import { parseXml } from "./xml";

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

/** A worksheet part → a grid snapshot: values as the person sees them, merges, uncalculated formulas. */
export function readWorksheet(
  name: string,
  part: string,
  xml: string,
  context: SheetContext
): GridSnapshot {
  const rows: CellValue[][] = [];
  const merges: Area[] = [];
  const uncalculated: { row: number; col: number }[] = [];
  const inline = new StringItem();
  const { budget } = context;

  let row = -1;
  let col = -1;
  let type = "n";
  let style = 0;
  let value: string | null = null;
  let inlineText: string | null = null;
  let formula = false;
  let inValue = false;

  const where = () => `${name}!${cellA1(row, col)}`;
  const spend = (cells = 1) => {
    budget.cells += cells;
    if (budget.cells > budget.limit)
      throw tooLarge(
        `单元格超过 ${budget.limit.toLocaleString("en")} 个（在工作表“${name}”）`,
        `more than ${budget.limit.toLocaleString("en")} cells (on sheet "${name}")`
      );
  };

  parseXml(part, xml, {
    open(tag, attributes) {
      if (inline.open(tag, "is")) return;
      switch (tag) {
        case "row": {
          const r = attributes.r;
          row = r === undefined ? row + 1 : Number(r) - 1;
          if (!Number.isInteger(row) || row < 0 || row >= MAX_ROWS)
            throw corrupt(
              `工作表“${name}”的行号 ${r} 无效`,
              `row number ${r} on sheet "${name}" is invalid`
            );
          col = -1;
          break;
        }
        case "c": {
          const r = attributes.r;
          if (r === undefined) col++;
          else {
            const packed = packedRef(r);
            if (packed < 0)
              throw corrupt(
                `工作表“${name}”的单元格地址 ${r} 无效`,
                `cell address ${r} on sheet "${name}" is invalid`
              );
            row = Math.floor(packed / MAX_COLUMNS);
            col = packed % MAX_COLUMNS;
          }
          if (row < 0 || col >= MAX_COLUMNS)
            throw corrupt(
              `工作表“${name}”有单元格在表格之外`,
              `a cell on sheet "${name}" lies outside the grid`
            );
          type = attributes.t ?? "n";
          style = attributes.s === undefined ? 0 : Number(attributes.s);
          value = null;
          inlineText = null;
          formula = false;
          break;
        }
        case "v":
          inValue = true;
          value = "";
          break;
        case "f":
          formula = true;
          break;
        case "mergeCell": {
          const area = rangeRef(attributes.ref ?? "");
          if (!area)
            throw corrupt(
              `工作表“${name}”的合并区域 ${attributes.ref} 无效`,
              `merged area ${attributes.ref} on sheet "${name}" is invalid`
            );
          const size = (area.bottom - area.top + 1) * (area.right - area.left + 1);
          spend(Math.min(size, COUNTED_MERGE_CELLS));
          merges.push(area);
          break;
        }
      }
    },
    text(text) {
      if (inValue) value += text;
      else if (inline.active) inline.text(text);
    },
    close(tag) {
      if (inline.active) {
        const done = inline.close(tag, "is");
        if (done !== undefined) inlineText = done;
        return;
      }
      if (tag === "v") inValue = false;
      else if (tag === "c") {
        const cell = cellValue();
        if (cell === undefined) return;
        spend();
        if (cell === UNCALCULATED) uncalculated.push({ row, col });
        else (rows[row] ??= [])[col] = cell;
      }
    },
  });

  function cellValue(): CellValue | typeof UNCALCULATED | undefined {
    switch (type) {
      case "s": {
        if (value === null) return formula ? UNCALCULATED : undefined;
        const text = context.strings[Number(value)];
        if (text === undefined)
          throw corrupt(
            `${where()} 引用的共享字符串 ${value} 不存在`,
            `${where()} refers to shared string ${value}, which does not exist`
          );
        return text;
      }
      case "inlineStr":
        return (
          inlineText ??
          (value === null ? (formula ? UNCALCULATED : undefined) : unescapeText(value))
        );
      case "str":
        return value === null ? (formula ? UNCALCULATED : undefined) : unescapeText(value);
      case "b":
        return value === null || value === ""
          ? formula
            ? UNCALCULATED
            : undefined
          : value === "1" || value === "true";
      case "e":
        return value === null || value === "" ? (formula ? UNCALCULATED : undefined) : value;
      case "d":
        return value === null || value === ""
          ? formula
            ? UNCALCULATED
            : undefined
          : isoDate(value);
      default: {
        if (value === null || value.trim() === "") return formula ? UNCALCULATED : undefined;
        const number = Number(value);
        if (!Number.isFinite(number))
          throw corrupt(
            `${where()} 的数值“${value.slice(0, 40)}”无效`,
            `${where()} holds an invalid number "${value.slice(0, 40)}"`
          );
        return shownNumber(number, context.readings[style]);
      }
    }
  }

  function shownNumber(number: number, reading: NumberReading | undefined): CellValue {
    if (!reading || reading.kind === "plain") return number;
    if (reading.kind === "date" && context.date1904)
      return readableValue(number + DAYS_1904, reading.format);
    return readableValue(number, reading.format);
  }

  /** An ISO 8601 date (cell type "d", rare): shown through a date format when the cell has one. */
  function isoDate(text: string): CellValue {
    const time = Date.parse(
      /[zZ]|[+-]\d\d:?\d\d$/.test(text) || !text.includes("T") ? text : `${text}Z`
    );
    if (Number.isNaN(time))
      throw corrupt(
        `${where()} 的日期“${text.slice(0, 40)}”无效`,
        `${where()} holds an invalid date "${text.slice(0, 40)}"`
      );
    const reading = context.readings[style];
    if (reading?.kind === "date")
      return readableValue(time / 86_400_000 + UNIX_EPOCH_SERIAL, reading.format);
    return new Date(time).toISOString().slice(0, 10);
  }

  checkArea(name, rows, context.areaLimit);
  return {
    sheet: name,
    origin: { row: 0, col: 0 },
    values: denseRows(rows),
    merges,
    ...(uncalculated.length > 0 ? { uncalculated } : {}),
  };
}

const UNCALCULATED = Symbol("uncalculated");

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
