import { readFileSync } from "node:fs";
import { extname } from "node:path";
import type { GridSnapshot } from "../form/grid";
import {
  readWorkbookKeepingText,
  readWorkbookWith,
  WorkbookError,
  type WorkbookText,
} from "../xlsx";
import { nodeText, zlibInflater } from "./inflate";
import { InputError } from "./errors";
import { readTextGrid } from "./text";

/** node:zlib and TextDecoder, native: the command line's bundle leaves fflate out (docs/speed.md). */
const readXlsx = async (path: string) =>
  readWorkbookWith(readBytes(path), { inflate: zlibInflater, decode: nodeText });

const READERS: Record<string, (path: string) => Promise<GridSnapshot[]>> = {
  ".xlsx": readXlsx,
  ".xlsm": readXlsx,
  ".txt": async (path) => [await readTextGrid(path)],
  ".tsv": async (path) => [await readTextGrid(path)],
  ".csv": async (path) => [await readTextGrid(path)],
};

export const isWorkbook = (path: string) =>
  [".xlsx", ".xlsm"].includes(extname(path).toLowerCase());

/** One read: a missing or unreadable file is an InputError naming it. */
function readBytes(path: string): Uint8Array {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new InputError(`${path}: 文件不存在或无法读取 (no such file, or it cannot be read)`);
  }
  // A plain view of the Buffer's bytes: the reader cuts each part and each name out of them, and a
  // Buffer's subarray goes through its subclass's constructor, ten times a plain one's cost
  // (docs/speed.md).
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The grids of an input file, or an InputError whose one line names the file and the reason. */
export async function loadGrids(path: string): Promise<GridSnapshot[]> {
  return (await loadInput(path, false)).grids;
}

/**
 * loadGrids, and for a workbook the XML of the parts read, from which `merge` copies its sheets
 * (src/files/sheetXml.ts): each input is read once.
 */
export async function loadKeepingText(path: string): Promise<Loaded> {
  return loadInput(path, true);
}

type Loaded = { grids: GridSnapshot[]; text?: WorkbookText };

const keepingText = async (path: string): Promise<Loaded> =>
  readWorkbookKeepingText(readBytes(path), { inflate: zlibInflater, decode: nodeText });

async function loadInput(path: string, keep: boolean): Promise<Loaded> {
  const read = READERS[extname(path).toLowerCase()];
  if (!read)
    throw new InputError(
      `${path}: 不支持的文件类型（可用 .xlsx、.xlsm、.txt、.tsv、.csv） (unsupported file type: use .xlsx, .xlsm, .txt, .tsv or .csv)`
    );
  const reader =
    keep && isWorkbook(path) ? keepingText : async (p: string) => ({ grids: await read(p) });
  try {
    return await reader(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    if (error instanceof WorkbookError)
      throw new InputError(`${path}: ${error.message}`, { cause: error });
    if ((error as NodeJS.ErrnoException).code)
      throw new InputError(`${path}: 文件不存在或无法读取 (no such file, or it cannot be read)`);
    const detail = (error as Error).message.split("\n")[0];
    throw new InputError(`${path}: 无法读取（${detail}） (cannot be read: ${detail})`);
  }
}
