import { z } from "zod/mini";

/**
 * The record of the last fixes, kept inside the workbook as a custom XML part (ExcelApi 1.5), so
 * that 撤销修正 still works after the pane is reloaded or the workbook reopened (docs/addin.md,
 * "Fixes"). One part, replaced by each batch of fixes and removed by the undo.
 */
export const FIX_RECORD_NAMESPACE = "urn:perf-targets:fix-record:1";

/** One cell a fix wrote: what it held before (formula and number format) and what was written. */
export const FixedCell = z.object({
  sheet: z.string(),
  cell: z.string(),
  code: z.string(),
  /** What to write to restore the cell: its formula, or its constant as typed. */
  before: z.union([z.string(), z.number(), z.boolean()]),
  numberFormat: z.string(),
  /** The text the fix wrote. */
  after: z.string(),
});
export type FixedCell = z.infer<typeof FixedCell>;

const FixRecord = z.object({ version: z.literal(1), cells: z.array(FixedCell) });

/**
 * The record as XML: its JSON as the root element's text. JSON never needs <, > or & outside
 * strings, so escaping those three inside strings keeps the text free of markup.
 */
export function fixRecordXml(cells: readonly FixedCell[]): string {
  const json = JSON.stringify({ version: 1, cells }).replace(
    /[<>&]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
  return `<fixes xmlns="${FIX_RECORD_NAMESPACE}">${json}</fixes>`;
}

/** The cells of a record read back from the workbook; a part that is not ours in shape is none. */
export function parseFixRecord(xml: string): FixedCell[] {
  const text = /^\s*<fixes\b[^>]*>([\s\S]*)<\/fixes>\s*$/.exec(xml)?.[1];
  if (text === undefined) return [];
  try {
    const parsed = FixRecord.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data.cells : [];
  } catch {
    return [];
  }
}
