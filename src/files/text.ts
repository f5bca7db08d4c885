import { open } from "node:fs/promises";
import { basename, extname } from "node:path";
import type { CellValue, GridSnapshot } from "../form/grid";
import { safeSheetName } from "../form/sheetName";
import { DEFAULT_LIMITS, overLimit, ReadBudget, type WorkbookLimits } from "../xlsx";

export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "gb18030";

/**
 * The encoding of a text file, read from its bytes, never from its name: a byte-order mark first
 * (UTF-8, and UTF-16 as Excel's "Unicode text" writes it); UTF-16 without one by its zero bytes;
 * then UTF-8 if the bytes are valid UTF-8 (GBK text practically never is); else GB18030, the
 * superset of GBK and GB2312 that Chinese Windows saves by default.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const marked = byteOrderMark(bytes);
  // TextDecoder drops the BOM of its own encoding.
  if (marked) return { text: new TextDecoder(marked).decode(bytes), encoding: marked };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    // Not UTF-8. GB18030 comes from Node's ICU (full-icu, as official builds ship): 7.7 MB of
    // GBK decodes in about 20 ms, so no decoding library is needed.
    return { text: new TextDecoder("gb18030").decode(bytes), encoding: "gb18030" };
  }
}

/** A byte-order mark, or UTF-16 without one told by its zero bytes (ASCII's high bytes). */
function byteOrderMark(bytes: Uint8Array): TextEncoding | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  const zeros = zeroBytes(bytes.subarray(0, 4096));
  if (zeros.odd > zeros.pairs / 4 && zeros.even === 0) return "utf-16le";
  if (zeros.even > zeros.pairs / 4 && zeros.odd === 0) return "utf-16be";
  return null;
}

function zeroBytes(bytes: Uint8Array): { even: number; odd: number; pairs: number } {
  let even = 0;
  let odd = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0) i % 2 === 0 ? even++ : odd++;
  return { even, odd, pairs: Math.floor(bytes.length / 2) };
}

/**
 * Pasted text (.txt/.tsv, tab-separated) and .csv as one grid. Values stay text: the reader
 * accepts numbers written as text, and text keeps what the user typed ("11.460").
 */
export async function readTextGrid(
  path: string,
  limits: WorkbookLimits = DEFAULT_LIMITS
): Promise<GridSnapshot> {
  const bytes = await readBounded(path, limits.textBytes);
  return textGrid(
    bytes,
    basename(path, extname(path)),
    extname(path).toLowerCase() === ".csv",
    limits
  );
}

/**
 * A text file's bytes as one grid named after the file; refused with a WorkbookError naming the
 * limit when it holds too much.
 */
export function textGrid(
  bytes: Uint8Array,
  name: string,
  csv: boolean,
  limits: WorkbookLimits = DEFAULT_LIMITS
): GridSnapshot {
  if (bytes.length > limits.textBytes) throw overLimit("textBytes", limits.textBytes);
  const { text } = decodeText(bytes);
  // Lines are counted before any is split: a million of them is refused before a row is built.
  new ReadBudget(limits).rows(lineCount(text), null);
  const rows = csv ? parseCsv(text) : text.split(/\r?\n/).map((line) => line.split("\t"));
  while (rows.length > 0 && rows[rows.length - 1].every((cell) => cell === "")) rows.pop();
  const cells = rows.reduce((n, row) => n + row.length, 0);
  if (cells > limits.cells) throw overLimit("cells", limits.cells);
  const values: CellValue[][] = rows.map((row) => row.map((cell) => (cell === "" ? null : cell)));
  return {
    sheet: safeSheetName(name),
    origin: { row: 0, col: 0 },
    values,
    merges: [],
  };
}

/** The file's bytes, refused by its size before any is read (a 640 MB .txt costs nothing). */
async function readBounded(path: string, limit: number): Promise<Uint8Array> {
  const handle = await open(path, "r");
  try {
    const { size } = await handle.stat();
    if (size > limit) throw overLimit("textBytes", limit);
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/** Lines as the reader will split them (a line break inside quotes counts too: an upper bound). */
function lineCount(text: string): number {
  let lines = 1;
  for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) lines++;
  return lines;
}

/** RFC 4180: quoted fields may hold commas, line breaks and doubled quotes. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === "") quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}
