import type { GridSnapshot } from "../form/grid";
import { corrupt, WorkbookError } from "./errors";
import { DEFAULT_LIMITS, type WorkbookLimits } from "./limits";
import { workbookParts } from "./package";
import { sharedStrings } from "./sharedStrings";
import { readWorksheet, type SheetContext } from "./sheet";
import { looksLikeZip, notZipReason } from "./sniff";
import { numberReadings } from "./styles";
import { ZipPackage, type Inflater } from "./zip";

export { WorkbookError, type WorkbookErrorCode } from "./errors";
export { DEFAULT_LIMITS, type WorkbookLimits } from "./limits";
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
  const context: SheetContext = {
    strings: parts.sharedStrings
      ? sharedStrings(parts.sharedStrings, zip.text(parts.sharedStrings))
      : [],
    readings: parts.styles ? numberReadings(parts.styles, zip.text(parts.styles)) : [],
    date1904: parts.date1904,
    budget: { cells: 0, limit: bounded.cells },
    areaLimit: bounded.sheetArea,
  };
  return parts.sheets.map(({ name, part }) => {
    const xml = zip.text(part);
    if (xml === null)
      throw corrupt(
        `找不到工作表“${name}”的内容 (${part})`,
        `the cells of sheet "${name}" are missing (${part})`
      );
    return readWorksheet(name, part, xml, context);
  });
}

/** True for the errors readWorkbook throws on purpose (anything else is a bug to report). */
export const isWorkbookError = (error: unknown): error is WorkbookError =>
  error instanceof WorkbookError;
