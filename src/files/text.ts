import { readFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import type { CellValue, GridSnapshot } from "../form/grid";

/**
 * Pasted text (.txt/.tsv, tab-separated) and .csv as one grid. Values stay text: the reader
 * accepts numbers written as text, and text keeps what the user typed ("11.460").
 */
export async function readTextGrid(path: string): Promise<GridSnapshot> {
  const text = (await readFile(path, "utf8")).replace(/^\uFEFF/, "");
  const rows =
    extname(path).toLowerCase() === ".csv"
      ? parseCsv(text)
      : text.split(/\r?\n/).map((line) => line.split("\t"));
  while (rows.length > 0 && rows[rows.length - 1].every((cell) => cell === "")) rows.pop();
  const values: CellValue[][] = rows.map((row) => row.map((cell) => (cell === "" ? null : cell)));
  return {
    sheet: basename(path, extname(path)).slice(0, 31),
    origin: { row: 0, col: 0 },
    values,
    merges: [],
  };
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
