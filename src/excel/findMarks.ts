import type { Capabilities } from "./features";
import type { RecordedMark } from "./markRecord";
import {
  ourFormats,
  queueFormats,
  queueRecordedPrompts,
  recordedFormats,
  recordedTexts,
  type FoundMarks,
} from "./marks";
import type { RequestBudget } from "./requestBudget";

/**
 * Queue finding the old marks of one sheet (its id loaded): its formats from the loaded
 * collection, or where Excel could not load it (office-js #6827) by the ids the record lists;
 * its recorded prompts (set before 1.10, on this host or another). Comments are found by the
 * caller, per sheet or per workbook.
 */
export async function queueFindMarks(
  worksheet: Excel.Worksheet,
  formats: Excel.ConditionalFormatCollection | null,
  marks: readonly RecordedMark[],
  caps: Capabilities,
  budget: RequestBudget
): Promise<FoundMarks> {
  const own = marks.filter((m) => m.sheet === worksheet.id);
  return {
    formats: formats
      ? await ourFormats(formats, { verifyPrompts: true, budget })
      : await recordedFormats(worksheet, own, caps, budget),
    // Stryker disable next-line ArrayDeclaration: its one caller (check.ts) puts the threads it finds here
    threads: [],
    // Whatever the host: a workbook checked in Excel 2019 may be checked again in a newer Excel.
    prompts: await queueRecordedPrompts(
      worksheet,
      promptMarksToLookFor(worksheet.id, marks),
      budget
    ),
    // Texts are matched across the record: a sheet the person copied carries copies of them.
    recorded: recordedTexts(marks),
  };
}

/**
 * Sync reads that include the sheets' conditional formats; if Excel fails them (as it does where
 * two cell-value rules share a range, office-js #6827), the same reads again without the formats,
 * which are then found by the record. `queue` is given the sheets' collections or null.
 */
export async function syncTolerantOfFormats<T>(
  context: Excel.RequestContext,
  worksheets: Excel.Worksheet[],
  queue: (formats: (Excel.ConditionalFormatCollection | null)[]) => Promise<T>
): Promise<T> {
  try {
    const result = await queue(worksheets.map((w) => queueFormats(w)));
    await context.sync();
    return result;
  } catch {
    // Stryker disable next-line ArrowFunction: its one caller (unmark.ts) asks only whether a collection is there, where null and undefined agree
    const result = await queue(worksheets.map(() => null));
    await context.sync();
    return result;
  }
}

/**
 * The recorded prompts to look for on a sheet: its own. A sheet the record does not know may be a
 * person's copy of a marked one (Excel gives a copy a new id and copies its validation), so there
 * each recorded prompt is looked for at its address, once for each address and message; one that
 * is not ours there is left alone by the removal (docs/addin.md, "Clear").
 */
export function promptMarksToLookFor(
  sheetId: string,
  marks: readonly RecordedMark[]
): RecordedMark[] {
  if (marks.some((m) => m.sheet === sheetId)) return marks.filter((m) => m.sheet === sheetId);
  const seen = new Set<string>();
  return marks.filter((m) => {
    const key = m.prompt ? `${m.cell}\n${m.prompt.message}` : "";
    if (!m.prompt || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
