import type { Capabilities } from "./features";
import { promptMarksToLookFor, syncTolerantOfFormats } from "./findMarks";
import { queueRecord, queueWriteRecord, recordedMarks, type RecordedMark } from "./markRecord";
import {
  ourFormats,
  queueComments,
  queueRecordedPrompts,
  queueRemoveMarks,
  queueThreads,
  recordedFormats,
  recordedTexts,
  type OurFormat,
} from "./marks";
import { RequestBudget } from "./requestBudget";

export interface Unmarked {
  /** Cells whose marks were removed. */
  cells: number;
  sheets: number;
}

/**
 * Remove the marks of some sheets (every sheet when none are given), as the record lists them
 * (docs/addin.md, "Clear"), and take them off the record. Three syncs: the sheets, the comments
 * and the record; the marks on the sheets (once more without the formats where Excel cannot load
 * them, office-js #6827); the removal. `written` adds marks a failed check wrote but had not yet
 * recorded.
 */
export async function unmarkSheets(
  context: Excel.RequestContext,
  given: Excel.Worksheet[] | null,
  caps: Capabilities,
  written: readonly RecordedMark[] = []
): Promise<Unmarked> {
  const book = context.workbook;
  const all = given ? null : book.worksheets.load("items/name, items/id");
  for (const worksheet of given ?? []) worksheet.load("id");
  const commentSets = caps.comments ? queueCommentSets(book, given) : [];
  const record = queueRecord(book);
  await context.sync();
  const worksheets = given ?? all!.items;
  const ids = new Set(worksheets.map((w) => w.id));
  const before = recordedMarks(record);
  const everyMark = [...before, ...written];
  const marks = everyMark.filter((m) => ids.has(m.sheet));
  const found = await syncTolerantOfFormats(context, worksheets, async (collections) => {
    const budget = new RequestBudget(context);
    const perSheet = [];
    for (const [i, worksheet] of worksheets.entries()) {
      const own = marks.filter((m) => m.sheet === worksheet.id);
      const collection = collections[i];
      perSheet.push({
        collection,
        byId: collection ? [] : await recordedFormats(worksheet, own, caps, budget),
        // Whatever the host: the prompts of marks made in Excel 2019 (findMarks.ts).
        prompts: await queueRecordedPrompts(
          worksheet,
          promptMarksToLookFor(worksheet.id, everyMark),
          budget
        ),
      });
    }
    const recorded = recordedTexts(marks);
    const threads = [];
    for (const comments of commentSets)
      threads.push(...(await queueThreads(comments, { withLocation: false, budget, recorded })));
    return { perSheet, threads, recorded };
  });
  const formatsBySheet = await verifiedFormats(context, found.perSheet);
  const budget = new RequestBudget(context);
  let cells = 0;
  let sheets = 0;
  for (const [i, { prompts }] of found.perSheet.entries()) {
    const formats = formatsBySheet[i];
    const removed = await queueRemoveMarks(
      { formats, prompts, threads: [], recorded: found.recorded },
      budget
    );
    cells += removed;
    if (removed > 0) sheets++;
  }
  await queueRemoveMarks({ ...found, formats: [], prompts: [] }, budget);
  // Clearing every sheet leaves nothing listed, not even the marks of a sheet deleted since
  // (they went with it); clearing some keeps the others' marks.
  queueWriteRecord(book, record, given ? before.filter((m) => !ids.has(m.sheet)) : []);
  await context.sync();
  return { cells, sheets };
}

/**
 * The comments to look through: of given sheets (a failed check's clean-up) only theirs, as
 * another sheet may carry the same texts (a copy of the same form); else the whole workbook's.
 */
const queueCommentSets = (book: Excel.Workbook, given: Excel.Worksheet[] | null) =>
  (given?.map((w) => w.comments) ?? [book.comments]).map(queueComments);

/**
 * Our formats on each sheet. A mark made before the record set a prompt the person may have
 * retitled since, which is theirs then: its prompt is read before it goes, as a check does (one
 * more sync, only where the sheets have such marks; docs/addin.md, "Clear").
 */
async function verifiedFormats(
  context: Excel.RequestContext,
  perSheet: { collection: Excel.ConditionalFormatCollection | null; byId: OurFormat[] }[]
): Promise<OurFormat[][]> {
  const budget = new RequestBudget(context);
  const formats: OurFormat[][] = [];
  for (const { collection, byId } of perSheet)
    formats.push(collection ? await ourFormats(collection, { verifyPrompts: true, budget }) : byId);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: Office.js sends no request for a sync with nothing queued (the emulator counts what it sends); the test spares a promise
  if (budget.reserved > 0) await context.sync();
  return formats;
}
