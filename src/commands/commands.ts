import { errorText } from "../excel/errors";
import type { Locale } from "../form/locale";
import { checkOutcome, excelMessage, mergedMessage, type ExcelMessageId } from "../excel/messages";

/** What the ribbon's commands do, handed in so tests run them without Office. */
export interface CommandDeps {
  insertTemplate(): Promise<{ sheet: string; cell: string }>;
  checkWorkbook(locale: Locale): Promise<{
    report: { summary: { forms: number; errors: number; warnings: number; infos: number } };
    /** The add-in's own sheets the check left out. */
    skipped?: number;
  }>;
  mergeIntoSummary(): Promise<Parameters<typeof mergedMessage>[0]>;
  /** Show the outcome to the person (a small dialog) and resolve once it is closed. */
  showOutcome(text: string): Promise<void>;
  locale: Locale;
}

/** What the check adds for someone who has no pane open. */
const OPEN_THE_PANE = {
  zh: "问题单元格已标出，打开面板可查看全部。",
  en: "The cells are marked; open the pane for the list.",
} as const;

/** The FunctionName ids of manifest.xml's ribbon buttons. */
export const COMMAND_IDS = ["insertTemplate", "checkWorkbook", "mergeSummary"] as const;
type CommandId = (typeof COMMAND_IDS)[number];

/**
 * The three ribbon commands (manifest.xml's FunctionName ids): each runs its operation, tells
 * the person what happened or what went wrong, and always completes its event so Excel never
 * waits on a click.
 */
export function commandHandlers(
  deps: CommandDeps
): Record<CommandId, (event: { completed(): void }) => Promise<void>> {
  const say = (id: ExcelMessageId, data: Record<string, string | number>) =>
    excelMessage(id, data, deps.locale);
  const wrap = (work: () => Promise<string>) => async (event: { completed(): void }) => {
    try {
      await deps.showOutcome(await work());
    } catch (error) {
      await deps.showOutcome(errorText(error, deps.locale)).catch(() => undefined);
    } finally {
      event.completed();
    }
  };
  return {
    insertTemplate: wrap(async () => say("inserted", { ...(await deps.insertTemplate()) })),
    checkWorkbook: wrap(
      async () =>
        `${checkOutcome(await deps.checkWorkbook(deps.locale), deps.locale)}${
          deps.locale === "zh" ? "" : " "
        }${OPEN_THE_PANE[deps.locale]}`
    ),
    mergeSummary: wrap(async () => mergedMessage(await deps.mergeIntoSummary(), deps.locale)),
  };
}
