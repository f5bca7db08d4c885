import type { GridSnapshot } from "../form/grid";
import { corrupt } from "./errors";
import { countElements, DEFAULT_LIMITS, ReadBudget, type WorkbookLimits } from "./limits";
import { workbookParts } from "./package";
import { sharedStrings } from "./sharedStrings";
import { readWorksheet, type SheetContext } from "./sheet";
import { looksLikeZip, notZipReason } from "./sniff";
import { numberReadings } from "./styles";
import { utf8Text, ZipPackage, type Inflater } from "./zip";

export { WorkbookError, type WorkbookErrorCode } from "./errors";
export {
  DEFAULT_LIMITS,
  LIMIT_NAMES,
  overLimit,
  ReadBudget,
  type LimitName,
  type WorkbookLimits,
} from "./limits";
export { fflateInflater, type Inflater } from "./zip";

/** Limits other than the defaults, and the inflater to use (fflate's unless a shell has a faster one). */
export type ReadOptions = Partial<WorkbookLimits> & { inflate?: Inflater };

/**
 * An .xlsx file's bytes → one grid snapshot a worksheet, in the workbook's order: values as the
 * person sees them (docs/xlsx-reader.md), merged areas, and formulas saved without a result.
 * Throws a WorkbookError, saying why in Chinese and English, for anything that is not a readable
 * workbook within the limits. No Node API: the task pane reads a picked file with the same code.
 */
export function readWorkbook(bytes: Uint8Array, options: ReadOptions = {}): GridSnapshot[] {
  if (!looksLikeZip(bytes)) throw notZipReason(bytes);
  const { inflate, ...limits } = options;
  const bounded = { ...DEFAULT_LIMITS, ...limits };
  const zip = new ZipPackage(bytes, bounded, inflate);
  const parts = workbookParts(zip);
  const budget = new ReadBudget(bounded);
  const context: SheetContext = {
    strings: parts.sharedStrings ? readSharedStrings(zip, parts.sharedStrings, budget) : [],
    readings: parts.styles ? numberReadings(parts.styles, zip.text(parts.styles)) : [],
    date1904: parts.date1904,
    budget: { cells: 0, limit: bounded.cells },
    areaLimit: bounded.sheetArea,
  };
  return parts.sheets.map(({ name, part }) => {
    const bytes = zip.read(part);
    if (bytes === null)
      throw corrupt(
        `找不到工作表“${name}”的内容 (${part})`,
        `the cells of sheet "${name}" are missing (${part})`
      );
    // Rows are counted on the bytes, so a million of them is refused before one is built.
    budget.rows(countElements(bytes, "row"), name);
    return readWorksheet(name, part, utf8Text(bytes), context);
  });
}

/** The shared strings, refused by their count before they are parsed. */
function readSharedStrings(zip: ZipPackage, part: string, budget: ReadBudget): string[] {
  const bytes = zip.read(part);
  if (bytes === null) return [];
  budget.sharedStrings(countElements(bytes, "si"));
  return sharedStrings(part, utf8Text(bytes));
}
