import { WpsError } from "./errors";
import { XL, type WpsWorkbook, type WpsWorksheet } from "./model";

/** The workbook's sheets in order, very hidden ones too. */
export function worksheets(book: WpsWorkbook): WpsWorksheet[] {
  const all: WpsWorksheet[] = [];
  for (let i = 1; i <= book.Worksheets.Count; i++)
    all.push(book.Worksheets.Item(i) as WpsWorksheet);
  return all;
}

/** The sheet of that name, very hidden ones too, or null. */
export const findSheet = (book: WpsWorkbook, name: string): WpsWorksheet | null =>
  worksheets(book).find((s) => s.Name === name) ?? null;

export function sheetNamed(book: WpsWorkbook, name: string): WpsWorksheet {
  const sheet = findSheet(book, name);
  if (!sheet) throw new WpsError(`工作表“${name}”不存在。`, `The sheet "${name}" does not exist.`);
  return sheet;
}

/**
 * A very hidden sheet of the add-in's own (a record), added at the end. Adding a sheet activates
 * it: the person is put back on the sheet they were on.
 */
export function addHiddenSheet(book: WpsWorkbook, name: string): WpsWorksheet {
  const active = book.ActiveSheet;
  const sheet = book.Worksheets.Add(undefined, book.Worksheets.Item(book.Worksheets.Count));
  sheet.Name = name;
  sheet.Visible = XL.sheetVeryHidden;
  active.Activate();
  return sheet;
}
