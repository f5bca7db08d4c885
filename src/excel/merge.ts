import { cellA1 } from "../form/address";
import { mostCommon } from "../form/mostCommon";
import { checkFile } from "../form/report";
import { uniqueSheetName } from "../form/sheetName";
import { summaryPlan, type SummaryItem } from "../form/summary";
import { indicatorPlan } from "../form/summaryIndicators";
import { queuePlan } from "./applyPlan";
import { runExcel } from "./errors";
import { capabilities } from "./features";
import {
  INDICATORS_NAME,
  SUMMARY_NAME,
  isOwn,
  markOwnSheet,
  queueOwnership,
  sheetOfFormula,
} from "./ownSheets";
import { readInParts } from "./readInParts";
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

export { INDICATORS_NAME, SUMMARY_NAME, sheetOfFormula } from "./ownSheets";

/** The sheets the add-in owns, in their places at the front: found again by their names' markers. */
const OWN_SHEETS = [
  { marker: SUMMARY_NAME, wanted: "汇总表" },
  { marker: INDICATORS_NAME, wanted: "指标明细" },
] as const;

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
    const own = OWN_SHEETS.map(({ marker, wanted }) => {
      const name = book.names.items.find((n) => n.name === marker);
      return { marker, wanted, name, old: name ? sheetOfFormula(name.formula) : null };
    });
    const ours = new Set(own.map((o) => o.old));
    const sources = sheets.items.filter(
      (s) => !ours.has(s.name) && s.visibility !== Excel.SheetVisibility.veryHidden
    );
    const read = await readInParts(context, sources, (worksheet) => ({
      snapshot: queueSnapshot(worksheet, caps),
      ownership: queueOwnership(worksheet),
    }));
    // A copy of a summary (its mark goes with it) is no form either.
    const pending = read
      .filter((r) => !isOwn(r.snapshot.worksheet.name, r.ownership, book.names))
      .map((r) => r.snapshot);

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
    // Added before the old sheets go, so the workbook always keeps a visible sheet.
    const taken = new Set(sheets.items.map((s) => s.name.toLowerCase()));
    const [summary, indicators] = own.map((o, position) => {
      const name = o.old ?? uniqueSheetName(o.wanted, taken);
      const worksheet = sheets.add(o.old ? uniqueSheetName(o.old, taken) : name);
      if (o.old) {
        sheets.getItem(o.old).delete();
        worksheet.name = o.old;
      }
      if (o.name) o.name.delete();
      worksheet.position = position;
      markOwnSheet(worksheet);
      book.names.add(o.marker, worksheet.getRange("A1")).visible = false;
      return { name, worksheet };
    });
    const name = summary.name;
    const plan = summaryPlan(items, {
      unit: options.unit ?? unit.value,
      year: options.year ?? year.value,
      sheet: name,
    });
    queuePlan(plan, { worksheet: summary.worksheet, caps });
    queuePlan(indicatorPlan(items, { sheet: indicators.name }), {
      worksheet: indicators.worksheet,
      caps,
    });
    summary.worksheet.activate();
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
