import { tooLarge } from "./errors";

/**
 * What a reader refuses to read, so that one hostile or broken file costs a bounded amount of
 * time and memory (README, "Limits"). One table for every way a file comes in: the command
 * line's .xlsx and text inputs, the task pane's import and the preview's open.
 */
export interface WorkbookLimits {
  /** The unpacked size of any one part the reader opens (a sheet, the shared strings, the styles). */
  partBytes: number;
  /** The unpacked size of all the parts it opens, together. */
  totalBytes: number;
  /**
   * Cells holding a value or a formula over all sheets, plus the cells merged areas cover (each
   * area counted up to 10,000 cells, the most the core reads of one).
   */
  cells: number;
  /** Rows × columns of one sheet's used range, from A1: what the core's sheet index spans. */
  sheetArea: number;
  /** Rows written in the file over all sheets (a text file's lines). */
  rows: number;
  /** Items in the workbook's shared strings. */
  sharedStrings: number;
  /** The size of a text input (.txt, .tsv, .csv), before decoding. */
  textBytes: number;
}

export type LimitName = keyof WorkbookLimits;

const MiB = 1024 * 1024;

/**
 * About 10 to 100 times what a workbook of forms needs: a sheet of 1,000 stacked forms is ~6 MB
 * of XML, ~60,000 cells, 21,000 rows and a used range of 21,000 rows by 5 columns; 100,000 rows
 * of noise beside a form stay well inside. A stray value in the sheet's far corner (XFD1048576)
 * does not, nor a million rows that unpack from 68 KB.
 */
export const DEFAULT_LIMITS: WorkbookLimits = {
  partBytes: 128 * MiB,
  totalBytes: 256 * MiB,
  cells: 2_000_000,
  sheetArea: 20_000_000,
  rows: 200_000,
  sharedStrings: 1_000_000,
  textBytes: 64 * MiB,
};

/** Each limit's name as the README's table and the refusals say it. */
export const LIMIT_NAMES: Record<LimitName, { zh: string; en: string }> = {
  partBytes: { zh: "单个部件解压后大小", en: "unpacked size of one part" },
  totalBytes: { zh: "解压后总大小", en: "unpacked size in all" },
  cells: { zh: "单元格数", en: "cells" },
  sheetArea: { zh: "工作表已用区域", en: "one sheet's used range" },
  rows: { zh: "行数", en: "rows" },
  sharedStrings: { zh: "共享字符串数", en: "shared strings" },
  textBytes: { zh: "文本文件大小", en: "text file size" },
};

/** "128 MB" (or "244 KB") for a message. */
export const megabytes = (bytes: number) =>
  bytes < MiB ? `${Math.round(bytes / 1024)} KB` : `${Math.round(bytes / MiB)} MB`;

const count = (n: number) => n.toLocaleString("en");

/**
 * A refusal naming the limit in both languages: "行数超过限制 200,000（在工作表“表”）".
 * `where` says where it was met, in Chinese and English, when that helps.
 */
export function overLimit(
  limit: LimitName,
  value: number,
  where: { zh: string; en: string } | null = null
) {
  const name = LIMIT_NAMES[limit];
  const shown = limit === "textBytes" ? megabytes(value) : count(value);
  return tooLarge(
    `${name.zh}超过限制 ${shown}${where ? `（${where.zh}）` : ""}`,
    `more ${name.en} than the limit of ${shown}${where ? ` (${where.en})` : ""}`
  );
}

/**
 * Counts spent against the limits over one input, each checked by a small call as it is spent,
 * so any reader (saxes today, a faster scanner tomorrow) refuses at the first unit over.
 */
export class ReadBudget {
  private spent = { rows: 0, sharedStrings: 0 };
  constructor(readonly limits: WorkbookLimits) {}

  /** `n` more rows, met on sheet `sheet` (null for a text file). */
  rows(n: number, sheet: string | null): void {
    this.spend("rows", n, sheet);
  }

  sharedStrings(n: number): void {
    this.spend("sharedStrings", n, null);
  }

  private spend(limit: "rows" | "sharedStrings", n: number, sheet: string | null): void {
    this.spent[limit] += n;
    if (this.spent[limit] > this.limits[limit])
      throw overLimit(
        limit,
        this.limits[limit],
        sheet === null ? null : { zh: `在工作表“${sheet}”`, en: `on sheet "${sheet}"` }
      );
  }
}

/**
 * How many elements of this local name open in an XML part's bytes (`<row`, `<x:row`), counted
 * on the bytes before any parse: a part holding too many is refused before a row is built.
 * Each is found by the name's last letter, then read backwards to its "<": a sheet has far fewer
 * "w"s than "<"s (docs/speed.md).
 */
export function countElements(bytes: Uint8Array, localName: string): number {
  const name = Array.from(localName, (ch) => ch.charCodeAt(0));
  const last = name[name.length - 1];
  let found = 0;
  for (let at = indexOf.call(bytes, last); at >= 0; at = indexOf.call(bytes, last, at + 1)) {
    const start = at + 1 - name.length;
    if (start < 1 || isNameByte(bytes[at + 1]) || !endsWithName(bytes, at + 1, name)) continue;
    if (bytes[start - 1] === LT || (bytes[start - 1] === COLON && prefixedTag(bytes, start - 1)))
      found++;
  }
  return found;
}

const LT = 0x3c;
const COLON = 0x3a;

/**
 * The typed array's own indexOf, even on a Node Buffer: Buffer's crosses into C++ on every call,
 * which cost more than the search over the few hundred "w"s and "i"s of a form (docs/speed.md).
 */
const { indexOf } = Uint8Array.prototype;

/** Name bytes before the colon at `colon` back to a "<": `<x:row`, not `a:row` or `< :row`. */
function prefixedTag(bytes: Uint8Array, colon: number): boolean {
  let at = colon - 1;
  while (at >= 0 && isNameByte(bytes[at])) at--;
  return at >= 0 && bytes[at] === LT;
}

/** Letters, digits, ':', '_', '-', '.': what an element's qualified name is made of here. */
const isNameByte = (b: number) =>
  (b >= 0x61 && b <= 0x7a) ||
  (b >= 0x41 && b <= 0x5a) ||
  (b >= 0x30 && b <= 0x3a) ||
  b === 0x5f ||
  b === 0x2d ||
  b === 0x2e;

function endsWithName(bytes: Uint8Array, end: number, name: number[]): boolean {
  if (end - name.length < 1) return false;
  for (let i = 0; i < name.length; i++) if (bytes[end - name.length + i] !== name[i]) return false;
  return true;
}
