import { cellA1 } from "../form/address";
import { mostCommon } from "../form/mostCommon";
import { checkFile } from "../form/report";
import { uniqueSheetName } from "../form/sheetName";
import { summaryPlan, type SummaryItem } from "../form/summary";
import { queuePlan } from "./applyPlan";
import { runExcel } from "./errors";
import { capabilities } from "./features";
import { queueSnapshot, toSnapshot } from "./snapshot";

export interface MergeOptions {
  unit?: string;
  year?: number;
}

export interface Merged {
  sheet: string;
  forms: number;
  /** Set when the forms disagree on the unit or year: every value with its count. */
  disagreements: { unit?: [string, number][]; year?: [number, number][] };
}

/** The workbook-scoped name that marks the summary sheet the add-in made (hidden from the person). */
export const SUMMARY_NAME = "_PerfTargetsSummary";
const SUMMARY_SHEET = "汇总表";

/** The sheet a name's formula points at: ='汇总表'!$A$1 → 汇总表; #REF! (deleted) → null. */
export function sheetOfFormula(formula: string): string | null {
  const m = /^=(?:'((?:[^']|'')+)'|([^!'#]+))!/.exec(formula);
  if (!m) return null;
  return m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
}

/**
 * Build or refresh the unit summary from every form on every sheet (docs/addin.md, "Summary"):
 * a summary the add-in made earlier is replaced; a sheet the person made with the same name is
 * never touched (a new name is chosen). Three syncs for any number of sheets: the sheet list,
 * every sheet's cells, the summary written in one batch.
 */
export async function mergeIntoSummary(options: MergeOptions = {}): Promise<Merged> {
  return runExcel("merge", async (context) => {
    const caps = capabilities();
    const book = context.workbook;
    const sheets = book.worksheets;
    sheets.load("items/name, items/visibility");
    book.names.load("items/name, items/formula");
    await context.sync();
    const marker = book.names.items.find((n) => n.name === SUMMARY_NAME);
    const ourSheet = marker ? sheetOfFormula(marker.formula) : null;
    const sources = sheets.items.filter(
      (s) => s.name !== ourSheet && s.visibility !== Excel.SheetVisibility.veryHidden
    );
    const pending = sources.map((worksheet) => queueSnapshot(worksheet, caps));
    await context.sync();

    const file = checkFile("", pending.map(toSnapshot));
    const items: SummaryItem[] = file.forms.map((form) => ({
      record: form.record,
      findings: form.findings,
      sheet: form.sheet,
      cell: cellA1(form.area.top, form.area.left),
      source: form.sheet,
    }));
    const unit = mostCommon(items.map((i) => i.record.unit));
    const year = mostCommon(items.map((i) => i.record.year));
    // Added before the old summary goes, so the workbook always keeps a visible sheet.
    const taken = new Set(sheets.items.map((s) => s.name.toLowerCase()));
    const name = ourSheet ?? uniqueSheetName(SUMMARY_SHEET, taken);
    const worksheet = sheets.add(ourSheet ? uniqueSheetName(ourSheet, taken) : name);
    if (ourSheet) {
      sheets.getItem(ourSheet).delete();
      worksheet.name = ourSheet;
    }
    if (marker) marker.delete();
    worksheet.position = 0;
    const plan = summaryPlan(items, {
      unit: options.unit ?? unit.value,
      year: options.year ?? year.value,
      sheet: name,
    });
    queuePlan(plan, { worksheet, caps });
    book.names.add(SUMMARY_NAME, worksheet.getRange("A1")).visible = false;
    worksheet.activate();
    await context.sync();
    return {
      sheet: name,
      forms: items.length,
      disagreements: {
        ...(!options.unit && unit.counts.length > 1 ? { unit: unit.counts } : {}),
        ...(!options.year && year.counts.length > 1 ? { year: year.counts } : {}),
      },
    };
  });
}
