import { z } from "zod/mini";
import { jsonOfXml, jsonXml } from "./xmlRecord";

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

/** The record as XML (see xmlRecord.ts). */
export function fixRecordXml(cells: readonly FixedCell[]): string {
  return jsonXml("fixes", FIX_RECORD_NAMESPACE, { version: 1, cells });
}

/** The cells of a record read back from the workbook; a part that is not ours in shape is none. */
export function parseFixRecord(xml: string): FixedCell[] {
  const parsed = FixRecord.safeParse(jsonOfXml("fixes", xml));
  return parsed.success ? parsed.data.cells : [];
}
