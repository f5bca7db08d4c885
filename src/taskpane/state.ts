import type { CheckResult, ImportOutcome, IndicatorRowTarget } from "../excel";
import type { Locale } from "../form/locale";
import type { Severity } from "../form/severity";
import type { SheetChanges } from "../form/summaryRefresh";

export type Tab = "insert" | "check" | "merge";

/** Which findings the list shows: a severity or all, a form (its key) or all. */
export interface FindingsFilter {
  severity: Severity | "all";
  form: string;
}

/** What 提交前检查 found: ready (marks cleared), or the errors standing in the way. */
export interface Readiness {
  ready: boolean;
  errors: number;
  warnings: number;
}

/** Everything the pane shows, so that a language switch re-renders the same content. */
export interface PaneState {
  locale: Locale;
  tab: Tab;
  year: string;
  unit: string;
  /** The summary's year as the person typed it; blank: the year most forms carry. */
  summaryYear: string;
  scope: "workbook" | "sheet";
  live: boolean;
  /** Set when the host cannot watch edits. */
  liveUnsupported: boolean;
  busy: boolean;
  /** The last outcome line, and whether it is an error. */
  status: { text: string; error: boolean } | null;
  check: CheckResult | null;
  filter: FindingsFilter;
  /** 应用全部安全修正 pressed: the changes are listed, waiting for the person's yes. */
  confirmingFixes: boolean;
  /** Cells the workbook's fix record can put back (撤销修正), read when the pane loads. */
  undoable: number;
  readiness: Readiness | null;
  /** The first-run card is shown until the person dismisses it. */
  firstRun: boolean;
  imports: { done: number; total: number; outcomes: ImportOutcome[] } | null;
  /** A refresh that would lose the person's writing on the summary, waiting for their answer. */
  mergeQuestion: { changes: SheetChanges[]; year?: number } | null;
  /**
   * 插入指标行: the selected form's 二级 blocks (null: the selection is in no form, or the host
   * could not say: its error), and the one chosen.
   */
  rows: { target: IndicatorRowTarget | null; chosen: number; error: unknown } | null;
}

export const ALL_FORMS = "all";

/** The pane as it opens: what the settings remember, and nothing checked, asked or running yet. */
export function initialState(
  locale: Locale,
  remembered: { year: string; unit: string; firstRun: boolean }
): PaneState {
  const { year, unit, firstRun } = remembered;
  return {
    locale,
    tab: "check",
    year,
    unit,
    // Stryker disable next-line StringLiteral: any text but digits is blank to a number field and to merge()
    summaryYear: "",
    scope: "workbook",
    live: false,
    liveUnsupported: false,
    busy: false,
    status: null,
    check: null,
    filter: { severity: "all", form: ALL_FORMS },
    confirmingFixes: false,
    undoable: 0,
    readiness: null,
    firstRun,
    imports: null,
    mergeQuestion: null,
    rows: null,
  };
}
