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
  return readParts(bytes, options, null);
}

/** The text of the parts a worksheet's copy is made from, kept from the one read (docs/xlsx-reader.md). */
export interface WorkbookText {
  /** The workbook's worksheets, in its order: each part's XML and its relationships' XML. */
  sheets: { name: string; xml: string; rels: string | null }[];
  styles: string | null;
  sharedStrings: string | null;
}

/**
 * readWorkbookWith, and the XML of the parts it read: `merge` copies each sheet from this text
 * instead of opening the file a second time with ExcelJS (src/files/sheetXml.ts).
 */
export function readWorkbookKeepingText(
  bytes: Uint8Array,
  options: WorkbookReadOptions
): { grids: GridSnapshot[]; text: WorkbookText } {
  const text: WorkbookText = { sheets: [], styles: null, sharedStrings: null };
  return { grids: readParts(bytes, options, text), text };
}

function readParts(
  bytes: Uint8Array,
  options: WorkbookReadOptions,
  kept: WorkbookText | null
): GridSnapshot[] {
  if (!looksLikeZip(bytes)) throw notZipReason(bytes);
  const { inflate, decode, ...limits } = options;
  const bounded = { ...DEFAULT_LIMITS, ...limits };
  const zip = new ZipPackage(bytes, bounded, inflate, decode);
  const parts = workbookParts(zip);
  const budget = new ReadBudget(bounded);
  const styles = parts.styles ? zip.text(parts.styles) : null;
  const strings = parts.sharedStrings ? readSharedStrings(zip, parts.sharedStrings, budget) : null;
  const context: SheetContext = {
    strings: strings?.strings ?? [],
    readings: parts.styles ? numberReadings(parts.styles, styles) : [],
    date1904: parts.date1904,
    budget: { cells: 0, limit: bounded.cells },
    areaLimit: bounded.sheetArea,
  };
  if (kept) Object.assign(kept, { styles, sharedStrings: strings?.xml ?? null });
  return parts.sheets.map(({ name, part }) => {
    const bytes = zip.read(part);
    if (bytes === null)
      throw corrupt(
        `找不到工作表“${name}”的内容 (${part})`,
        `the cells of sheet "${name}" are missing (${part})`
      );
    // Rows are counted on the bytes, so a million of them is refused before one is built.
    budget.rows(countElements(bytes, "row"), name);
    const xml = zip.decode(bytes);
    kept?.sheets.push({ name, xml, rels: zip.text(relationshipsPart(part)) });
    return readWorksheet(name, part, xml, context);
  });
}

/** Where a part's relationships are: xl/worksheets/sheet1.xml → xl/worksheets/_rels/sheet1.xml.rels. */
function relationshipsPart(part: string): string {
  const slash = part.lastIndexOf("/") + 1;
  return `${part.slice(0, slash)}_rels/${part.slice(slash)}.rels`;
}

/** The shared strings, refused by their count before they are parsed. */
function readSharedStrings(
  zip: ZipPackage,
  part: string,
  budget: ReadBudget
): { strings: string[]; xml: string } | null {
  const bytes = zip.read(part);
  if (bytes === null) return null;
  budget.sharedStrings(countElements(bytes, "si"));
  const xml = zip.decode(bytes);
  return { strings: sharedStrings(part, xml), xml };
}
