import { checkFile } from "../form/report";
import { uniqueSheetName } from "../form/sheetName";
import { SUMMARY_SHEETS, workbookItems } from "../form/summaryBook";
import {
  decideRefresh,
  keptSheetName,
  refreshOutcome,
  type OldOwnSheets,
  type OwnSheetKey,
  type RefreshOutcome,
  type RefreshOptions,
} from "../form/summaryRefresh";
import { queuePlan } from "./applyPlan";
import { runExcel } from "./errors";
import { capabilities, type Capabilities } from "./features";
import {
  INDICATORS_NAME,
  SUMMARY_NAME,
  isOwn,
  markOwnSheet,
  queueOwnership,
  sheetOfFormula,
  type PendingOwnership,
} from "./ownSheets";
import { readInParts } from "./readInParts";
import { queueSnapshot, toSnapshot, type PendingSnapshot } from "./snapshot";
import {
  ownCells,
  queueOwnCells,
  queueSummaryRecord,
  queueWriteSummaryRecord,
  storedFingerprints,
  type PendingOwnCells,
} from "./summaryRecord";

export type MergeOptions = RefreshOptions;

/** What a summary did, as the pane and the ribbon say it (the core decides: refreshOutcome). */
export type Merged = RefreshOutcome;

export { INDICATORS_NAME, SUMMARY_NAME, sheetOfFormula } from "./ownSheets";

/** The workbook-scoped name that marks the check sheet: findings per project and the forms left out. */
export const CHECKS_NAME = "_PerfTargetsChecks";
/** The sheets the add-in owns, in their places at the front: found again by their names' markers. */
const OWN_SHEETS = [
  { key: "summary", marker: SUMMARY_NAME, wanted: SUMMARY_SHEETS.summary },
  { key: "indicators", marker: INDICATORS_NAME, wanted: SUMMARY_SHEETS.indicators },
  { key: "checks", marker: CHECKS_NAME, wanted: SUMMARY_SHEETS.checks },
] as const;

interface OwnSheet {
  key: OwnSheetKey;
  marker: string;
  wanted: string;
  name: Excel.NamedItem | undefined;
  /** The old sheet's name, when it is still in the workbook. */
  old: string | null;
}

/**
 * Build or refresh the unit summary from every form on every sheet (docs/addin.md, "Summary"):
 * a summary the add-in made earlier is replaced, what the person wrote in its signatures carried
 * over; where they wrote anything else on it, the refresh asks first or keeps the old sheet
 * renamed (`whenChanged`). A sheet the person made with the same name is never touched (a new
 * name is chosen). Four syncs for any number of sheets: the sheet list and the fingerprints,
 * every sheet's cells with the old summary's, the summary and indicator sheets, the check sheet.
 */
export async function mergeIntoSummary(options: MergeOptions = {}): Promise<Merged> {
  return runExcel("merge", async (context) => {
    const caps = capabilities();
    const book = context.workbook;
    book.worksheets.load("items/name, items/visibility");
    book.names.load("items/name, items/formula");
    book.tables.load("items/name");
    const record = queueSummaryRecord(book);
    await context.sync();
    const own = ownSheets(book);
    const { forms, old, tables } = await readSheets(context, own, caps);
    const taken = new Set(book.worksheets.items.map((s) => s.name.toLowerCase()));
    const names = own.map((o) => o.old ?? uniqueSheetName(o.wanted, taken));
    const decided = decideRefresh(
      workbookItems(checkFile("", forms)),
      { ...options, sheets: sheetNames(names) },
      old,
      storedFingerprints(record)
    );
    if ("asked" in decided) return decided.asked;
    const { refresh, keep } = decided;
    const kept = keepOldSheets(book, own, keep, taken, tables);
    const placed = own.map((o, i) => replaceOwnSheet(book, o, i, { name: names[i], taken }));
    // The check sheet goes in a batch of its own: with a link and a fill for every finding, it
    // alone can be as large as the other two together (Excel on the web refuses a batch over 5 MB).
    const [official, table, findings] = refresh.book.plans;
    queuePlan(official, { worksheet: placed[0], caps });
    queuePlan(table, { worksheet: placed[1], caps });
    queueWriteSummaryRecord(book, record, refresh.fingerprints);
    await context.sync();
    queuePlan(findings, { worksheet: placed[2], caps });
    placed[0].activate();
    await context.sync();
    return refreshOutcome(refresh, { kept });
  });
}

const sheetNames = ([summary, indicators, checks]: string[]) => ({ summary, indicators, checks });

