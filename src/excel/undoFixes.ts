import { AddinError, runExcel } from "./errors";
import { FIX_RECORD_NAMESPACE, parseFixRecord, type FixedCell } from "./fixRecord";

/** Read the workbook's fix record: its parts (to delete) and the cells it lists. Two syncs. */
async function readRecord(context: Excel.RequestContext) {
  const records = context.workbook.customXmlParts.getByNamespace(FIX_RECORD_NAMESPACE);
  records.load("items/id");
  await context.sync();
  const xml = records.items.map((part) => part.getXml());
  await context.sync();
  return { records, cells: xml.flatMap((x) => parseFixRecord(x.value)) };
}

/** The cells the last fixes changed, from the record in the workbook: what 撤销修正 would restore. */
export async function fixesToUndo(): Promise<FixedCell[]> {
  return runExcel("undoFixes", async (context) => (await readRecord(context)).cells);
}

/**
 * Put back exactly what the last fixes replaced, each cell's formula or constant and its number
 * format, from the record kept in the workbook, then forget the record (docs/addin.md, "Fixes").
 * All or none: a cell the person edited since the fix is never overwritten. Four syncs.
 */
export async function undoFixes(): Promise<FixedCell[]> {
  return runExcel("undoFixes", async (context) => {
    const { records, cells } = await readRecord(context);
    if (cells.length === 0) throw new AddinError("nothingToUndo", {});
    const sheets = context.workbook.worksheets;
    const ranges = cells.map((c) => sheets.getItem(c.sheet).getRange(c.cell).load("values"));
    await context.sync();
    const edited = cells.filter((c, i) => String(ranges[i].values[0][0] ?? "") !== c.after);
    if (edited.length > 0) {
      throw new AddinError("undoStale", {
        count: edited.length,
        cells: edited.map((c) => `${c.sheet}!${c.cell}`).join(", "),
      });
    }
    cells.forEach((c, i) => {
      ranges[i].numberFormat = [[c.numberFormat]];
      ranges[i].formulas = [[c.before]];
    });
    records.items.forEach((part) => part.delete());
    await context.sync();
    return cells;
  });
}
