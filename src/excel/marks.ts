import type { Locale } from "../form/locale";
import { markLines, type CellMark } from "../form/marks";
import type { Severity } from "../form/severity";
import { localAddress } from "./addresses";
import type { Capabilities } from "./features";
import { textBytes, type RequestBudget } from "./requestBudget";

/**
 * The marks a check leaves, and how they are found again (docs/addin.md, "Marks"). Everything is
 * kept in the workbook itself, on the marked cells, so it survives save and reopen, moves with
 * its cell when rows are inserted, and a check by one person can be cleared by another:
 * - the fill is a conditional format whose formula carries our tag, so the cell's own fill is
 *   never written and removing the format shows exactly what was there;
 * - the message is a threaded comment (ExcelApi 1.10) whose text starts with our tag, or a reply
 *   in the person's own thread; before 1.10, the cell's data-validation input prompt, unless the
 *   cell has a prompt of its own. The format's formula records how to take the prompt away.
 */
export const MARK_TAG = "【绩效目标表校验】";
export const PROMPT_TITLE = "绩效目标表校验";
const FORMULA_TAG = "perf-targets";
const MAX_COMMENT = 2000;
const MAX_PROMPT = 255;

/** How a prompt we set is taken away: not set, clear the whole validation, or blank the prompt. */
type PromptUndo = "none" | "clear" | "blank";

export const markFormula = (severity: Severity, undo: PromptUndo) =>
  `=N("${FORMULA_TAG}:${severity}:${undo}")=0`;
const FORMULA_PATTERN = new RegExp(
  `N\\("${FORMULA_TAG}:(error|warning|info):(none|clear|blank)"\\)`
);

/**
 * What each queued action adds to a request, measured with the emulator at 500 forms (bench/run.ts,
 * "estimate over measured") and rounded up by 10–25%: the estimate must never fall short, and an
 * estimate far above the bytes splits a request that would fit (docs/addin.md, "Sync budget").
 * A mark besides its message (range, format, rule, fill, comment or prompt): 1,720–1,800 bytes;
 * what each marked sheet adds: 240–430.
 */
const MARK_REQUEST_BYTES = 2_048;
const SHEET_REQUEST_BYTES = 512;
/** Loading a thread's replies: about 745 bytes; where it sits as well: 295 more. */
const THREAD_LOAD_BYTES = 896;
const LOCATION_LOAD_BYTES = 384;
/** Loading the validation of a cell about to be marked (about 680), or of an old mark's range (about 930). */
const TARGET_LOAD_BYTES = 832;
const FORMAT_VALIDATION_LOAD_BYTES = 1_088;
/** Removing a format or a comment: about 365 bytes; clearing the prompt a mark set: about 650 more. */
const REMOVAL_BYTES = 448;
const PROMPT_REMOVAL_BYTES = 768;

const isOurs = (text: string | null | undefined) => (text ?? "").startsWith(MARK_TAG);

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
  validation?: Excel.DataValidation;
}

/**
 * Our formats among the loaded ones; with `verifyPrompts`, queue loading the prompts they set
 * (within the budget: a workbook with thousands of marks may need its loads sent in parts).
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
      await budget?.reserve(FORMAT_VALIDATION_LOAD_BYTES);
      mark.validation = format.getRange().dataValidation;
      mark.validation.load("type, prompt");
    }
    ours.push(mark);
  }
  return ours;
}

export interface Thread {
  comment: Excel.Comment;
  ours: boolean;
  replies: Excel.CommentReplyCollection;
  /** Where the thread sits, when that was asked for. */
  location?: Excel.Range;
}

/** Queue loading each thread's replies, and where it sits when `withLocation`. */
export async function queueThreads(
  comments: Excel.CommentCollection,
  { withLocation, budget }: { withLocation: boolean; budget: RequestBudget }
): Promise<Thread[]> {
  const threads: Thread[] = [];
  for (const comment of comments.items) {
    await budget.reserve(THREAD_LOAD_BYTES + (withLocation ? LOCATION_LOAD_BYTES : 0));
    const replies = comment.replies;
    replies.load("items/id, items/content");
    const thread: Thread = { comment, ours: isOurs(comment.content), replies };
    if (withLocation) {
      thread.location = comment.getLocation();
      thread.location.load("address");
    }
    threads.push(thread);
  }
  return threads;
}

