import type { GridSnapshot } from "../form/grid";
import { importedSheets, type ImportedSheet } from "../form/importNaming";
import { checkFile } from "../form/report";
import { AddinError, runExcel, toAddinError } from "./errors";
import { supports, FEATURE_SETS } from "./features";
import { excelMessage, type ExcelMessageId } from "./messages";
import type { Bilingual } from "../form/locale";
import {
  fingerprint,
  nameImported,
  readImported,
  sheetsSince,
  type ImportedBook,
} from "./importNaming";

/** A workbook the person picked in the pane. */
export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

export interface ImportOutcome {
  file: string;
  inserted: boolean;
  /** The sheets it added, named after their projects (a taken name gets " (2)"). */
  sheets: string[];
  /** Why it was not inserted (or what went wrong although it was), in both languages. */
  reason?: Bilingual;
}

export interface ImportOptions {
  /** Reads an .xlsx into grids (the project's .xlsx reader); throws with a reason when it cannot. */
  readGrids: (bytes: Uint8Array, name: string) => GridSnapshot[] | Promise<GridSnapshot[]>;
  /** Called after each file, for the pane's progress bar. */
  onProgress?: (done: number, total: number, outcome: ImportOutcome) => void;
}

/** Excel on the web's request limit is 5 MB; base64 grows a file by a third. */
export const MAX_IMPORT_BYTES = 3.5 * 1024 * 1024;

const rejected = (file: string, id: ExcelMessageId, data: Record<string, string | number>) => ({
  file,
  inserted: false,
  sheets: [],
  reason: {
    zh: excelMessage(id, { file, ...data }, "zh"),
    en: excelMessage(id, { file, ...data }, "en"),
  },
});

/** A reader's reason in both languages, when it gives one (src/xlsx's WorkbookError does). */
function reasonOf(error: unknown): { zh: string; en: string } {
  if (error && typeof error === "object" && "zh" in error && "en" in error)
    return { zh: String(error.zh), en: String(error.en) };
  const text = error instanceof Error ? error.message : String(error);
  return { zh: text, en: text };
}

/** The sheets of a file that hold forms, each with the name it wants (src/form/importNaming.ts). */
interface Vetted {
  sheets: ImportedSheet[];
}

/** What a file is before Excel sees it: rejected with a reason, or the sheets that hold forms. */
async function vet(
  file: ImportFile,
  readGrids: ImportOptions["readGrids"]
): Promise<ImportOutcome | Vetted> {
  if (!/\.xls[xm]?$/i.test(file.name)) return rejected(file.name, "importNotXlsx", {});
  if (file.bytes.length > MAX_IMPORT_BYTES)
    return rejected(file.name, "importTooLarge", {
      size: (file.bytes.length / 1024 / 1024).toFixed(1),
      limit: (MAX_IMPORT_BYTES / 1024 / 1024).toFixed(1),
    });
  // The reader tells an old .xls, an encrypted workbook or a damaged file apart, in both languages.
  let grids: GridSnapshot[];
  try {
    grids = await readGrids(file.bytes, file.name);
  } catch (error) {
    const reason = reasonOf(error);
    return rejected(file.name, "importUnreadable", { reason: reason.zh, reasonEn: reason.en });
  }
  const sheets = importedSheets(checkFile(file.name, grids));
  if (sheets.length === 0) return rejected(file.name, "importNoForm", {});
  return { sheets };
}

/** Base64 without Node's Buffer: chunks keep String.fromCharCode within its argument limit. */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * Insert the form sheets of other workbooks (docs/addin.md, "Import"), so a merge can run over
 * them. Each file is checked before Excel sees it (an .xlsx, within the size limit, readable,
 * holding a form) and inserted on its own, so a bad file is reported by name and nothing of it is
 * half-inserted. Its sheets are named after their projects, and remembered by the file's
 * fingerprint, so importing the same file again never adds its sheets twice. Needs ExcelApi 1.13.
 * One sync for the workbook's sheets and earlier imports, then two a file: insert, then name.
 */
export async function importWorkbooks(
  files: readonly ImportFile[],
  options: ImportOptions
): Promise<ImportOutcome[]> {
  if (!supports("insertWorksheets")) {
    throw new AddinError("needsNewerExcel", {
      feature: "导入工作簿",
      featureEn: "Importing workbooks",
      version: FEATURE_SETS.insertWorksheets,
    });
  }
  const book = await readImported();
  const outcomes: ImportOutcome[] = [];
  for (const file of files) {
    const vetted = await vet(file, options.readGrids);
    const outcome = "file" in vetted ? vetted : await importOne(file, vetted, book);
    outcomes.push(outcome);
    options.onProgress?.(outcomes.length, files.length, outcome);
  }
  return outcomes;
}

/** One vetted file: already here (by fingerprint), or inserted, then named after its projects. */
async function importOne(file: ImportFile, vetted: Vetted, book: ImportedBook) {
  const print = await fingerprint(file.bytes);
  const already = book.imported.get(print);
  if (already) return rejected(file.name, "importAlready", { sheets: already.join("、") });
  const inserted = await insert(
    file,
    vetted.sheets.map((s) => s.sheet),
    book
  );
  if (!("ids" in inserted)) return inserted;
  const wanted = vetted.sheets.map((s) => s.wanted);
  const sheets = await nameImported(inserted.ids, wanted, print, book);
  book.imported.set(print, sheets);
  return {
    file: file.name,
    inserted: true,
    sheets,
    ...(inserted.failure ? { reason: inserted.failure } : {}),
  };
}

/**
 * One file, one request (its own all-or-nothing unit, and one step of the progress bar): its
 * form sheets go in at the end, and the sheet list is read back in the same request. When Excel
 * reports a failure, the sheet list is read again: Excel on the web may have inserted the sheets
 * all the same (OfficeDev/office-js issue 3179), and those are the file's.
 */
async function insert(
  file: ImportFile,
  sheets: string[],
  book: ImportedBook
): Promise<{ ids: string[]; failure?: Bilingual } | ImportOutcome> {
  try {
    return await runExcel("importWorkbooks", async (context) => {
      const ids = context.workbook.insertWorksheetsFromBase64(toBase64(file.bytes), {
        sheetNamesToInsert: sheets,
        positionType: Excel.WorksheetPositionType.end,
      });
      await context.sync();
      return { ids: ids.value };
    });
  } catch (error) {
    // Stryker disable next-line StringLiteral: runExcel has made any Excel error an AddinError already, which passes unchanged; only a bug of ours comes here without one
    const failure = toAddinError(error, "importWorkbooks");
    const arrived = await sheetsSince(book).catch(() => []);
    const reason = { zh: failure.text("zh"), en: failure.text("en") };
    if (arrived.length > 0) {
      return {
        ids: arrived,
        failure: {
          zh: excelMessage("importArrived", { file: file.name, reason: reason.zh }, "zh"),
          en: excelMessage("importArrived", { file: file.name, reasonEn: reason.en }, "en"),
        },
      };
    }
    return rejected(file.name, "importFailed", { reason: reason.zh, reasonEn: reason.en });
  }
}