/** The add-in's own sheets, each with its marker name and the sheet it points at, if still there. */
function ownSheets(book: Excel.Workbook): OwnSheet[] {
  const present = new Set(book.worksheets.items.map((s) => s.name));
  return OWN_SHEETS.map(({ key, marker, wanted }) => {
    const name = book.names.items.find((n) => n.name === marker);
    const pointed = name ? sheetOfFormula(name.formula) : null;
    return { key, marker, wanted, name, old: pointed && present.has(pointed) ? pointed : null };
  });
}

type ReadItem = { worksheet: Excel.Worksheet; key?: OwnSheetKey };
type ReadPending =
  | { key: OwnSheetKey; cells: PendingOwnCells }
  | { snapshot: PendingSnapshot; ownership: PendingOwnership };

/**
 * Every form sheet's cells and the old own sheets' cells, in the same read: the old summary costs
 * no sync of its own.
 */
async function readSheets(context: Excel.RequestContext, own: OwnSheet[], caps: Capabilities) {
  const book = context.workbook;
  const ours = new Set(own.map((o) => o.old));
  const sources: ReadItem[] = book.worksheets.items
    .filter((s) => !ours.has(s.name) && s.visibility !== Excel.SheetVisibility.veryHidden)
    .map((worksheet) => ({ worksheet }));
  const olds: ReadItem[] = own
    .filter((o) => o.old !== null)
    .map((o) => ({ worksheet: book.worksheets.getItem(o.old!), key: o.key }));
  const read = await readInParts(context, [...sources, ...olds], (item): ReadPending =>
    item.key
      ? { key: item.key, cells: queueOwnCells(item.worksheet, item.key === "summary") }
      : { snapshot: queueSnapshot(item.worksheet, caps), ownership: queueOwnership(item.worksheet) }
  );
  const old: OldOwnSheets = {};
  const tables: Partial<Record<OwnSheetKey, PendingOwnCells["tables"]>> = {};
  for (const r of read)
    if ("key" in r) {
      old[r.key] = ownCells(r.cells);
      tables[r.key] = r.cells.tables;
    }
  // A copy of a summary (its mark goes with it) is no form either.
  const forms = read
    .flatMap((r) => ("snapshot" in r ? [r] : []))
    .filter((r) => !isOwn(r.snapshot.worksheet.name, r.ownership, book.names))
    .map((r) => toSnapshot(r.snapshot));
  return { forms, old, tables };
}

/**
 * The old sheets that hold the person's writing, kept under new names ("汇总表（旧）"); they keep
 * their own-sheet mark, so they are never read as forms. A kept table is renamed too: the new
 * indicator sheet's table takes its name.
 */
function keepOldSheets(
  book: Excel.Workbook,
  own: OwnSheet[],
  keep: OwnSheetKey[],
  taken: Set<string>,
  tables: Partial<Record<OwnSheetKey, Excel.TableCollection>>
): string[] {
  const tableNames = new Set(book.tables.items.map((t) => t.name.toLowerCase()));
  return own
    .filter((o) => o.old !== null && keep.includes(o.key))
    .map((o) => {
      const name = keptSheetName(o.old!, taken);
      book.worksheets.getItem(o.old!).name = name;
      // Stryker disable next-line ArrayDeclaration,OptionalChaining: a kept sheet is an old one, read with its tables above
      for (const table of tables[o.key]?.items ?? [])
        table.name = uniqueTableName(`${table.name}_旧`, tableNames);
      o.old = null;
      return name;
    });
}

function uniqueTableName(wanted: string, taken: Set<string>): string {
  let name = wanted;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${wanted}${n}`;
  // Stryker disable next-line MethodExpression: a later name of the same refresh is another table's, Y_旧 or Y_旧n with Y ≠ this X (Excel's table names are unique), so it never meets this one
  taken.add(name.toLowerCase());
  return name;
}

/**
 * A fresh sheet for one of the add-in's own, under `name`: the old one's (the old one deleted,
 * unless kept), else one no sheet has; marked by a hidden workbook name.
 */
function replaceOwnSheet(
  book: Excel.Workbook,
  own: OwnSheet,
  position: number,
  { name, taken }: { name: string; taken: Set<string> }
): Excel.Worksheet {
  const sheets = book.worksheets;
  // Added before the old sheet goes, so the workbook always keeps a visible sheet.
  const worksheet = sheets.add(own.old ? uniqueSheetName(own.old, taken) : name);
  if (own.old) {
    sheets.getItem(own.old).delete();
    worksheet.name = name;
  }
  if (own.name) own.name.delete();
  worksheet.position = position;
  markOwnSheet(worksheet);
  book.names.add(own.marker, worksheet.getRange("A1")).visible = false;
  return worksheet;
}
