import type { Severity } from "../form/severity";
import type { Capabilities } from "./features";
import {
  PROMPT_TITLE,
  queueRestorePrompt,
  sameText,
  untouched,
  VALIDATION_FIELDS,
  type LoadedValidation,
} from "./markPrompts";
import type { RecordedMark } from "./markRecord";
import type { RequestBudget } from "./requestBudget";

/**
 * The marks a check leaves, and how they are found again (docs/addin.md, "Marks"). Everything is
 * kept in the workbook itself, so it survives save and reopen, and a check by one person can be
 * cleared by another:
 * - the fill is a conditional format whose formula carries our tag, so the cell's own fill is
 *   never written and removing the format shows exactly what was there;
 * - the message is a threaded comment (ExcelApi 1.10), or a reply in the person's own thread;
 *   before 1.10, the cell's data-validation input prompt, unless the cell has a prompt of its own;
 * - the record (markRecord.ts) lists what each mark wrote: only the comments, replies and prompts
 *   it lists are ever removed, and it finds the formats where Excel cannot load them.
 */
export const MARK_TAG = "【绩效目标表校验】";
export { PROMPT_TITLE };
const FORMULA_TAG = "perf-targets";

/**
 * How a prompt set by a mark made before the record was taken away, as its formula says; marks
 * made since say "none" and leave the prompt to the record.
 */
type PromptUndo = "none" | "clear" | "blank";

export const markFormula = (severity: Severity) => `=N("${FORMULA_TAG}:${severity}:none")=0`;
const FORMULA_PATTERN = new RegExp(
  `N\\("${FORMULA_TAG}:(error|warning|info):(none|clear|blank)"\\)`
);
export const isMarkFormula = (formula: string | null | undefined) =>
  // Stryker disable next-line StringLiteral: no text in its place would match the pattern either
  FORMULA_PATTERN.test(formula ?? "");

/**
 * What each queued action adds to a request, measured with the emulator at 500 forms (bench/run.ts,
 * "estimate over measured") and rounded up by 10–25%: an estimate far above the bytes splits a
 * request that would fit, one below eats the margin between the split and Excel's limit
 * (docs/addin.md, "Sync budget"). What a request's sheets add beside their marks (their paths, a
 * clear's load of their formats) is not estimated: the sizes below include its share at about three
 * marks a sheet, so a workbook of one mark a sheet is estimated 15–40% under what it sends.
test/excel/budgetAccuracy.test.ts keeps a check's, a re-check's and a clear's within 25%.
 * A mark's format (range, format, rule, fill, its id loaded): about 1,200 bytes; its comment or
 * prompt besides its message: about 600; what each marked sheet adds: 240–430.
 */
export const FORMAT_REQUEST_BYTES = 1_536;
export const MESSAGE_REQUEST_BYTES = 768;
export const SHEET_REQUEST_BYTES = 512;
/**
 * Loading a thread's replies: about 440 bytes, and a clear's load of each sheet's formats about
 * 840 (not estimated): 670–745 a thread at three or four marks a sheet. Where it sits: 295 more.
 */
const THREAD_LOAD_BYTES = 800;
const LOCATION_LOAD_BYTES = 384;
/** Loading the validation of a cell (about 680), or of an old mark's range (about 930). */
export const TARGET_LOAD_BYTES = 832;
const FORMAT_VALIDATION_LOAD_BYTES = 1_088;
/**
 * Removing a format or a comment: about 300 bytes, and each sheet's paths about 320: 342–357 a
 * removal at three marks a sheet (its format and its comment), 344 at four. Clearing the prompt a
 * mark set, or giving back the one it replaced: about 380 more, plus the replaced prompt's text.
 */
const REMOVAL_BYTES = 384;
const PROMPT_REMOVAL_BYTES = 448;

/** Queue loading the conditional formats of a whole sheet (ours among them). */
export function queueFormats(worksheet: Excel.Worksheet): Excel.ConditionalFormatCollection {
  const formats = worksheet.getRange().conditionalFormats;
  formats.load("items/id, items/customOrNullObject/rule/formula");
  return formats;
}

