import { importedSheetNames } from "../form/importNaming";
import { runExcel } from "./errors";
import { sheetOfFormula } from "./ownSheets";

/**
 * What an import needs to know of the workbook: its sheets' ids and names (lower-cased, taken),
 * and the files imported before, by fingerprint, with the sheets they brought that still exist.
 */
export interface ImportedBook {
  ids: Set<string>;
  taken: Set<string>;
  imported: Map<string, string[]>;
  /** Names of earlier imports whose sheet the person deleted (#REF!): replaced when re-imported. */
  broken: Set<string>;
}

/**
 * Each imported sheet is remembered by a hidden workbook-scoped name, _PerfTargetsImport_<file
 * fingerprint>_<n>, pointing at its A1: it follows a rename, and breaks (#REF!) when the person
 * deletes the sheet, so a deleted import may be imported again.
 */
const IMPORT_NAME = "_PerfTargetsImport_";

/** The first 16 hex digits of the file's SHA-256 (Web Crypto, in every host the add-in runs in). */
export async function fingerprint(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes.slice()));
  return [...digest.slice(0, 8)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** One sync: the sheets, and the names of earlier imports. */
export async function readImported(): Promise<ImportedBook> {
  return runExcel("importWorkbooks", async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name, items/id");
    const names = context.workbook.names;
    names.load("items/name, items/formula");
    await context.sync();
    const imported = new Map<string, string[]>();
    const broken = new Set<string>();
    for (const n of names.items) {
      const match = new RegExp(`^${IMPORT_NAME}([0-9a-f]+)_\\d+$`).exec(n.name);
      const sheet = match ? sheetOfFormula(n.formula) : null;
      if (match && sheet) imported.set(match[1], [...(imported.get(match[1]) ?? []), sheet]);
      // Stryker disable next-line ConditionalExpression: a name not ours never equals the import name it is looked up by
      else if (match) broken.add(n.name);
    }
    return {
      ids: new Set(sheets.items.map((s) => s.id)),
      taken: new Set(sheets.items.map((s) => s.name.toLowerCase())),
      imported,
      broken,
    };
  });
}

/** The ids of sheets that are not in `book` yet, in workbook order: what a failed insert left. */
export async function sheetsSince(book: ImportedBook): Promise<string[]> {
  return runExcel("importWorkbooks", async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/id");
    await context.sync();
    return sheets.items.map((s) => s.id).filter((id) => !book.ids.has(id));
  });
}

/**
 * One sync: each new sheet named after its project (valid, at most 31 characters, unique) and
 * remembered under the file's fingerprint. Each first takes a temporary name, so that no rename
 * clashes with the name Excel gave a sibling, which is never read.
 */
export async function nameImported(
  ids: string[],
  wanted: string[],
  print: string,
  book: ImportedBook
): Promise<string[]> {
  return runExcel("importWorkbooks", async (context) => {
    const worksheets = ids.map((id) => context.workbook.worksheets.getItem(id));
    ids.forEach((id) => book.ids.add(id));
    const names = importedSheetNames(wanted, ids.length, book.taken);
    worksheets.forEach((w, i) => (w.name = `~${i + 1}~${print}`));
    worksheets.forEach((w, i) => {
      w.name = names[i];
      const key = `${IMPORT_NAME}${print}_${i + 1}`;
      if (book.broken.delete(key)) context.workbook.names.getItem(key).delete();
      context.workbook.names.add(key, w.getRange("A1")).visible = false;
    });
    await context.sync();
    return names;
  });
}
