import {
  changedRows,
  planFingerprint,
  type ChangedRow,
  type OwnSheetCells,
  type SheetFingerprint,
} from "./sheetFingerprint";
import { summarySignature, type SummaryItem } from "./summary";
import { uniqueSheetName } from "./sheetName";
import {
  summaryBook,
  summaryOutcome,
  type SummaryBook,
  type SummaryBookOptions,
  type SummaryOutcome,
} from "./summaryBook";
import { signatureRow } from "./summarySignature";

/** The add-in's own sheets of a summary, in the order of SummaryBook's plans. */
export const OWN_SHEET_KEYS = ["summary", "indicators", "checks"] as const;
export type OwnSheetKey = (typeof OWN_SHEET_KEYS)[number];

export type SummaryFingerprints = Record<OwnSheetKey, SheetFingerprint>;
/** The own sheets a refresh found, as read before it writes. */
export type OldOwnSheets = Partial<Record<OwnSheetKey, OwnSheetCells>>;

/** An old own sheet that holds the person's writing, which a refresh would lose. */
export interface SheetChanges {
  key: OwnSheetKey;
  sheet: string;
  rows: ChangedRow[];
  /**
   * True when the sheet was made before the add-in kept fingerprints: its rows are compared with
   * the new summary's, so a row that differs may be the person's writing or a form's change.
   */
  legacy: boolean;
}

export interface Refresh {
  book: SummaryBook;
  /** What the new sheets hold, to be stored with them. */
  fingerprints: SummaryFingerprints;
  changes: SheetChanges[];
}

/**
 * A refresh of the summary, decided once for both hosts (docs/addin.md, "Summary"): the new book,
 * with what the person wrote in the old signatures carried into the new ones; and, per old sheet,
 * the rows of the person's writing it would lose otherwise. The signature row is carried, so it
 * is never among them.
 */
export function refreshSummary(
  items: SummaryItem[],
  options: SummaryBookOptions,
  old: OldOwnSheets,
  stored: Partial<SummaryFingerprints> | null
): Refresh {
  const signature = old.summary ? summarySignature(old.summary) : null;
  const book = summaryBook(items, { ...options, ...(signature ? { signature } : {}) });
  const fingerprints = {
    summary: planFingerprint(book.plans[0]),
    indicators: planFingerprint(book.plans[1]),
    checks: planFingerprint(book.plans[2]),
  };
  const changes = OWN_SHEET_KEYS.flatMap((key): SheetChanges[] => {
    const cells = old[key];
    if (!cells) return [];
    const print = stored?.[key];
    const signed = key === "summary" ? signatureRow(cells) : null;
    const skip = new Set(signed === null ? [] : [signed]);
    const rows = changedRows(cells, print ?? fingerprints[key], skip);
    return rows.length === 0 ? [] : [{ key, sheet: cells.sheet, rows, legacy: !print }];
  });
  return { book, fingerprints, changes };
}

const isFingerprint = (value: unknown): value is SheetFingerprint =>
  typeof value === "object" &&
  value !== null &&
  Array.isArray((value as SheetFingerprint).rows) &&
  (value as SheetFingerprint).rows.every((h) => typeof h === "string");

/** Stored fingerprints read back; a sheet whose entry is not in shape has none (null: none at all). */
export function parseFingerprints(value: unknown): Partial<SummaryFingerprints> | null {
  if (typeof value !== "object" || value === null) return null;
  const found: Partial<SummaryFingerprints> = {};
  for (const key of OWN_SHEET_KEYS) {
    const print = (value as Record<string, unknown>)[key];
    if (isFingerprint(print)) found[key] = { rows: print.rows };
  }
  return Object.keys(found).length === 0 ? null : found;
}

/** What to do when the old sheets hold the person's writing: ask first, replace them, or keep them renamed. */
export type WhenChanged = "ask" | "replace" | "keep";

/** What the pane and the ribbon say of a refresh, in Excel and in WPS alike. */
export interface RefreshOutcome extends SummaryOutcome {
  /** The old sheets kept under new names ("汇总表（旧）"), since they held the person's writing. */
  kept?: string[];
  /** Set when asked first and the old sheets hold the person's writing: nothing was written. */
  unsaved?: SheetChanges[];
}

/** Ask (nothing written), or the old sheets to keep under new names (none when replacing). */
export function keptOnRefresh(
  changes: readonly SheetChanges[],
  whenChanged: WhenChanged
): "ask" | OwnSheetKey[] {
  if (changes.length === 0 || whenChanged === "replace") return [];
  return whenChanged === "ask" ? "ask" : changes.map((c) => c.key);
}

/** What a merge is asked to do, in Excel and in WPS alike. */
export interface RefreshOptions {
  unit?: string;
  year?: number;
  /** When the old summary holds the person's writing: "keep" (the default) renames it and writes anew. */
  whenChanged?: WhenChanged;
}

/**
 * A refresh decided once for both hosts: the outcome to show when the person is to be asked first
 * (nothing is written then), else the new book and the old sheets to keep.
 */
export function decideRefresh(
  items: SummaryItem[],
  options: RefreshOptions & { sheets: SummaryBookOptions["sheets"] },
  old: OldOwnSheets,
  stored: Partial<SummaryFingerprints> | null
): { asked: RefreshOutcome } | { refresh: Refresh; keep: OwnSheetKey[] } {
  const { unit, year, sheets } = options;
  const refresh = refreshSummary(items, { unit, year, sheets }, old, stored);
  const keep = keptOnRefresh(refresh.changes, options.whenChanged ?? "keep");
  if (keep === "ask") return { asked: refreshOutcome(refresh, { unsaved: refresh.changes }) };
  return { refresh, keep };
}

/** The name an old sheet is kept under: "汇总表（旧）", "汇总表（旧） (2)", … */
export const keptSheetName = (old: string, taken: Set<string>) =>
  uniqueSheetName(`${old}（旧）`, taken);

export function refreshOutcome(
  refresh: Refresh,
  result: { kept: string[] } | { unsaved: SheetChanges[] }
): RefreshOutcome {
  const base = summaryOutcome(refresh.book);
  return "unsaved" in result
    ? { ...base, unsaved: result.unsaved }
    : { ...base, ...(result.kept.length ? { kept: result.kept } : {}) };
}
