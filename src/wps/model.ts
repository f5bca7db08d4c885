/**
 * The part of WPS 表格's object model (`window.Application`, docs/wps.md) that the WPS host uses,
 * and nothing more. Kingsoft's own typings (et-jsapi-declare) declare the whole model as globals;
 * these small interfaces keep the globals out of every other layer, and
 * test/wps/etTypings.check.ts proves that the real model satisfies them, member by member.
 * The model is synchronous and VBA-like: every call answers at once, there is no batch to sync.
 */

export interface WpsApplication {
  readonly Version: string;
  readonly OperatingSystem: string;
  readonly ActiveWorkbook: WpsWorkbook;
  readonly ActiveWindow: WpsWindow;
  /** The selected cell of the active sheet. */
  readonly ActiveCell: WpsRange;
  ScreenUpdating: boolean;
}

/**
 * What WPS adds for add-ins beside the spreadsheet's model: the change event, task panes and
 * dialogs (docs/wps.md). `window.Application` is both.
 */
export interface WpsAddinRoot extends WpsApplication {
  readonly ApiEvent: {
    AddApiEventListener(
      event: "SheetChange",
      callback: (sheet: WpsWorksheet, range: object) => void
    ): void;
    RemoveApiEventListener(
      event: "SheetChange",
      callback?: (sheet: WpsWorksheet, range: object) => void
    ): void;
  };
  CreateTaskPane(url: string, title?: string): { Visible: boolean; readonly ID: number };
  GetTaskPane(id: number): { Visible: boolean };
  ShowDialog(url: string, title?: string, width?: number, height?: number, isModal?: boolean): void;
  readonly PluginStorage: {
    setItem(key: string, value: string): void;
    getItem(key: string): string;
  };
}

/** Frozen panes belong to the window showing the active sheet, not to the sheet. */
export interface WpsWindow {
  FreezePanes: boolean;
  SplitRow: number;
  SplitColumn: number;
}

export interface WpsWorkbook {
  readonly Name: string;
  readonly Worksheets: WpsSheets;
  readonly ActiveSheet: WpsWorksheet;
  readonly Names: WpsNames;
}

export interface WpsSheets {
  readonly Count: number;
  /** 1-based index or name; the model types it loosely, so callers narrow with `asWorksheet`. */
  Item(index: string | number): object;
  Add(before?: unknown, after?: unknown, count?: number, type?: number): WpsWorksheet;
}

export interface WpsWorksheet {
  readonly Application: { readonly ActiveWindow: WpsWindow };
  Name: string;
  readonly Index: number;
  /** xlSheetVisible (-1), xlSheetHidden (0), xlSheetVeryHidden (2). */
  Visible: number;
  readonly UsedRange: WpsRange;
  readonly Cells: WpsRange;
  readonly Comments: { readonly Count: number; Item(index: number): WpsComment };
  readonly Names: WpsNames;
  Range(cell1: string): WpsRange;
  Activate(): void;
  Delete(): void;
  Move(before?: unknown, after?: unknown): void;
  readonly PageSetup: WpsPageSetup;
}

export interface WpsRange {
  /** A 2-D array for a block, a single value for one cell. */
  Value2: unknown;
  Formula: string;
  NumberFormat: string;
  readonly Row: number;
  readonly Column: number;
  readonly Rows: { readonly Count: number };
  readonly Columns: { readonly Count: number };
  /** true, false, or null when the range is partly merged. */
  readonly MergeCells: boolean | null;
  readonly MergeArea: WpsRange;
  Address(rowAbsolute?: boolean, columnAbsolute?: boolean): string;
  Merge(across?: boolean): void;
  UnMerge(): void;
  /** The whole rows of the range (Range.EntireRow). */
  readonly EntireRow: WpsRange;
  /** Insert cells here, shifting the others (XL.shiftDown); formats come from above by default. */
  Insert(shift?: number, copyOrigin?: number): unknown;
  readonly Interior: { Color: unknown; Pattern: unknown };
  readonly Font: { Bold: boolean; Size: number; Color: number; Name: string | undefined };
  HorizontalAlignment: number | boolean;
  VerticalAlignment: number | boolean;
  WrapText: boolean;
  ColumnWidth: number;
  RowHeight: number;
  readonly Borders: { LineStyle: number | boolean; Weight: number };
  readonly Validation: WpsValidation;
  readonly Comment: WpsComment | null;
  AddComment(text?: string): WpsComment;
  readonly FormatConditions: WpsFormatConditions;
  readonly Hyperlinks: {
    Add(
      anchor: WpsRange,
      address: string,
      subAddress?: string,
      tip?: string,
      text?: string
    ): unknown;
  };
  Select(): unknown;
  AutoFilter(): unknown;
  ClearContents(): unknown;
}

export interface WpsComment {
  Text(text?: string): string;
  Delete(): void;
  /** The cell the comment sits on. */
  readonly Parent: unknown;
}

export interface WpsValidation {
  Add(type: number, alertStyle?: number, operator?: number, formula1?: string): void;
  Delete(): void;
  InputMessage: string;
  InputTitle: string;
  ShowInput: boolean;
  InCellDropdown: boolean;
}

export interface WpsFormatConditions {
  readonly Count: number;
  /** The model types a condition as any: callers read only these members. */
  Item(index: number): WpsFormatCondition;
  Add(type: number, operator?: unknown, formula1?: unknown): WpsFormatCondition;
}

export interface WpsFormatCondition {
  readonly Formula1: string;
  /** The cells the condition covers. */
  readonly AppliesTo: WpsRange;
  readonly Interior: { Color: unknown };
  Delete(): void;
}

export interface WpsNames {
  readonly Count: number;
  Item(index: number | string): WpsName;
  Add(name?: string, refersTo?: unknown, visible?: boolean): WpsName;
}

export interface WpsName {
  readonly Name: string;
  readonly RefersTo: string | boolean;
  Visible: boolean;
  Delete(): void;
}

export interface WpsPageSetup {
  PaperSize: number;
  Orientation: number;
  Zoom: boolean | number;
  FitToPagesWide: boolean | number;
  FitToPagesTall: boolean | number;
  PrintArea: string;
  PrintTitleRows: string;
}

/** The model's constants this host uses, by their VBA names (the typings' Enum values). */
export const XL = {
  sheetVisible: -1,
  sheetVeryHidden: 2,
  expression: 2,
  validateInputOnly: 0,
  validateList: 3,
  alertStop: 1,
  between: 1,
  continuous: 1,
  thin: 2,
  left: -4131,
  center: -4108,
  right: -4152,
  top: -4160,
  bottom: -4107,
  paperA4: 9,
  portrait: 1,
  landscape: 2,
  patternNone: -4142,
  shiftDown: -4121,
} as const;