/** Queue loading a comment collection's threads (their text). */
export function queueComments(comments: Excel.CommentCollection): Excel.CommentCollection {
  comments.load("items/id, items/content");
  return comments;
}

export interface OurFormat {
  format: Excel.ConditionalFormat;
  undo: PromptUndo;
  /** The marked cell's validation, when it was loaded to check the prompt is still ours. */
  validation?: Excel.DataValidation & LoadedValidation;
  /** Reached by its recorded id without loading the sheet's formats: ours only if still tagged. */
  unconfirmed?: true;
}

/**
 * Our formats among the loaded ones; with `verifyPrompts`, queue loading the prompts set by marks
 * made before the record (within the budget: thousands of marks may need their loads in parts).
 */
export async function ourFormats(
  formats: Excel.ConditionalFormatCollection,
  { verifyPrompts, budget }: { verifyPrompts: boolean; budget?: RequestBudget }
): Promise<OurFormat[]> {
  const ours: OurFormat[] = [];
  for (const format of formats.items) {
    const custom = format.customOrNullObject;
    const match = custom.isNullObject ? null : FORMULA_PATTERN.exec(custom.rule.formula);
    if (!match) continue;
    const mark: OurFormat = { format, undo: match[2] as PromptUndo };
    if (verifyPrompts && mark.undo !== "none") {
      // Stryker disable next-line OptionalChaining: every caller verifying prompts gives a budget; the self-test's never verifies
      await budget?.reserve(FORMAT_VALIDATION_LOAD_BYTES);
      mark.validation = format.getRange().dataValidation;
      mark.validation.load(VALIDATION_FIELDS);
    }
    ours.push(mark);
  }
  return ours;
}

/**
 * Where a sheet's formats could not be loaded (office-js #6827): queue reaching each recorded
 * format by its id, with its formula, so that it is removed only if it is still there and ours.
 * Without getItemOrNullObject (before ExcelApi 1.14), a recorded format the person has deleted
 * makes the removal fail; that failure is reported, nothing else is touched.
 */
export async function recordedFormats(
  worksheet: Excel.Worksheet,
  marks: readonly RecordedMark[],
  caps: Capabilities,
  budget: RequestBudget
): Promise<OurFormat[]> {
  const collection = worksheet.getRange().conditionalFormats;
  const found: OurFormat[] = [];
  for (const id of marks.flatMap((m) => (m.format ? [m.format] : []))) {
    await budget.reserve(FORMAT_VALIDATION_LOAD_BYTES);
    const format = caps.formatsById ? collection.getItemOrNullObject(id) : collection.getItem(id);
    format.load("id, customOrNullObject/rule/formula");
    found.push({ format, undo: "none", unconfirmed: true });
  }
  return found;
}

const stillOurs = (ours: OurFormat) =>
  // Stryker disable next-line ConditionalExpression: a format found among the loaded ones matched the same pattern
  !ours.unconfirmed ||
  (!ours.format.isNullObject &&
    // Stryker disable next-line ConditionalExpression: an id reached is a rule of ours or none (ids are never reused), and ours are custom rules
    !ours.format.customOrNullObject.isNullObject &&
    isMarkFormula(ours.format.customOrNullObject.rule.formula));

export interface Thread {
  comment: Excel.Comment;
  /** A thread a mark started, by the record. */
  ours: boolean;
  replies: Excel.CommentReplyCollection;
  /** Where the thread sits, when that was asked for. */
  location?: Excel.Range;
}

/** The texts the record lists: the threads marks started and the replies they wrote. */
export interface RecordedTexts {
  comments: string[];
  replies: string[];
}

export const recordedTexts = (marks: readonly RecordedMark[]): RecordedTexts => ({
  // Stryker disable next-line ConditionalExpression: an undefined listed matches only an empty text, and Excel keeps no empty comment
  comments: marks.flatMap((m) => (m.comment === undefined ? [] : [m.comment])),
  // Stryker disable next-line ConditionalExpression: likewise, no empty reply
  replies: marks.flatMap((m) => (m.reply === undefined ? [] : [m.reply])),
});

