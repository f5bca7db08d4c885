import type { GridSnapshot } from "../form/grid";
import { checkFile } from "../form/report";
import { AddinError, runExcel, toAddinError } from "./errors";
import { supports, FEATURE_SETS } from "./features";
import { excelMessage, type ExcelMessageId } from "./messages";
import type { Bilingual } from "../form/locale";

/** A workbook the person picked in the pane. */
export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

export interface ImportOutcome {
  file: string;
  inserted: boolean;
  /** The sheets it added, as Excel named them (a taken name gets " (2)"). */
  sheets: string[];
  /** Why it was not inserted, in both languages. */
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

/** What a file is before Excel sees it: rejected with a reason, or the sheets that hold forms. */
async function vet(
  file: ImportFile,
  readGrids: ImportOptions["readGrids"]
): Promise<ImportOutcome | { sheets: string[] }> {
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
  const forms = checkFile(file.name, grids).forms;
  if (forms.length === 0) return rejected(file.name, "importNoForm", {});
  return { sheets: [...new Set(forms.map((f) => f.sheet))] };
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
 * holding a form) and inserted on its own, in one request, so a bad file is reported by name and
 * nothing of it is half-inserted. Excel picks non-clashing names. Needs ExcelApi 1.13.
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
  const outcomes: ImportOutcome[] = [];
  const inserted = new Map<ImportOutcome, string[]>();
  for (const file of files) {
    const vetted = await vet(file, options.readGrids);
    let outcome: ImportOutcome;
    if ("file" in vetted) outcome = vetted;
    else {
      const ids = await insert(file, vetted.sheets);
      outcome = Array.isArray(ids) ? { file: file.name, inserted: true, sheets: [] } : ids;
      if (Array.isArray(ids)) inserted.set(outcome, ids);
    }
    outcomes.push(outcome);
    options.onProgress?.(outcomes.length, files.length, outcome);
  }
  if (inserted.size > 0) await nameInserted(inserted);
  return outcomes;
}

/**
 * One file, one request (its own all-or-nothing unit, and one step of the progress bar): its
 * form sheets go in at the end. Returns the new sheets' ids, or the outcome saying why not.
 */
async function insert(file: ImportFile, sheets: string[]): Promise<string[] | ImportOutcome> {
  try {
    return await runExcel("importWorkbooks", async (context) => {
      const ids = context.workbook.insertWorksheetsFromBase64(toBase64(file.bytes), {
        sheetNamesToInsert: sheets,
        positionType: Excel.WorksheetPositionType.end,
      });
      await context.sync();
      return ids.value;
    });
  } catch (error) {
    const failure = toAddinError(error, "importWorkbooks");
    return rejected(file.name, "importFailed", {
      reason: failure.text("zh"),
      reasonEn: failure.text("en"),
    });
  }
}

/** The names Excel gave the inserted sheets, for every file at once: one more request. */
async function nameInserted(inserted: Map<ImportOutcome, string[]>): Promise<void> {
  await runExcel("importWorkbooks", async (context) => {
    const sheets = new Map(
      [...inserted].map(([outcome, ids]) => [
        outcome,
        ids.map((id) => context.workbook.worksheets.getItem(id).load("name")),
      ])
    );
    await context.sync();
    for (const [outcome, loaded] of sheets) outcome.sheets = loaded.map((s) => s.name);
  });
}
