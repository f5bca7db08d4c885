import { WpsError } from "./errors";
import type { WpsWorkbook, WpsWorksheet } from "./model";

/** The workbook's sheets in order, very hidden ones too. */
export function worksheets(book: WpsWorkbook): WpsWorksheet[] {
  const all: WpsWorksheet[] = [];
  for (let i = 1; i <= book.Worksheets.Count; i++)
    all.push(book.Worksheets.Item(i) as WpsWorksheet);
  return all;
}

export function sheetNamed(book: WpsWorkbook, name: string): WpsWorksheet {
  const sheet = worksheets(book).find((s) => s.Name === name);
  if (!sheet) throw new WpsError(`工作表“${name}”不存在。`, `The sheet "${name}" does not exist.`);
  return sheet;
}
