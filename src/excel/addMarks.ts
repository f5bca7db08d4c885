import type { Locale } from "../form/locale";
import { markLines, type CellMark } from "../form/marks";
import { localAddress } from "./addresses";
import type { Capabilities } from "./features";
import {
  isOurPrompt,
  PROMPT_TITLE,
  promptReplaced,
  VALIDATION_FIELDS,
  type LoadedValidation,
} from "./markPrompts";
import type { RecordedMark } from "./markRecord";
import {
  FORMAT_REQUEST_BYTES,
  MARK_TAG,
  markFormula,
  MESSAGE_REQUEST_BYTES,
  SHEET_REQUEST_BYTES,
  TARGET_LOAD_BYTES,
  threadGoes,
  type RecordedTexts,
  type Thread,
} from "./marks";
import { textBytes, type RequestBudget } from "./requestBudget";

const MAX_COMMENT = 2000;
const MAX_PROMPT = 255;

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
    validation.load(VALIDATION_FIELDS);
    targets.set(mark.cell, validation);
  }
  return targets;
}

/**
 * Queue the new marks' formats, each with its id loaded for the record. They go first and whole,
 * with the loads before the messages: a format is what finds a mark again should a later write
 * fail.
 */
export async function queueAddFormats(
  worksheet: Excel.Worksheet,
  marks: CellMark[],
  budget: RequestBudget
): Promise<Map<string, Excel.ConditionalFormat>> {
  if (marks.length > 0) await budget.reserve(SHEET_REQUEST_BYTES);
  const formats = new Map<string, Excel.ConditionalFormat>();
  for (const mark of marks) {
    await budget.reserve(FORMAT_REQUEST_BYTES);
    const format = worksheet
      .getRange(mark.cell)
      .conditionalFormats.add(Excel.ConditionalFormatType.custom);
    format.custom.rule.formula = markFormula(mark.severity);
    format.custom.format.fill.color = mark.fill;
    format.load("id");
    formats.set(mark.cell, format);
  }
  return formats;
}

export interface MessageContext {
  sheetId: string;
  threads: Thread[];
  targets: Map<string, Excel.DataValidation>;
  formats: Map<string, Excel.ConditionalFormat>;
  /** The sheet's marks by the old record, whose prompts go in the same write. */
  older: readonly RecordedMark[];
  /** The old record's texts: which threads go in the same write. */
  recorded: RecordedTexts;
}

/**
 * Queue each mark's message where the host can carry one: a comment (a reply in a thread that
 * stays on the cell: the person's, or an old mark's they replied in, as a cell holds one thread),
 * or before 1.10 an input prompt where the cell has none of the person's. Returns what the record
 * lists for each mark.
 */
export async function queueAddMessages(
  worksheet: Excel.Worksheet,
  marks: CellMark[],
  context: MessageContext,
  caps: Capabilities,
  locale: Locale,
  budget: RequestBudget
): Promise<RecordedMark[]> {
  const stayingThreads = new Map(
    context.threads
      // check.ts loads where every thread sits (withLocation).
      .filter((t) => !threadGoes(t, context.recorded))
      .map((t) => [localAddress(t.location!.address), t])
  );
  const recorded: RecordedMark[] = [];
  for (const mark of marks) {
    const lines = markLines(mark, locale);
    // Stryker disable next-line StringLiteral: a few newlines' bytes, within the estimate's 10–25% margin (marks.ts)
    await budget.reserve(MESSAGE_REQUEST_BYTES + 2 * textBytes(lines.join("\n")));
    const entry: RecordedMark = {
      sheet: context.sheetId,
      cell: mark.cell,
      // Stryker disable next-line OptionalChaining: check.ts queues a format for every mark just before its message
      format: context.formats.get(mark.cell)?.id,
    };
    if (caps.comments) {
      const text = `${MARK_TAG}\n${lines.join("\n")}`.slice(0, MAX_COMMENT);
      const thread = stayingThreads.get(mark.cell);
      if (thread) thread.comment.replies.add(text);
      else worksheet.comments.add(worksheet.getRange(mark.cell), text);
      entry[thread ? "reply" : "comment"] = text;
    } else entry.prompt = queuePrompt(worksheet, mark.cell, lines, context);
    recorded.push(entry);
  }
  return recorded;
}

/** Before 1.10: set the mark's prompt unless the person has one; what the record keeps of it. */
function queuePrompt(
  worksheet: Excel.Worksheet,
  cell: string,
  lines: string[],
  context: MessageContext
): RecordedMark["prompt"] {
  // Before 1.10 check.ts queues the validation of every cell it marks (queueTargets).
  const validation = context.targets.get(cell) as Excel.DataValidation & LoadedValidation;
  const older = context.older.find((m) => m.prompt && isOurPrompt(validation, m.prompt.message));
  const replaced = promptReplaced(validation, older);
  if (!replaced) return undefined;
  const message = lines.join("\n").slice(0, MAX_PROMPT);
  worksheet.getRange(cell).dataValidation.prompt = {
    showPrompt: true,
    title: PROMPT_TITLE,
    message,
  };
  return { message, ...replaced };
}
