/**
 * A sheet plan: declarative edits that an adapter applies in one batch. The core decides
 * everything (what goes where, how it looks); adapters only translate these ops.
 * Ranges are A1 addresses on the plan's sheet ("A1:E1", "C9").
 */

/**
 * A formula is written as its text, with the leading "=". Its result, when given, is stored with
 * it for viewers that show a file without calculating it (previews, some mobile apps); Excel
 * recalculates and may ignore it.
 */
export type CellInput =
  string | number | boolean | null | { formula: string; result?: number | string };

export type Color = `#${string}`;

export interface CellFormat {
  fill?: Color;
  font?: { bold?: boolean; size?: number; color?: Color; name?: string };
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "middle" | "bottom";
  wrap?: boolean;
  numberFormat?: string;
  /** Thin borders on every edge of every cell in the range. */
  border?: "thin";
}

/**
 * An input prompt: what Excel and WPS show beside a selected cell (a data validation's input
 * message). Excel keeps at most 32 characters of title and 255 of message.
 */
export interface InputHint {
  title: string;
  message: string;
}

export type PlanOp =
  /** Values (and formulas) for a block; the range's shape equals the array's. null leaves a cell as it is. */
  | { kind: "values"; range: string; values: CellInput[][] }
  | { kind: "merge"; range: string }
  /** A merged area split back into its cells (to merge it again over more rows). */
  | { kind: "unmerge"; range: string }
  /**
   * Whole rows inserted at the rows of a range ("15:15"): the rows there and below move down,
   * nothing is written over. Later ops address the sheet as it is after the insertion.
   */
  | { kind: "insertRows"; range: string }
  | { kind: "format"; range: string; format: CellFormat }
  /** A drop-down list (data validation), with its input prompt. */
  | { kind: "list"; range: string; items: string[]; hint?: InputHint }
  /** An input prompt on cells that take any value (a data validation of no rule). */
  | { kind: "hint"; range: string; hint: InputHint }
  /** A cell note (the yellow comment), used for findings and hints. */
  | { kind: "note"; cell: string; text: string }
  /** A link to a cell on another sheet of the same workbook. */
  | { kind: "link"; cell: string; sheet: string; target: string; text: string }
  /** Widths in Excel character units, starting at column A. */
  | { kind: "columnWidths"; widths: number[] }
  /** Heights in points for the rows of a range. */
  | { kind: "rowHeight"; range: string; height: number }
  | { kind: "freeze"; rows: number; columns: number }
  /** A table a reviewer can sort and filter: its first row holds the headers. */
  | { kind: "filter"; range: string; name?: string }
  | {
      kind: "print";
      paper: "A4";
      orientation: "portrait" | "landscape";
      /** Shrink to one page wide. */
      fitToWidth: boolean;
      area?: string;
      /** Rows repeated at the top of each printed page, e.g. "1:3". */
      titleRows?: string;
    };

export interface SheetPlan {
  sheet: string;
  ops: PlanOp[];
}

/** One op of a given kind. */
export type PlanOpOf<K extends PlanOp["kind"]> = Extract<PlanOp, { kind: K }>;

/**
 * What every applier (ExcelJS in src/files/, Office.js in src/excel/) provides: one handler per
 * op kind. Typing an applier as this map makes a new op kind fail to compile until it is handled.
 */
export type PlanOpHandlers<Target> = {
  [K in PlanOp["kind"]]: (target: Target, op: PlanOpOf<K>) => void;
};
