import { parseArea } from "./address";
import type { CellValue } from "./grid";
import type { CellInput, SheetPlan } from "./plan";

/**
 * What the add-in wrote on one of its own sheets, compactly (docs/addin.md, "Summary"): a hash of
 * each non-empty row as written. A refresh reads the sheet again and hashes its rows the same
 * way: a row whose hash is not among these holds something the person wrote (a changed cell, a
 * row typed below the table). Rows are matched as a set, so rows the person only moved, or rows
 * the person deleted, are not taken for their writing.
 */
export interface SheetFingerprint {
  rows: string[];
}

/** An own sheet as a refresh reads it: raw values (numbers as numbers), from `origin`. */
export interface OwnSheetCells {
  sheet: string;
  origin: { row: number; col: number };
  values: CellValue[][];
  /** Number formats, same shape as values, where the host read them (the summary's). */
  formats?: string[][];
}

/**
 * A row that holds the person's writing: its 0-based index and cells, as text. `added`: the cells
 * are exactly what the person added to a row the add-in wrote (without them the row is as
 * written); otherwise they are all the row's non-empty cells (an edited cell, a row of their own).
 */
export interface ChangedRow {
  row: number;
  cells: { col: number; text: string }[];
  added: boolean;
}

/**
 * A value as text, the same whichever way it was written or read: the text "12" and the number
 * 12 alike; numbers to Excel's 15 significant digits, so that Excel's floating SUM and the core's
 * exact total agree.
 */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return String(Number(value.toPrecision(15)));
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return value;
}

/** cyrb53: a 53-bit string hash, small and well spread; collisions at a few thousand rows are negligible. */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** A row's hash from its non-empty cells (column and text); null for an empty row. */
export function rowHash(
  cells: ReadonlyMap<number, CellValue> | readonly CellValue[]
): string | null {
  const parts: string[] = [];
  cells.forEach((value: CellValue, col: number) => {
    const text = cellText(value);
    if (text !== "") parts.push(`${col}\u0001${text}`);
  });
  return parts.length === 0 ? null : hash53(parts.join("\u0002"));
}

/** How a host reads back what a plan wrote: links with their text or without, formulas as results or as text. */
interface Reading {
  links: boolean;
  formulas: "result" | "text";
}

const inputValue = (input: CellInput, formulas: Reading["formulas"]): CellValue =>
  input !== null && typeof input === "object"
    ? formulas === "text"
      ? input.formula
      : (input.result ?? null)
    : input;

/** The cells a plan writes, row by row: values (a formula as its result) and links' texts. */
export function writtenRows(
  plan: SheetPlan,
  { links, formulas }: Reading = { links: true, formulas: "result" }
): Map<number, Map<number, CellValue>> {
  const rows = new Map<number, Map<number, CellValue>>();
  const put = (row: number, col: number, value: CellValue) => {
    if (value === null) return;
    if (!rows.has(row)) rows.set(row, new Map());
    rows.get(row)!.set(col, value);
  };
  for (const op of plan.ops) {
    const area = op.kind === "values" ? parseArea(op.range) : null;
    if (op.kind === "values" && area)
      op.values.forEach((line, r) =>
        line.forEach((input, c) => put(area.top + r, area.left + c, inputValue(input, formulas)))
      );
    const at = op.kind === "link" && links ? parseArea(op.cell) : null;
    if (op.kind === "link" && at) put(at.top, at.left, op.text);
  }
  return rows;
}

const sortedByColumn = (row: Map<number, CellValue>) =>
  new Map([...row.entries()].sort(([a], [b]) => a - b));

/**
 * A plan's fingerprint, each row hashed as every host may read it back: a link's cell with its
 * text (Excel) or empty (a host that keeps the link apart from the value: the emulator, the WPS
 * fake); a formula as its result, or as its text (the WPS fake, which does not calculate).
 */
export function planFingerprint(plan: SheetPlan): SheetFingerprint {
  const readings: Reading[] = [true, false].flatMap((links) =>
    (["result", "text"] as const).map((formulas) => ({ links, formulas }))
  );
  const hashes = readings.flatMap((reading) =>
    [...writtenRows(plan, reading).values()].map((row) => rowHash(sortedByColumn(row)))
  );
  return { rows: [...new Set(hashes.filter((h): h is string => h !== null))] };
}

/** The rows of a sheet read again that the add-in did not write, but for the rows `skip` names. */
export function changedRows(
  sheet: OwnSheetCells,
  print: SheetFingerprint,
  skip: ReadonlySet<number> = new Set()
): ChangedRow[] {
  const written = new Set(print.rows);
  return sheet.values.flatMap((line, r) => {
    const row = sheet.origin.row + r;
    const absolute = new Map<number, CellValue>();
    line.forEach((value, c) => absolute.set(sheet.origin.col + c, value));
    const hash = rowHash(absolute);
    if (hash === null || written.has(hash) || skip.has(row)) return [];
    return [changedRow(row, absolute, written)];
  });
}

/** The one cell the person added to a written row, if that is all; else every cell of the row. */
function changedRow(
  row: number,
  absolute: ReadonlyMap<number, CellValue>,
  written: ReadonlySet<string>
): ChangedRow {
  const cells = [...absolute.entries()]
    .map(([col, v]) => ({ col, text: cellText(v) }))
    .filter((cell) => cell.text !== "");
  const added = cells.find(({ col }) => {
    const without = new Map(absolute);
    without.delete(col);
    const rest = rowHash(without);
    return rest !== null && written.has(rest);
  });
  return added ? { row, cells: [added], added: true } : { row, cells, added: false };
}
