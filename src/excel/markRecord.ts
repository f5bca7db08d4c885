import { z } from "zod/mini";
import { jsonOfXml, jsonXml } from "./xmlRecord";

/**
 * What each check marked, kept in the workbook as a custom XML part (ExcelApi 1.5; docs/addin.md,
 * "Marks"): clear and the next check remove exactly what it lists, whoever runs them, after a
 * reload or a reopen. A person's comment is never ours, whatever its text; a conditional format
 * is found by its id where Excel cannot load a sheet's formats (office-js #6827).
 */
export const MARK_RECORD_NAMESPACE = "urn:perf-targets:marks:1";

const Prompt = z.object({ showPrompt: z.boolean(), title: z.string(), message: z.string() });
export type Prompt = z.infer<typeof Prompt>;

/** One marked cell: its sheet (by id, which survives renames), the cell, and what was written. */
const RecordedMark = z.object({
  sheet: z.string(),
  cell: z.string(),
  /** The conditional format's id. */
  format: z.optional(z.string()),
  /** The text of the thread the mark started, or of its reply in the person's own thread. */
  comment: z.optional(z.string()),
  reply: z.optional(z.string()),
  /**
   * Before comments (Excel 2019): the input prompt the mark set, the prompt it replaced, and
   * whether the cell had no validation at all (then clear may take the whole validation away).
   */
  prompt: z.optional(z.object({ message: z.string(), before: Prompt, alone: z.boolean() })),
});
export type RecordedMark = z.infer<typeof RecordedMark>;

const MarkRecord = z.object({ version: z.literal(1), marks: z.array(RecordedMark) });

export const markRecordXml = (marks: readonly RecordedMark[]) =>
  jsonXml("marks", MARK_RECORD_NAMESPACE, { version: 1, marks });

/** The marks of a record read back; a part that is not ours in shape lists none. */
export function parseMarkRecord(xml: string | null | undefined): RecordedMark[] {
  const parsed = MarkRecord.safeParse(jsonOfXml("marks", xml ?? ""));
  return parsed.success ? parsed.data.marks : [];
}

export interface PendingRecord {
  part: Excel.CustomXmlPart;
  xml: OfficeExtension.ClientResult<string>;
}

/** Queue reading the record with an operation's first read: no sync of its own. */
export function queueRecord(book: Excel.Workbook): PendingRecord {
  const part = book.customXmlParts.getByNamespace(MARK_RECORD_NAMESPACE).getOnlyItemOrNullObject();
  part.load("id");
  // On a null object (no record yet) the call fails nothing and answers nothing: its value is
  // read only where the part exists (the self-test's record.readWrite tries it in Excel).
  return { part, xml: part.getXml() };
}

/** The marks a synced record lists. */
export const recordedMarks = (pending: PendingRecord) =>
  pending.part.isNullObject ? [] : parseMarkRecord(pending.xml.value);

/** Queue the record anew: replaced, added, or, with nothing to list, removed from the workbook. */
export function queueWriteRecord(
  book: Excel.Workbook,
  pending: PendingRecord,
  marks: readonly RecordedMark[]
): void {
  const exists = !pending.part.isNullObject;
  if (marks.length === 0) {
    if (exists) pending.part.delete();
  } else if (exists) pending.part.setXml(markRecordXml(marks));
  else book.customXmlParts.add(markRecordXml(marks));
}
