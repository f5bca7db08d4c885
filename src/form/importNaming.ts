import type { FileReport } from "./finding";
import { uniqueSheetName } from "./sheetName";

/**
 * How an imported workbook's form sheets are named, in Excel and in WPS alike (docs/addin.md,
 * "Import"): each after its project — the first form on the sheet that names one — or, when no
 * form on it does, after the file (without .xlsx). The names are valid sheet names of at most
 * 31 characters, unique in the workbook (Excel's rules, ./sheetName.ts; WPS keeps the same).
 */
export interface ImportedSheet {
  /** The sheet's name in the imported file. */
  sheet: string;
  /** The name it wants in the workbook, before validity and uniqueness. */
  wanted: string;
}

const withoutExtension = (file: string) => file.replace(/\.(xls[xm]?|et)$/i, "");

/** The file's sheets that hold forms, in the order of their forms, each with the name it wants. */
export function importedSheets(report: FileReport): ImportedSheet[] {
  const sheets = [...new Set(report.forms.map((f) => f.sheet))];
  return sheets.map((sheet) => {
    const project = report.forms
      .find((f) => f.sheet === sheet && f.record.name?.trim())
      ?.record.name?.trim();
    return { sheet, wanted: project || withoutExtension(report.file) };
  });
}

/**
 * The names the imported sheets take: `wanted[i]` made valid and unique against `taken`
 * (lower-cased names, which each joins). A host that inserted more sheets than were wanted names
 * the rest after the last wanted.
 */
export function importedSheetNames(wanted: readonly string[], count: number, taken: Set<string>) {
  return Array.from({ length: count }, (_, i) =>
    uniqueSheetName(wanted[Math.min(i, wanted.length - 1)] ?? "表", taken)
  );
}
