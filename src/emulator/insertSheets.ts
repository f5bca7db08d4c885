import type { GridSnapshot } from "../form/grid";
import { ExcelError } from "./errors";
import type { EmulatedWorkbook } from "./workbook";

/** Reads a workbook file sent as base64 (Node gives one built on ExcelJS; a page may give none). */
export type WorkbookParser = (base64: string) => Promise<GridSnapshot[]>;

interface InsertOptions {
  sheetNamesToInsert?: string[];
  positionType?: "None" | "Before" | "After" | "Beginning" | "End";
  relativeTo?: string;
}

/** A taken name gets " (2)", " (3)", … as Excel names a copied sheet. */
function freeName(workbook: EmulatedWorkbook, name: string): string {
  let candidate = name;
  for (let n = 2; workbook.sheet(candidate); n++)
    candidate = `${name.slice(0, 31 - ` (${n})`.length)} (${n})`;
  return candidate;
}

/**
 * Workbook.insertWorksheetsFromBase64 (ExcelApi 1.13): the chosen sheets' values and merges,
 * placed at the end by default, or at the beginning, or before or after a named sheet.
 */
export async function insertWorksheetsFromBase64(
  workbook: EmulatedWorkbook,
  parse: WorkbookParser | undefined,
  base64: string,
  options: InsertOptions = {}
): Promise<string[]> {
  if (!parse)
    throw new ExcelError("ApiNotFound", "This emulator was made without a workbook parser.", 404);
  let grids: GridSnapshot[];
  try {
    grids = await parse(base64);
  } catch {
    throw new ExcelError("InvalidArgument", "The base64 string is not a valid workbook.");
  }
  const wanted = options.sheetNamesToInsert?.length
    ? options.sheetNamesToInsert
    : grids.map((g) => g.sheet);
  const relative = options.relativeTo ? workbook.sheet(options.relativeTo) : undefined;
  if (options.relativeTo && !relative)
    throw new ExcelError("ItemNotFound", "The requested resource doesn't exist.", 404);
  const position = options.positionType ?? "End";
  let at =
    position === "Beginning"
      ? 0
      : position === "Before" && relative
        ? workbook.sheets.indexOf(relative)
        : position === "After" && relative
          ? workbook.sheets.indexOf(relative) + 1
          : workbook.sheets.length;
  const ids: string[] = [];
  for (const grid of grids.filter((g) => wanted.includes(g.sheet))) {
    const sheet = workbook.addSheet(freeName(workbook, grid.sheet));
    workbook.sheets.splice(workbook.sheets.indexOf(sheet), 1);
    workbook.sheets.splice(at++, 0, sheet);
    grid.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null) sheet.setCell(grid.origin.row + r, grid.origin.col + c, { value });
      })
    );
    sheet.merges.push(...grid.merges);
    ids.push(sheet.id);
  }
  return ids;
}
