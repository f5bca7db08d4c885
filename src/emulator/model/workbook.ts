import type { Area, GridSnapshot } from "../../form/grid";
import { parseLocal, splitSheet } from "./address";
import { writeInput } from "./input";
import {
  EmulatedSheet,
  type EmulatedCell,
  type EmulatedComment,
  type EmulatedName,
  type EmulatedValue,
} from "./sheet";

export interface EmulatedXmlPart {
  id: string;
  namespaceUri: string;
  xml: string;
}

/** A sheet's cells and merges as a file reader gives them (one way in for every source). */
export interface SheetContent {
  name: string;
  cells: [row: number, col: number, cell: EmulatedCell][];
  merges: Area[];
  columnWidths?: [col: number, points: number][];
  rowHeights?: [row: number, points: number][];
}

/** A change Excel reports to Worksheet.onChanged: which sheet, which cells, what kind. */
export interface CellChange {
  sheet: EmulatedSheet;
  area: Area;
  changeType:
    | "RangeEdited"
    | "RowInserted"
    | "RowDeleted"
    | "ColumnInserted"
    | "ColumnDeleted"
    | "CellInserted";
  /** What changed: cell data (the default), a comment thread, or a format (fill, rule, prompt). */
  what?: "cells" | "comments" | "formats";
  /** The host (one add-in's library) whose batch made it; absent for a person's typing. */
  by?: object;
}

/** The workbook a test seeds and inspects; the emulated Excel host reads and writes it. */
export class EmulatedWorkbook {
  readonly sheets: EmulatedSheet[] = [];
  /** Workbook.name: the file name as Excel shows it. */
  name = "工作簿1.xlsx";
  /** Workbook-scoped named items, by name as added. */
  readonly names = new Map<string, EmulatedName>();
  /** Threaded comments, each on its sheet's cell. */
  readonly comments: EmulatedComment[] = [];
  readonly customXmlParts: EmulatedXmlPart[] = [];
  /** Reads .xlsx files sent as base64 (insertWorksheetsFromBase64); the Node entry sets one. */
  parseWorkbook?: (base64: string) => Promise<SheetContent[]>;
  /** Kept by identity: deleting or moving other sheets does not change it. */
  #active: EmulatedSheet | undefined;
  #nextSheet = 1;
  #nextId = 1;
  readonly #listeners = new Set<(change: CellChange) => void>();

  constructor(sheetNames: string[] = ["Sheet1"]) {
    for (const name of sheetNames) this.addSheet(name);
  }

  sheet(name: string): EmulatedSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  sheetById(id: string): EmulatedSheet | undefined {
    return this.sheets.find((s) => s.id.toLowerCase() === id.toLowerCase());
  }

