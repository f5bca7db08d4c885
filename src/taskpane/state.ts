import type { CheckResult, ImportOutcome } from "../excel";
import type { Locale } from "../form/locale";

export type Tab = "insert" | "check" | "merge";

/** Everything the pane shows, so that a language switch re-renders the same content. */
export interface PaneState {
  locale: Locale;
  tab: Tab;
  year: string;
  unit: string;
  scope: "workbook" | "sheet";
  live: boolean;
  /** Set when the host cannot watch edits. */
  liveUnsupported: boolean;
  busy: boolean;
  /** The last outcome line, and whether it is an error. */
  status: { text: string; error: boolean } | null;
  check: CheckResult | null;
  imports: { done: number; total: number; outcomes: ImportOutcome[] } | null;
}

export function initialState(locale: Locale, year: string, unit: string): PaneState {
  return {
    locale,
    tab: "check",
    year,
    unit,
    scope: "workbook",
    live: false,
    liveUnsupported: false,
    busy: false,
    status: null,
    check: null,
    imports: null,
  };
}
