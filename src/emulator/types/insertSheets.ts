import { ExcelError, invalidArgument, itemNotFound, notEmulated } from "../errors";
import type { EmulatedSheet } from "../model/sheet";
import type { EmulatedWorkbook, SheetContent } from "../model/workbook";
import type { HostObject } from "./objects";

interface InsertOptions {
  sheetNamesToInsert?: string[];
  positionType?: "None" | "Before" | "After" | "Beginning" | "End";
  relativeTo?: string | HostObject;
}

/** A taken name gets " (2)", " (3)", … as Excel names a copied sheet, within 31 characters. */
function freeName(workbook: EmulatedWorkbook, name: string): string {
  let candidate = name;
  for (let n = 2; workbook.sheet(candidate); n++)
    candidate = `${name.slice(0, 31 - ` (${n})`.length)} (${n})`;
  return candidate;
}

function relativeSheet(
  workbook: EmulatedWorkbook,
  relativeTo: InsertOptions["relativeTo"]
): EmulatedSheet | undefined {
  if (relativeTo === undefined || relativeTo === null) return undefined;
  if (typeof relativeTo === "object" && relativeTo.kind === "worksheet") return relativeTo.sheet;
  const sheet = workbook.sheet(String(relativeTo)) ?? workbook.sheetById(String(relativeTo));
  if (!sheet) throw itemNotFound();
  return sheet;
}

/** Where the first inserted sheet goes (Excel.WorksheetPositionType); End when not said. */
function insertAt(workbook: EmulatedWorkbook, options: InsertOptions): number {
  const relative = relativeSheet(workbook, options.relativeTo);
  switch (options.positionType ?? "End") {
    case "Beginning":
      return 0;
    case "Before":
    case "After":
      if (!relative) throw invalidArgument("Before and After need relativeTo.");
      return workbook.sheets.indexOf(relative) + (options.positionType === "After" ? 1 : 0);
    case "None":
    case "End":
      return workbook.sheets.length;
  }
  throw invalidArgument();
}

/**
 * Workbook.insertWorksheetsFromBase64 (ExcelApi 1.13): the chosen sheets of another workbook —
 * values, formulas, number formats, fills, merges, widths and heights — with their names made
 * free. Returns the new sheets' ids. Nothing is inserted when the file or an option is bad.
 */
export async function insertWorksheetsFromBase64(
  workbook: EmulatedWorkbook,
  base64: unknown,
  options: InsertOptions = {}
): Promise<string[]> {
  if (!workbook.parseWorkbook)
    throw notEmulated("insertWorksheetsFromBase64 without a workbook reader");
  let contents: SheetContent[];
  try {
    contents = await workbook.parseWorkbook(String(base64 ?? ""));
  } catch {
    throw new ExcelError("InvalidArgument", "The base64 string is not a valid workbook file.");
  }
  const wanted = options.sheetNamesToInsert?.length
    ? options.sheetNamesToInsert
    : contents.map((c) => c.name);
  const chosen = contents.filter((c) =>
    wanted.some((w) => w.toLowerCase() === c.name.toLowerCase())
  );
  if (chosen.length !== wanted.length)
    throw invalidArgument("A sheet to insert is not in the workbook file.");
  let at = insertAt(workbook, options);
  return chosen.map((content) => {
    const sheet = workbook.addSheet(freeName(workbook, content.name), at++);
    workbook.loadContent(sheet, content);
    return sheet.id;
  });
}
