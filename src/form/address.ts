import type { Area } from "./grid";

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnName(col: number): string {
  let name = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

/** "AA" → 26. Returns -1 when the text is not a column name. */
export function columnIndex(name: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(name)) return -1;
  let n = 0;
  for (const ch of name.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Absolute 0-based (row, col) → "B7". */
export function cellA1(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

/** An area → "A1:E3", or "A1" for a single cell. */
export function areaA1(area: Area): string {
  const start = cellA1(area.top, area.left);
  const end = cellA1(area.bottom, area.right);
  return start === end ? start : `${start}:${end}`;
}

/**
 * "Sheet1!$A$1:E3", "B7" or "A:E"-less forms → an Area. A sheet prefix and $ signs are ignored.
 * Returns null for anything that is not a cell or cell range address.
 */
export function parseArea(address: string): Area | null {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(local.trim());
  if (!m) return null;
  const top = Number(m[2]) - 1;
  const left = columnIndex(m[1]);
  const bottom = m[4] ? Number(m[4]) - 1 : top;
  const right = m[3] ? columnIndex(m[3]) : left;
  if (top < 0 || bottom < 0) return null;
  return {
    top: Math.min(top, bottom),
    left: Math.min(left, right),
    bottom: Math.max(top, bottom),
    right: Math.max(left, right),
  };
}

/**
 * A sheet name as Excel writes it in a formula, link or address: bare when it is made of letters
 * (any script), digits, "_" and "." and could not be read as anything else; else quoted.
 */
export function sheetRef(sheet: string): string {
  return needsQuotes(sheet) ? quotedSheet(sheet) : sheet;
}

/** A sheet name in quotes, its own apostrophes doubled: 'My Sheet', 'O''Brien'. Always valid. */
export function quotedSheet(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

const MAX_ROW = 1048576;
const MAX_COLUMN = 16383; // XFD

function needsQuotes(name: string): boolean {
  if (!/^[\p{L}\p{N}_.]+$/u.test(name) || /^[\p{N}.]/u.test(name)) return true;
  // A name that reads as a cell (A1, xfd1048576) or as an R1C1 reference (R, C5, R2C3) is quoted.
  const a1 = /^([A-Za-z]{1,3})(\d+)$/.exec(name);
  if (a1 && columnIndex(a1[1]) <= MAX_COLUMN && Number(a1[2]) >= 1 && Number(a1[2]) <= MAX_ROW)
    return true;
  // So is a name Excel would read as a boolean.
  return /^([Rr]\d*)?([Cc]\d*)?$/.test(name) || /^(true|false)$/i.test(name);
}
