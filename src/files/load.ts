import { access } from "node:fs/promises";
import { extname } from "node:path";
import type { GridSnapshot } from "../form/grid";
import { InputError } from "./errors";
import { readTextGrid } from "./text";
import { readWorkbookGrids } from "./xlsxRead";

const READERS: Record<string, (path: string) => Promise<GridSnapshot[]>> = {
  ".xlsx": readWorkbookGrids,
  ".xlsm": readWorkbookGrids,
  ".txt": async (path) => [await readTextGrid(path)],
  ".tsv": async (path) => [await readTextGrid(path)],
  ".csv": async (path) => [await readTextGrid(path)],
};

export const isWorkbook = (path: string) =>
  [".xlsx", ".xlsm"].includes(extname(path).toLowerCase());

/** The grids of an input file, or an InputError whose one line names the file and the reason. */
export async function loadGrids(path: string): Promise<GridSnapshot[]> {
  const reader = READERS[extname(path).toLowerCase()];
  if (!reader)
    throw new InputError(`${path}: 不支持的文件类型（可用 .xlsx、.xlsm、.txt、.tsv、.csv）`);
  try {
    await access(path);
  } catch {
    throw new InputError(`${path}: 文件不存在或无法读取`);
  }
  try {
    return await reader(path);
  } catch (error) {
    throw new InputError(`${path}: 无法读取（${(error as Error).message.split("\n")[0]}）`);
  }
}
