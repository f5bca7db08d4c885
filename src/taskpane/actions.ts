import type {
  ChangeListener,
  SelfTestResult,
  CheckOptions,
  CheckResult,
  Cleared,
  FixedCell,
  ImportFile,
  ImportOutcome,
  IndicatorRowTarget,
  Inserted,
  InsertedRow,
  InsertOptions,
  Merged,
  MergeOptions,
} from "../excel";
import type { Finding } from "../form/finding";
import type { AppliedFix } from "../form/fixes";
import type { Locale } from "../form/locale";
import type { OfficeThemeColours } from "./theme";

/**
 * Everything the pane can ask of Excel, as plain functions (the pane never sees an Excel
 * object): index.ts hands in the real ones from src/excel, tests hand in fakes.
 */
export interface PaneActions {
  insertTemplate(options: InsertOptions): Promise<Inserted>;
  /** The form under the selection and its 二级 blocks; null when the selection is in no form. */
  indicatorRowTarget(): Promise<IndicatorRowTarget | null>;
  /** 插入指标行: a new row below the 二级 block holding `row` (0-based) of `sheet`. */
  insertIndicatorRow(sheet: string, row: number): Promise<InsertedRow>;
  checkSheet(name?: string, options?: CheckOptions): Promise<CheckResult>;
  checkWorkbook(options?: CheckOptions): Promise<CheckResult>;
  clearMarks(): Promise<Cleared>;
  /** Write the fixes of these findings, recording what they replace in the workbook. */
  applyFixes(findings: readonly Finding[]): Promise<AppliedFix[]>;
  /** Put back what the last fixes replaced, from the workbook's record. */
  undoFixes(): Promise<FixedCell[]>;
  /** The cells the workbook's record could put back (none: nothing to undo). */
  fixesToUndo(): Promise<FixedCell[]>;
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

/** Settings kept with the document (the form's year and unit); the others are the person's. */
export const DOCUMENT_SETTINGS = ["year", "unit"] as const;

/**
 * What the pane remembers: the form's year and unit per document; the language and whether the
 * first-run card was dismissed per person.
 */
export type SettingKey = (typeof DOCUMENT_SETTINGS)[number] | "locale" | "firstRunDone";

export interface PaneSettings {
  get(key: SettingKey): string | undefined;
  set(key: SettingKey, value: string): void;
}

export interface PaneEnvironment {
  locale: Locale;
  /** Office's theme colours, where the host gives them (Office.context.officeTheme). */
  theme?: OfficeThemeColours | null;
  settings: PaneSettings;
  /** Offer a file to the person (the report as JSON or CSV). */
  download(name: string, type: string, content: string): void;
}
