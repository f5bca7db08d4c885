import type { Prompt, RecordedMark } from "./markRecord";

/**
 * Excel 2019's message carrier, the input prompt (docs/addin.md, "Marks"): what a check may set,
 * and how clear gives the person's validation back exactly. The rule and the error alert are the
 * person's: a check never writes them, so clear never touches them either, even where the person
 * changed them after the check. The prompt goes back to what it replaced only while it is still
 * ours; a prompt the person wrote over ours is theirs and stays.
 */
export const PROMPT_TITLE = "绩效目标表校验";

/** A cell's validation as loaded with "type, prompt, errorAlert, ignoreBlanks". */
export type LoadedValidation = Pick<
  Excel.DataValidation,
  "type" | "prompt" | "errorAlert" | "ignoreBlanks"
>;
export const VALIDATION_FIELDS = "type, prompt, errorAlert, ignoreBlanks";

const NO_PROMPT: Prompt = { showPrompt: false, title: "", message: "" };

/** Excel may keep line breaks as \r\n; a text compares by its lines. */
export const sameText = (a: string | null | undefined, b: string | null | undefined) =>
  (a ?? "").replace(/\r\n?/g, "\n") === (b ?? "").replace(/\r\n?/g, "\n");

const promptOf = (v: LoadedValidation): Prompt => ({ ...NO_PROMPT, ...(v.prompt ?? {}) });

/** The prompt a mark set, still as it set it. */
export const isOurPrompt = (v: LoadedValidation, message: string) =>
  // Stryker disable next-line OptionalChaining: a validation loaded with VALIDATION_FIELDS always has its prompt
  v.prompt?.title === PROMPT_TITLE && sameText(v.prompt.message, message);

/** Any prompt the person has: shown, or with a title or a message. */
const hasPrompt = (prompt: Prompt) =>
  prompt.showPrompt || prompt.message !== "" || prompt.title !== "";

/** No rule and no alert of the person's (the prompt aside): a cell never validated. */
export function untouched(v: LoadedValidation): boolean {
  const alert = v.errorAlert;
  const defaultAlert =
    !alert ||
    (alert.showAlert !== false &&
      (alert.style ?? "Stop") === "Stop" &&
      !alert.title &&
      !alert.message);
  return v.type === "None" && defaultAlert && v.ignoreBlanks !== false;
}

/**
 * What a new mark's prompt replaces on a cell: the prompt there now, or, where an older mark's
 * prompt is still there (it goes in the same write), what that one replaced. Null: the person
 * has a prompt of their own, which the mark leaves alone.
 */
export function promptReplaced(
  v: LoadedValidation,
  older: RecordedMark | undefined
): { before: Prompt; alone: boolean } | null {
  const ours = older?.prompt && isOurPrompt(v, older.prompt.message) ? older.prompt : null;
  if (ours) return { before: ours.before, alone: ours.alone };
  const before = promptOf(v);
  return hasPrompt(before) ? null : { before, alone: untouched(v) };
}

/**
 * Queue giving a recorded prompt back: nothing where the person has changed it; the whole
 * validation cleared where the cell had none and still has nothing else; else the prompt as it
 * was.
 */
export function queueRestorePrompt(
  validation: Excel.DataValidation & LoadedValidation,
  recorded: NonNullable<RecordedMark["prompt"]>
): void {
  if (!isOurPrompt(validation, recorded.message)) return;
  if (recorded.alone && untouched(validation)) validation.clear();
  else validation.prompt = recorded.before;
}