const listed = (texts: string[], text: string | null | undefined) =>
  texts.some((t) => sameText(t, text));

/** A thread a mark started goes with the mark, unless someone has replied in it: then it stays. */
export const threadGoes = (thread: Thread, recorded: RecordedTexts) =>
  thread.ours && thread.replies.items.every((reply) => listed(recorded.replies, reply.content));

/** Queue loading each thread's replies, and where it sits when `withLocation`. */
export async function queueThreads(
  comments: Excel.CommentCollection,
  options: { withLocation: boolean; budget: RequestBudget; recorded: RecordedTexts }
): Promise<Thread[]> {
  const threads: Thread[] = [];
  for (const comment of comments.items) {
    await options.budget.reserve(
      THREAD_LOAD_BYTES + (options.withLocation ? LOCATION_LOAD_BYTES : 0)
    );
    const replies = comment.replies;
    replies.load("items/id, items/content");
    const ours = listed(options.recorded.comments, comment.content);
    const thread: Thread = { comment, ours, replies };
    if (options.withLocation) {
      thread.location = comment.getLocation();
      thread.location.load("address");
    }
    threads.push(thread);
  }
  return threads;
}

export interface RecordedPrompt {
  mark: RecordedMark & { prompt: NonNullable<RecordedMark["prompt"]> };
  validation: Excel.DataValidation;
}

/** Before 1.10: queue loading the validation of each cell whose prompt a mark set. */
export async function queueRecordedPrompts(
  worksheet: Excel.Worksheet,
  marks: readonly RecordedMark[],
  budget: RequestBudget
): Promise<RecordedPrompt[]> {
  const prompts: RecordedPrompt[] = [];
  for (const mark of marks) {
    if (!mark.prompt) continue;
    await budget.reserve(TARGET_LOAD_BYTES);
    const validation = worksheet.getRange(mark.cell).dataValidation;
    validation.load(VALIDATION_FIELDS);
    prompts.push({ mark: mark as RecordedPrompt["mark"], validation });
  }
  return prompts;
}

/** The old marks of some sheets, as found: what a removal takes away. */
export interface FoundMarks {
  formats: OurFormat[];
  threads: Thread[];
  prompts: RecordedPrompt[];
  recorded: RecordedTexts;
}

/**
 * Prompts set by marks made before the record, taken away as their formula says while still
 * ours. Their validation is loaded with the formats (ourFormats) for every mark naming an undo.
 */
function queueLegacyPrompt({ undo, validation }: OurFormat): void {
  if (validation?.prompt?.title !== PROMPT_TITLE) return;
  // "clear": the cell had no validation when marked; a rule or an alert the person has given it
  // since stays.
  if (undo === "clear" && untouched(validation)) validation.clear();
  else validation.prompt = { showPrompt: false, title: "", message: "" };
}

/**
 * Queue the removal of marks: our formats go; the threads the record lists go unless someone
 * has replied, and the replies it lists go; each recorded prompt goes back to what it replaced
 * while it is still ours. Returns the count of cells unmarked.
 */
export async function queueRemoveMarks(found: FoundMarks, budget: RequestBudget): Promise<number> {
  let removed = 0;
  for (const ours of found.formats) {
    if (!stillOurs(ours)) continue;
    await budget.reserve(REMOVAL_BYTES + (ours.undo === "none" ? 0 : PROMPT_REMOVAL_BYTES));
    queueLegacyPrompt(ours);
    ours.format.delete();
    removed++;
  }
  for (const { mark, validation } of found.prompts) {
    await budget.reserve(PROMPT_REMOVAL_BYTES);
    queueRestorePrompt(validation as Excel.DataValidation & LoadedValidation, mark.prompt);
  }
  for (const thread of found.threads) {
    await budget.reserve(REMOVAL_BYTES);
    if (threadGoes(thread, found.recorded)) thread.comment.delete();
    else
      for (const reply of thread.replies.items)
        if (listed(found.recorded.replies, reply.content)) reply.delete();
  }
  return removed;
}
