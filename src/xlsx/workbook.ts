import type { GridSnapshot } from "../form/grid";
import { corrupt } from "./errors";
import { countElements, DEFAULT_LIMITS, ReadBudget, type WorkbookLimits } from "./limits";
import { workbookParts } from "./package";
import { sharedStrings } from "./sharedStrings";
import { readWorksheet, type SheetContext } from "./sheet";
import { looksLikeZip, notZipReason } from "./sniff";
import { numberReadings } from "./styles";
import { ZipPackage, type Inflater, type Utf8Decoder } from "./zip";

/** Limits other than the defaults, and how to inflate and decode the parts. */
export type WorkbookReadOptions = Partial<WorkbookLimits> & {
  inflate: Inflater;
  decode: Utf8Decoder;
};

/**
 * readWorkbook (src/xlsx/index.ts) with the inflater and decoder given: the command line passes
 * node:zlib's and TextDecoder, so that its bundle leaves fflate out (docs/speed.md).
 */
export function readWorkbookWith(bytes: Uint8Array, options: WorkbookReadOptions): GridSnapshot[] {
  if (!looksLikeZip(bytes)) throw notZipReason(bytes);
  const { inflate, decode, ...limits } = options;
  const bounded = { ...DEFAULT_LIMITS, ...limits };
  const zip = new ZipPackage(bytes, bounded, inflate, decode);
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
    return readWorksheet(name, part, zip.decode(bytes), context);
  });
}

/** The shared strings, refused by their count before they are parsed. */
function readSharedStrings(zip: ZipPackage, part: string, budget: ReadBudget): string[] {
  const bytes = zip.read(part);
  if (bytes === null) return [];
  budget.sharedStrings(countElements(bytes, "si"));
  return sharedStrings(part, zip.decode(bytes));
}
