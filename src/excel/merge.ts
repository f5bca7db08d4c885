import { checkFile } from "../form/report";
import { uniqueSheetName } from "../form/sheetName";
import {
  SUMMARY_SHEETS,
  summaryBook,
  summaryOutcome,
  workbookItems,
  type SummaryOutcome,
} from "../form/summaryBook";
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

/** What a summary did, as the pane and the ribbon say it (the core decides: summaryOutcome). */
export type Merged = SummaryOutcome;

export { INDICATORS_NAME, SUMMARY_NAME, sheetOfFormula } from "./ownSheets";

/** The workbook-scoped name that marks the check sheet: findings per project and the forms left out. */
export const CHECKS_NAME = "_PerfTargetsChecks";
/** The sheets the add-in owns, in their places at the front: found again by their names' markers. */
const OWN_SHEETS = [
  { marker: SUMMARY_NAME, wanted: SUMMARY_SHEETS.summary },
  { marker: INDICATORS_NAME, wanted: SUMMARY_SHEETS.indicators },
  { marker: CHECKS_NAME, wanted: SUMMARY_SHEETS.checks },
] as const;

/**
 * Build or refresh the unit summary from every form on every sheet (docs/addin.md, "Summary"):
 * a summary the add-in made earlier is replaced; a sheet the person made with the same name is
 * never touched (a new name is chosen). Four syncs for any number of sheets: the sheet list,
 * every sheet's cells, the summary and indicator sheets, the check sheet.
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
    const items = workbookItems(file);
    // Added before the old sheets go, so the workbook always keeps a visible sheet.
    const taken = new Set(sheets.items.map((s) => s.name.toLowerCase()));
    const placed = own.map((o, position) => replaceOwnSheet(book, o, position, taken));
    const [summary, indicators, checks] = placed;
    const plan = summaryBook(items, {
      ...options,
      sheets: { summary: summary.name, indicators: indicators.name, checks: checks.name },
    });
    // The check sheet goes in a batch of its own: with a link and a fill for every finding, it
    // alone can be as large as the other two together (Excel on the web refuses a batch over 5 MB).
    const [official, table, findings] = plan.plans;
    queuePlan(official, { worksheet: summary.worksheet, caps });
    queuePlan(table, { worksheet: indicators.worksheet, caps });
    await context.sync();
    queuePlan(findings, { worksheet: checks.worksheet, caps });
    summary.worksheet.activate();
    await context.sync();
    return summaryOutcome(plan);
  });
}

interface OwnSheet {
  marker: string;
  wanted: string;
  name: Excel.NamedItem | undefined;
  old: string | null;
}

/**
 * A fresh sheet for one of the add-in's own: under the old one's name when there was one (the old
 * one deleted), else under a name no sheet has; marked by a hidden workbook name.
 */
function replaceOwnSheet(
  book: Excel.Workbook,
  own: OwnSheet,
  position: number,
  taken: Set<string>
): { name: string; worksheet: Excel.Worksheet } {
  const sheets = book.worksheets;
  const name = own.old ?? uniqueSheetName(own.wanted, taken);
  const worksheet = sheets.add(own.old ? uniqueSheetName(own.old, taken) : name);
  if (own.old) {
    sheets.getItem(own.old).delete();
    worksheet.name = own.old;
  }
  if (own.name) own.name.delete();
  worksheet.position = position;
  markOwnSheet(worksheet);
  book.names.add(own.marker, worksheet.getRange("A1")).visible = false;
  return { name, worksheet };
}
