import { readFileSync } from "node:fs";
import { extname } from "node:path";
import type { GridSnapshot } from "../form/grid";
import { readWorkbookWith, WorkbookError } from "../xlsx";
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
  try {
    return readFileSync(path);
  } catch {
    throw new InputError(`${path}: 文件不存在或无法读取 (no such file, or it cannot be read)`);
  }
}

/** The grids of an input file, or an InputError whose one line names the file and the reason. */
export async function loadGrids(path: string): Promise<GridSnapshot[]> {
  const reader = READERS[extname(path).toLowerCase()];
  if (!reader)
    throw new InputError(
      `${path}: 不支持的文件类型（可用 .xlsx、.xlsm、.txt、.tsv、.csv） (unsupported file type: use .xlsx, .xlsm, .txt, .tsv or .csv)`
    );
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