/** Before 1.10: queue loading the validation of each cell about to be marked. */
export async function queueTargets(
  worksheet: Excel.Worksheet,
  marks: CellMark[],
  budget: RequestBudget
): Promise<Map<string, Excel.DataValidation>> {
  const targets = new Map<string, Excel.DataValidation>();
  for (const mark of marks) {
    await budget.reserve(TARGET_LOAD_BYTES);
    const validation = worksheet.getRange(mark.cell).dataValidation;
    validation.load("type, prompt");
    targets.set(mark.cell, validation);
  }
  return targets;
}

const promptIsOurs = (validation: Excel.DataValidation) =>
  validation.prompt?.title === PROMPT_TITLE;

const hasOwnPrompt = (validation: Excel.DataValidation) => {
  const prompt = validation.prompt;
  const any = Boolean(prompt && (prompt.showPrompt || prompt.message || prompt.title));
  return any && !promptIsOurs(validation);
};

/**
 * Queue the removal of marks: our formats go; a prompt we set is taken away as its format
 * records (the whole validation when the cell had none, else just the prompt), and when it was
 * loaded, only if it is still ours; our comments go unless someone has replied; our replies go.
 * Returns the count of cells unmarked.
 */
export async function queueRemoveMarks(
  formats: OurFormat[],
  threads: Thread[],
  budget: RequestBudget
): Promise<number> {
  for (const ours of formats) {
    await budget.reserve(REMOVAL_BYTES + (ours.undo === "none" ? 0 : PROMPT_REMOVAL_BYTES));
    const validation = ours.validation;
    if (ours.undo !== "none" && (!validation || promptIsOurs(validation))) {
      const cell = validation ?? ours.format.getRange().dataValidation;
      if (ours.undo === "clear") cell.clear();
      else cell.prompt = { showPrompt: false, title: "", message: "" };
    }
    ours.format.delete();
  }
  for (const thread of threads) {
    await budget.reserve(REMOVAL_BYTES);
    const replies = thread.replies.items;
    if (thread.ours && replies.every((reply) => isOurs(reply.content))) thread.comment.delete();
    else for (const reply of replies) if (isOurs(reply.content)) reply.delete();
  }
  return formats.length;
}

/** Queue the new marks: a conditional format each, and the message where the host can carry one. */
export async function queueAddMarks(
  worksheet: Excel.Worksheet,
  marks: CellMark[],
  context: { threads: Thread[]; targets: Map<string, Excel.DataValidation> },
  caps: Capabilities,
  locale: Locale,
  budget: RequestBudget
): Promise<void> {
  if (marks.length > 0) await budget.reserve(SHEET_REQUEST_BYTES);
  const othersThreads = new Map(
    context.threads
      .filter((t) => !t.ours && t.location)
      .map((t) => [localAddress(t.location!.address), t])
  );
  for (const mark of marks) {
    const lines = markLines(mark, locale);
    await budget.reserve(MARK_REQUEST_BYTES + textBytes(lines.join("\n")));
    const range = worksheet.getRange(mark.cell);
    const validation = caps.comments ? undefined : context.targets.get(mark.cell);
    const setsPrompt = validation !== undefined && !hasOwnPrompt(validation);
    const undo: PromptUndo = !setsPrompt
      ? "none"
      : validation.type === Excel.DataValidationType.none
        ? "clear"
        : "blank";
    // The format first, whole: it is what finds the mark again should the message after it fail.
    const format = range.conditionalFormats.add(Excel.ConditionalFormatType.custom);
    format.custom.rule.formula = markFormula(mark.severity, undo);
    format.custom.format.fill.color = mark.fill;
    if (caps.comments) {
      const text = `${MARK_TAG}\n${lines.join("\n")}`.slice(0, MAX_COMMENT);
      const thread = othersThreads.get(mark.cell);
      if (thread) thread.comment.replies.add(text);
      else worksheet.comments.add(range, text);
    } else if (setsPrompt) {
      range.dataValidation.prompt = {
        showPrompt: true,
        title: PROMPT_TITLE,
        message: lines.join("\n").slice(0, MAX_PROMPT),
      };
    }
  }
}