  /** The active sheet: the one last activated while it still exists, else the first visible. */
  get active(): EmulatedSheet {
    if (this.#active && this.sheets.includes(this.#active)) return this.#active;
    return this.sheets.find((s) => s.visibility === "Visible") ?? this.sheets[0];
  }

  set active(sheet: EmulatedSheet) {
    this.#active = sheet;
  }

  activeWorksheet(): EmulatedSheet {
    return this.active;
  }

  /** The active sheet's selection. */
  get selection(): { sheet: string; area: Area } | null {
    const sheet = this.active;
    return sheet ? { sheet: sheet.name, area: sheet.selection } : null;
  }

  /** Excel's worksheet ids look like GUIDs and never change; these count up. */
  addSheet(name: string, at = this.sheets.length): EmulatedSheet {
    const serial = (this.#nextSheet++).toString(16).padStart(4, "0").toUpperCase();
    const sheet = new EmulatedSheet(name, `{00000000-${serial}-0000-C000-000000000046}`);
    this.sheets.splice(at, 0, sheet);
    return sheet;
  }

  /** A fresh id for a comment, a table, a conditional format or an XML part. */
  newId(): string {
    const serial = (this.#nextId++).toString(16).padStart(12, "0").toUpperCase();
    return `{7E57A11D-0000-4000-8000-${serial}}`;
  }

  /** Seed values from the given cell down and right, stored as given (text stays text). */
  setValues(sheetName: string, topLeft: string, values: (EmulatedValue | null)[][]): void {
    const sheet = this.sheet(sheetName) ?? this.addSheet(sheetName);
    const at = parseLocal(topLeft);
    if (!at) throw new Error(`Bad address ${topLeft}`);
    values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null) sheet.setCell(at.top + r, at.left + c, { value });
      })
    );
  }

  /** Type values as a person would: "=SUM(A1:A3)" is a formula, "50%" a number (Range.values). */
  typeValues(sheetName: string, topLeft: string, values: (EmulatedValue | null)[][]): void {
    const sheet = this.sheet(sheetName) ?? this.addSheet(sheetName);
    const at = parseLocal(topLeft);
    if (!at) throw new Error(`Bad address ${topLeft}`);
    values.forEach((row, r) =>
      row.forEach((value, c) => writeInput(sheet, at.top + r, at.left + c, value, "values"))
    );
    this.changed({
      sheet,
      area: {
        ...at,
        bottom: at.top + values.length - 1,
        right: at.left + Math.max(0, ...values.map((v) => v.length)) - 1,
      },
      changeType: "RangeEdited",
    });
  }

  /** The stored values of a range, "" for empty cells. */
  values(sheetName: string, address: string): EmulatedValue[][] {
    const sheet = this.sheet(sheetName);
    const area = parseLocal(address);
    if (!sheet || !area) throw new Error(`No range ${sheetName}!${address}`);
    return Array.from({ length: area.bottom - area.top + 1 }, (_, r) =>
      Array.from(
        { length: area.right - area.left + 1 },
        (_, c) => sheet.cell(area.top + r, area.left + c)?.value ?? ""
      )
    );
  }

  /** Put a sheet read from a file (or anywhere) into a sheet: cells, merges, widths, heights. */
  loadContent(sheet: EmulatedSheet, content: SheetContent): void {
    for (const [row, col, cell] of content.cells) sheet.setCell(row, col, cell);
    sheet.merges.push(...content.merges);
    for (const [col, points] of content.columnWidths ?? []) sheet.columnWidths.set(col, points);
    for (const [row, points] of content.rowHeights ?? []) sheet.rowHeights.set(row, points);
  }

  /** Put a grid snapshot (values as given, and merges) into its sheet, making the sheet if needed. */
  loadGrid(grid: GridSnapshot): EmulatedSheet {
    const sheet = this.sheet(grid.sheet) ?? this.addSheet(grid.sheet);
    const cells: SheetContent["cells"] = [];
    grid.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null) cells.push([grid.origin.row + r, grid.origin.col + c, { value }]);
      })
    );
    this.loadContent(sheet, { name: sheet.name, cells, merges: grid.merges });
    return sheet;
  }

  /** Seed a threaded comment ("Sheet1!B7" or a cell on the active sheet). */
  addComment(address: string, content: string, author = "Emulator"): EmulatedComment {
    const { sheet: name, local } = splitSheet(address);
    const sheet = name === undefined ? this.active : this.sheet(name);
    const area = parseLocal(local);
    if (!sheet || !area) throw new Error(`Bad comment address ${address}`);
    const comment: EmulatedComment = {
      id: this.newId(),
      sheet,
      row: area.top,
      col: area.left,
      content,
      authorName: author,
      authorEmail: "",
      creationDate: new Date(0).toISOString(),
      resolved: false,
      contentType: "Plain",
      replies: [],
    };
    this.comments.push(comment);
    return comment;
  }

  commentAt(sheet: EmulatedSheet, row: number, col: number): EmulatedComment | undefined {
    return this.comments.find((c) => c.sheet === sheet && c.row === row && c.col === col);
  }

  /** Remove a sheet and what hangs on it elsewhere (its comments); names to it break (#REF!). */
  removeSheet(sheet: EmulatedSheet): void {
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    const kept = this.comments.filter((c) => c.sheet !== sheet);
    this.comments.splice(0, this.comments.length, ...kept);
  }

  /** The host whose batch action is running, so the changes it makes say who made them. */
  #writer: object | undefined;

  /**
   * Run one action of a host's batch as that host's (kept off the workbook's plain data). A
   * synchronous action gives the slot back before anything else runs: awaited, it would hold it
   * for a turn in which a person's edit (the test's next step) passed for the add-in's own.
   */
  async writing<T>(writer: object, action: () => T | Promise<T>): Promise<T> {
    this.#writer = writer;
    let result: T | Promise<T>;
    try {
      result = action();
    } finally {
      if (!isThenable(result!)) this.#writer = undefined;
    }
    if (!isThenable(result)) return result;
    try {
      return await result;
    } finally {
      this.#writer = undefined;
    }
  }

  /** Tell whoever listens (the library's onChanged plumbing, a preview grid) that cells changed. */
  changed(change: CellChange): void {
    const writer = this.#writer;
    const stamped = change.by || !writer ? change : { ...change, by: writer };
    for (const listener of this.#listeners) listener(stamped);
  }

  onChange(listener: (change: CellChange) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}

const isThenable = <T>(value: T | Promise<T>): value is Promise<T> =>
  typeof (value as { then?: unknown } | null)?.then === "function";
