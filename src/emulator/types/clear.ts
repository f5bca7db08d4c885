import type { Area } from "../../form/grid";
import { invalidArgument } from "../errors";
import { contains, overlaps, single } from "../model/address";
import type { EmulatedSheet } from "../model/sheet";
import { clearStyles } from "../model/styles";
import type { EmulatedWorkbook } from "../model/workbook";

const FORMATS = ["format", "style"];

function clearContents(sheet: EmulatedSheet, area: Area): void {
  for (const [row, col, cell] of [...sheet.storedCells(area)]) {
    const rest = { ...cell, value: "" as const };
    delete rest.formula;
    sheet.setCell(row, col, rest);
  }
}

/** Formats include number formats and merging (Excel's Clear Formats unmerges) and conditional formats. */
function clearFormats(sheet: EmulatedSheet, area: Area, conditional: boolean): void {
  clearStyles(sheet, area, FORMATS);
  for (const [row, col, cell] of [...sheet.storedCells(area)]) {
    if (cell.numberFormat === undefined && !cell.quotePrefix) continue;
    const rest = { ...cell };
    delete rest.numberFormat;
    delete rest.quotePrefix;
    sheet.setCell(row, col, rest);
  }
  const merges = sheet.merges.filter((m) => !overlaps(m, area));
  sheet.merges.splice(0, sheet.merges.length, ...merges);
  if (!conditional) return;
  const kept = sheet.conditionalFormats.filter((f) => !contains(area, f.area));
  sheet.conditionalFormats.splice(0, sheet.conditionalFormats.length, ...kept);
}

/**
 * Range.clear(applyTo), Excel.ClearApplyTo: "Contents" keeps formats, "Formats" keeps values,
 * "Hyperlinks" drops only links, "RemoveHyperlinks" drops links and formats but keeps conditional
 * formats and validation, "All" drops everything, comments and validation included (a guess:
 * the reference says "everything"; docs/emulator.md).
 */
export function clearRange(
  workbook: EmulatedWorkbook,
  sheet: EmulatedSheet,
  area: Area,
  applyTo: string
): undefined {
  switch (applyTo) {
    case "Contents":
    case "ResetContents":
      clearContents(sheet, area);
      break;
    case "Formats":
      clearFormats(sheet, area, true);
      return undefined;
    case "Hyperlinks":
      clearStyles(sheet, area, ["hyperlink"]);
      return undefined;
    case "RemoveHyperlinks":
      clearStyles(sheet, area, ["hyperlink"]);
      clearFormats(sheet, area, false);
      return undefined;
    case "All":
      clearContents(sheet, area);
      clearFormats(sheet, area, true);
      clearStyles(sheet, area, ["hyperlink", "dataValidation"]);
      for (const comment of [...workbook.comments])
        if (comment.sheet === sheet && contains(area, single(comment.row, comment.col)))
          workbook.comments.splice(workbook.comments.indexOf(comment), 1);
      break;
    default:
      throw invalidArgument();
  }
  workbook.changed({ sheet, area, changeType: "RangeEdited" });
  return undefined;
}
