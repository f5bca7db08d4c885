import type { SheetContent } from "../emulator/model/workbook";
import { readWorkbook } from "../xlsx";

/** Base64 → bytes without Node's Buffer. */
function bytesOf(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * The emulated workbook's reader for insertWorksheetsFromBase64 in the browser: src/xlsx reads the
 * file's values and merged areas (the Node emulator's ExcelJS reader also keeps formats).
 */
export async function sheetContents(base64: string): Promise<SheetContent[]> {
  return readWorkbook(bytesOf(base64)).map((grid) => {
    const cells: SheetContent["cells"] = [];
    grid.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null && value !== "")
          cells.push([grid.origin.row + r, grid.origin.col + c, { value }]);
      })
    );
    return { name: grid.sheet, cells, merges: grid.merges };
  });
}
