import type {
  AppliedFix,
  ChangeListener,
  SelfTestResult,
  CheckOptions,
  CheckResult,
  Cleared,
  ImportFile,
  ImportOutcome,
  Inserted,
  InsertOptions,
  Merged,
  MergeOptions,
} from "../excel";
import type { Finding } from "../form/finding";
import type { Locale } from "../form/locale";

/**
 * Everything the pane can ask of Excel, as plain functions (the pane never sees an Excel
 * object): index.ts hands in the real ones from src/excel, tests hand in fakes.
 */
export interface PaneActions {
  insertTemplate(options: InsertOptions): Promise<Inserted>;
  checkSheet(name?: string, options?: CheckOptions): Promise<CheckResult>;
  checkWorkbook(options?: CheckOptions): Promise<CheckResult>;
  clearMarks(): Promise<Cleared>;
  applyFixes(findings: readonly Finding[]): Promise<AppliedFix[]>;
  mergeIntoSummary(options: MergeOptions): Promise<Merged>;
  importWorkbooks(
    files: readonly ImportFile[],
    onProgress: (done: number, total: number, outcome: ImportOutcome) => void
  ): Promise<ImportOutcome[]>;
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Tell the listener the name of a sheet a person changed; null when the host has no such event. */
  watchChanges(listener: ChangeListener): Promise<(() => Promise<void>) | null>;
  /** 自检: every Excel behaviour the add-in relies on, tried on a temporary sheet; never throws. */
  selfTest(): Promise<SelfTestResult>;
  selfTestText(result: SelfTestResult): string;
}

/** What the pane remembers: the form's year and unit per document, the language per person. */
export interface PaneSettings {
  get(key: "year" | "unit" | "locale"): string | undefined;
  set(key: "year" | "unit" | "locale", value: string): void;
}

export interface PaneEnvironment {
  locale: Locale;
  settings: PaneSettings;
  /** Offer a file to the person (the report as JSON or CSV). */
  download(name: string, type: string, content: string): void;
}
