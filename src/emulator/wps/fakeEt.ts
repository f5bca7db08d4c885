import { areaA1, cellA1, parseArea } from "../../form/address";
import type { Area } from "../../form/grid";
import type {
  WpsApplication,
  WpsComment,
  WpsFormatCondition,
  WpsName,
  WpsRange,
  WpsWindow,
  WpsWorkbook,
  WpsWorksheet,
} from "../../wps/model";

/**
 * A small in-memory WPS 表格 for tests and the preview: the members of src/wps/model.ts, behaving
 * as WPS's documentation and VBA's describe them (docs/wps.md, "Tests"):
 * - Value2 is a bare value for one cell and a 2-D array (rows of columns) for a block;
 * - text written with a leading apostrophe is stored as that text without it, and text that
 *   reads as a number is stored as the number (what typing it does);
 * - MergeCells is true, false, or null for a partly merged range; MergeArea is the whole area;
 * - UsedRange spans every cell holding a value or a format (A1 on an empty sheet);
 * - Range.Comment is null on a cell without one; AddComment on a commented cell fails;
 * - colours are BGR numbers;
 * - ApiEvent's SheetChange follows every change of cell values, the add-in's own writes too (as
 *   VBA's Worksheet.Change does), with the sheet and the range;
 * - turning ScreenUpdating back on repaints (`onRepaint`: the preview redraws its grid there).
 * Everything it records is inspectable, for tests that compare workbooks before and after.
 */
export interface FakeCell {
  value?: string | number | boolean;
  /**
   * Written as a formula (text starting with "=", no apostrophe). The fake does not calculate:
   * `value` keeps the formula's text; the preview computes it for the grid (src/preview/wpsWorkbook.ts).
   */
  formula?: true;
  numberFormat?: string;
  fill?: number;
  comment?: string;
  /** type: VBA's XlDVType (0 prompts only, 3 a list). */
  validation?: {
    type: number;
    formula1: string;
    inputTitle: string;
    inputMessage: string;
    showInput: boolean;
  };
  format?: Record<string, unknown>;
}

export interface FakeCondition {
  area: Area;
  formula: string;
  color?: unknown;
}

type SheetChangeListener = (sheet: WpsWorksheet, range: object) => void;

/** The application with the add-in part the host uses in WPS: the change event. */
export type FakeApplication = WpsApplication & {
  readonly ApiEvent: {
    AddApiEventListener(event: "SheetChange", callback: SheetChangeListener): void;
    RemoveApiEventListener(event: "SheetChange", callback?: SheetChangeListener): void;
  };
};

export class FakeSheet {
  cells = new Map<string, FakeCell>();
  merges: Area[] = [];
  conditions: FakeCondition[] = [];
  /** Names scoped to this sheet (WPS lists them as Sheet!Name, as Excel does). */
  names: { name: string; refersTo: string; visible: boolean }[] = [];
  visible = -1;
  /** What Range.Select last selected on the sheet. */
  selection?: Area;
  constructor(public name: string) {}

  cell(row: number, col: number, create = false): FakeCell | undefined {
    const key = `${row},${col}`;
    let cell = this.cells.get(key);
    if (!cell && create) this.cells.set(key, (cell = {}));
    return cell;
  }
}

export class FakeEt {
  sheets: FakeSheet[] = [new FakeSheet("Sheet1")];
  names: { name: string; refersTo: string; visible: boolean }[] = [];
  /** The active sheet itself, so sheets added or removed before it never move it. */
  active: FakeSheet = this.sheets[0];
  screenUpdatingOffWrites = 0;
  window: WpsWindow = { FreezePanes: false, SplitRow: 0, SplitColumn: 0 };
  /** Called when screen updating comes back on, where WPS repaints the workbook. */
  onRepaint: () => void = () => undefined;
  private screenUpdating = true;
  private listeners = new Set<SheetChangeListener>();

  get application(): FakeApplication {
    const self = this;
    return {
      Version: "12.1 (fake)",
      OperatingSystem: "Linux (fake)",
      ApiEvent: {
        AddApiEventListener: (_event, callback) => void self.listeners.add(callback),
        RemoveApiEventListener: (_event, callback) =>
          callback ? void self.listeners.delete(callback) : self.listeners.clear(),
      },
      get ActiveWorkbook() {
        return self.workbook();
      },
      get ActiveWindow() {
        return self.window;
      },
      get ActiveCell() {
        // The active sheet's selection (Range.Select): its top-left cell.
        const area = self.active.selection ?? { top: 0, left: 0, bottom: 0, right: 0 };
        return self.range(self.active, { ...area, bottom: area.top, right: area.left });
      },
      get ScreenUpdating() {
        return self.screenUpdating;
      },
      set ScreenUpdating(on: boolean) {
        const repaint = on && !self.screenUpdating;
        self.screenUpdating = on;
        if (repaint) self.onRepaint();
      },
    };
  }

  /**
   * Names follow their sheet, as in VBA: a renamed sheet's references take its new name, and a
   * deleted sheet's become #REF! (Name.RefersTo "=#REF!$A$1").
   */
  private renameReferences(from: string, to: string | null): void {
    const quoted = (name: string) => `'${name.replace(/'/g, "''")}'!`;
    const forms = [quoted(from), `${from}!`];
    const lists = [this.names, ...this.sheets.map((s) => s.names)];
    for (const entry of lists.flat()) {
      const form = forms.find((f) => entry.refersTo.startsWith(`=${f}`));
      if (form)
        entry.refersTo = `=${to === null ? "#REF!" : quoted(to)}${entry.refersTo.slice(form.length + 1)}`;
    }
  }

  /**
   * A person's Move or Copy → Create a copy: right after the original as "Name (2)", with its
   * cells, merges, conditional formats and its own copy of each sheet-scoped name (as Excel).
   */
  copySheet(name: string): FakeSheet {
    const from = this.sheet(name);
    let copyName = name;
    for (let n = 2; this.sheets.some((s) => s.name.toLowerCase() === copyName.toLowerCase()); n++)
      copyName = `${name.slice(0, 27)} (${n})`;
    const copy = new FakeSheet(copyName);
    for (const [key, cell] of from.cells) copy.cells.set(key, structuredClone(cell));
    copy.merges = from.merges.map((m) => ({ ...m }));
    copy.conditions = from.conditions.map((c) => structuredClone(c));
    copy.names = from.names.map((n) => ({ ...n }));
    this.sheets.splice(this.sheets.indexOf(from) + 1, 0, copy);
    return copy;
  }

  /** A person typing into a cell of a sheet: what typing stores, then the SheetChange event. */
  type(sheetName: string, cell: string, text: string): void {
    this.worksheet(this.sheet(sheetName)).Range(cell).Value2 = text;
  }

  private sheetChanged(sheet: FakeSheet, area: Area): void {
    if (this.listeners.size === 0) return;
    const worksheet = this.worksheet(sheet);
    const range = this.range(sheet, area);
    for (const listener of [...this.listeners]) listener(worksheet, range);
  }

  sheet(name: string): FakeSheet {
    const sheet = this.sheets.find((s) => s.name === name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    return sheet;
  }

  private workbook(): WpsWorkbook {
    return {
      ...this.workbookParts(),
      Names: this.namesOf(
        () => this.names,
        (list) => (this.names = list)
      ),
    };
  }

  /** A Names collection over a list: the workbook's, or one sheet's own. */
  private namesOf(
    get: () => { name: string; refersTo: string; visible: boolean }[],
    set: (list: { name: string; refersTo: string; visible: boolean }[]) => void,
    prefix = ""
  ): WpsWorkbook["Names"] {
    const self = {
      get names() {
        return get();
      },
      set names(list) {
        set(list);
      },
    };
    const names = {
      get Count() {
        return self.names.length;
      },
      Item: (index: number | string): WpsName => {
        const entry =
          typeof index === "number"
            ? self.names[index - 1]
            : self.names.find((n) => n.name === index);
        if (!entry) throw new Error("no such name");
        return {
          Name: prefix + entry.name,
          RefersTo: entry.refersTo,
          get Visible() {
            return entry.visible;
          },
          set Visible(v: boolean) {
            entry.visible = v;
          },
          Delete: () => self.names.splice(self.names.indexOf(entry), 1),
        };
      },
      Add: (name = "", refersTo: unknown = "", visible = true): WpsName => {
        self.names = self.names.filter((n) => n.name !== name);
        self.names.push({ name, refersTo: String(refersTo), visible });
        return names.Item(name);
      },
    };
    return names;
  }

  private workbookParts(): Omit<WpsWorkbook, "Names"> {
    const self = this;
    return {
      Name: "工作簿1",
      Worksheets: {
        get Count() {
          return self.sheets.length;
        },
        Item: (index: string | number) => {
          const sheet = typeof index === "number" ? self.sheets[index - 1] : self.sheet(index);
          if (!sheet) throw new Error(`no sheet ${index}`);
          return self.worksheet(sheet);
        },
        // As VBA's Sheets.Add: before the given sheet, after the given one, else before the active.
        Add: (before?: unknown, after?: unknown) => {
          const taken = new Set(self.sheets.map((s) => s.name));
          let n = self.sheets.length + 1;
          while (taken.has(`Sheet${n}`)) n++;
          const sheet = new FakeSheet(`Sheet${n}`);
          const index = (w: unknown) =>
            self.sheets.findIndex((s) => s.name === (w as WpsWorksheet).Name);
          const at = before
            ? index(before)
            : after
              ? index(after) + 1
              : self.sheets.indexOf(self.active);
          self.sheets.splice(at, 0, sheet);
          // A new sheet is the active one, as in VBA.
          self.active = sheet;
          return self.worksheet(sheet);
        },
      },
      get ActiveSheet() {
        return self.worksheet(self.active);
      },
    };
  }

  worksheet(sheet: FakeSheet): WpsWorksheet {
    return joined(this.sheetItself(sheet), this.sheetContents(sheet)) as WpsWorksheet;
  }

  /** What a sheet holds: its cells, comments and names. */
  private sheetContents(sheet: FakeSheet) {
    const self = this;
    return {
      get UsedRange() {
        return self.range(sheet, usedArea(sheet));
      },
      get Cells() {
        return self.range(sheet, { top: 0, left: 0, bottom: 1048575, right: 16383 });
      },
      Comments: {
        get Count() {
          return commented(sheet).length;
        },
        Item: (index: number) => self.comment(sheet, commented(sheet)[index - 1]),
      },
      get Names() {
        return self.namesOf(
          () => sheet.names,
          (list) => (sheet.names = list),
          `${sheet.name}!`
        );
      },
      Range: (address: string) => {
        const area = parseArea(address);
        if (!area) throw new Error(`bad address ${address}`);
        return self.range(sheet, area);
      },
    };
  }

  /** The sheet as one of the workbook's: name, place, visibility. */
  private sheetItself(sheet: FakeSheet) {
    const self = this;
    return {
      Application: { ActiveWindow: self.window },
      get Name() {
        return sheet.name;
      },
      set Name(name: string) {
        if (self.sheets.some((s) => s !== sheet && s.name.toLowerCase() === name.toLowerCase()))
          throw new Error(`name taken: ${name}`);
        self.renameReferences(sheet.name, name);
        sheet.name = name;
      },
      get Index() {
        return self.sheets.indexOf(sheet) + 1;
      },
      get Visible() {
        return sheet.visible;
      },
      set Visible(v: number) {
        sheet.visible = v;
      },
      Activate: () => {
        self.active = sheet;
      },
      Delete: () => {
        if (self.sheets.filter((s) => s.visible === -1).length <= 1 && sheet.visible === -1)
          throw new Error("a workbook keeps one visible sheet");
        self.sheets.splice(self.sheets.indexOf(sheet), 1);
        if (self.active === sheet) self.active = self.sheets[0];
        self.renameReferences(sheet.name, null);
      },
      Move: () => undefined,
      PageSetup: {
        PaperSize: 9,
        Orientation: 1,
        Zoom: 100,
        FitToPagesWide: false,
        FitToPagesTall: false,
        PrintArea: "",
        PrintTitleRows: "",
      },
    };
  }

  private comment(sheet: FakeSheet, key: string): WpsComment {
    const [row, col] = key.split(",").map(Number);
    const cell = sheet.cell(row, col, true)!;
    return {
      Text: (text?: string) => {
        if (text !== undefined) cell.comment = text;
        return cell.comment ?? "";
      },
      Delete: () => {
        delete cell.comment;
      },
      Parent: this.range(sheet, { top: row, left: col, bottom: row, right: col }),
    };
  }

  range(sheet: FakeSheet, area: Area): WpsRange {
    return joined(
      this.rangeValues(sheet, area),
      this.rangeMerges(sheet, area),
      rangeLooks(sheet, area),
      this.rangeNotes(sheet, area),
      this.rangeConditions(sheet, area)
    ) as unknown as WpsRange;
  }

  /** Values, formats of numbers, and where the range is. */
  private rangeValues(sheet: FakeSheet, area: Area) {
    const self = this;
    return {
      get Value2(): unknown {
        const rows = [];
        for (let r = area.top; r <= area.bottom; r++) {
          const row = [];
          for (let c = area.left; c <= area.right; c++)
            row.push(sheet.cell(r, c)?.value ?? undefined);
          rows.push(row);
        }
        return rows.length === 1 && rows[0].length === 1 ? rows[0][0] : rows;
      },
      set Value2(value: unknown) {
        const rows = Array.isArray(value) ? (value as unknown[][]) : null;
        eachCell(sheet, area, (cell, r, c) => {
          const v = rows ? rows[r - area.top]?.[c - area.left] : value;
          const typed = typedInput(v);
          if (typed === undefined) delete cell.value;
          else cell.value = typed;
          if (typeof v === "string" && v.startsWith("=")) cell.formula = true;
          else delete cell.formula;
        });
        self.sheetChanged(sheet, area);
      },
      get Formula() {
        return String(sheet.cell(area.top, area.left)?.value ?? "");
      },
      get NumberFormat() {
        return sheet.cell(area.top, area.left)?.numberFormat ?? "General";
      },
      set NumberFormat(f: string) {
        eachCell(sheet, area, (cell) => (cell.numberFormat = f));
      },
      Row: area.top + 1,
      Column: area.left + 1,
      Rows: { Count: area.bottom - area.top + 1 },
      Columns: { Count: area.right - area.left + 1 },
      Address: (rowAbs = true, colAbs = true) =>
        rowAbs || colAbs ? areaA1(area).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2") : areaA1(area),
      // Only the cells that exist: a whole-sheet range has 17 billion.
      ClearContents: () =>
        sheet.cells.forEach((cell, key) => {
          const [r, c] = key.split(",").map(Number);
          if (r < area.top || r > area.bottom || c < area.left || c > area.right) return;
          delete cell.value;
          delete cell.formula;
        }),
      Select: () => {
        sheet.selection = { ...area };
      },
      AutoFilter: () => undefined,
    };
  }

  private rangeMerges(sheet: FakeSheet, area: Area) {
    const self = this;
    return {
      get MergeCells() {
        const inside = sheet.merges.filter((m) => overlaps(m, area));
        if (inside.length === 0) return false;
        return inside.length === 1 && contains(inside[0], area) ? true : null;
      },
      get MergeArea() {
        return self.range(sheet, sheet.merges.find((m) => contains(m, area)) ?? area);
      },
      Merge: () => {
        if (sheet.merges.some((m) => overlaps(m, area))) throw new Error("overlapping merge");
        sheet.merges.push({ ...area });
      },
      UnMerge: () => {
        const kept = sheet.merges.filter((m) => !overlaps(m, area));
        sheet.merges.splice(0, sheet.merges.length, ...kept);
      },
    };
  }

  /** Validation and comments. */
  private rangeNotes(sheet: FakeSheet, area: Area) {
    const self = this;
    return {
      Validation: Object.defineProperties(
        {
          // As in Excel, Add on cells that have a validation fails: Delete it first.
          Add: (type: number, _alert?: number, _op?: number, formula1 = "") =>
            eachCell(sheet, area, (cell) => {
              if (cell.validation) throw new Error("the cell already has a validation");
              cell.validation = {
                type,
                formula1,
                inputTitle: "",
                inputMessage: "",
                showInput: true,
              };
            }),
          Delete: () => eachCell(sheet, area, (cell) => delete cell.validation),
          InCellDropdown: true,
        },
        {
          InputMessage: validationMember(sheet, area, "inputMessage"),
          InputTitle: validationMember(sheet, area, "inputTitle"),
          ShowInput: validationMember(sheet, area, "showInput"),
        }
      ),
      get Comment() {
        const cell = sheet.cell(area.top, area.left);
        return cell?.comment === undefined ? null : self.comment(sheet, `${area.top},${area.left}`);
      },
      AddComment: (text = "") => {
        const cell = sheet.cell(area.top, area.left, true)!;
        if (cell.comment !== undefined) throw new Error("the cell already has a comment");
        cell.comment = text;
        return self.comment(sheet, `${area.top},${area.left}`);
      },
    };
  }

  private rangeConditions(sheet: FakeSheet, area: Area) {
    const self = this;
    const here = () => sheet.conditions.filter((c) => overlaps(c.area, area));
    return {
      FormatConditions: {
        get Count() {
          return here().length;
        },
        Item: (index: number) => self.condition(sheet, here()[index - 1]),
        Add: (_type: number, _op?: unknown, formula1?: unknown) => {
          const condition = { area: { ...area }, formula: String(formula1) };
          sheet.conditions.push(condition);
          return self.condition(sheet, condition);
        },
      },
      Hyperlinks: { Add: () => undefined },
      get EntireRow() {
        return self.range(sheet, { top: area.top, left: 0, bottom: area.bottom, right: 16383 });
      },
      Insert: (shift?: number) => {
        if (shift !== -4121) throw new Error("the fake inserts only shifting down (xlShiftDown)");
        insertDown(sheet, area);
        return true;
      },
    };
  }

  private condition(sheet: FakeSheet, condition: FakeCondition): WpsFormatCondition {
    return {
      Formula1: condition.formula,
      AppliesTo: this.range(sheet, condition.area),
      Interior: {
        get Color() {
          return condition.color;
        },
        set Color(c: unknown) {
          condition.color = c;
        },
      },
      Delete: () => sheet.conditions.splice(sheet.conditions.indexOf(condition), 1),
    };
  }
}

/** What typing a value does: an apostrophe keeps text as text, numeric text becomes a number. */
function typedInput(value: unknown): string | number | boolean | undefined {
  if (value === null || value === undefined || value === "") return undefined;
  if (typeof value !== "string") return value as number | boolean;
  if (value.startsWith("'")) return value.slice(1);
  if (/^\s*-?\d+(\.\d+)?\s*$/.test(value)) return Number(value);
  return value;
}

/** One object with every member of the parts, getters and setters kept (spreading would read them). */
function joined(...parts: object[]): object {
  const whole = {};
  for (const part of parts) Object.defineProperties(whole, Object.getOwnPropertyDescriptors(part));
  return whole;
}

type ValidationKey = "inputTitle" | "inputMessage" | "showInput";

/** A validation's member: read from the first cell; set on cells without one, VBA fails. */
function validationMember(sheet: FakeSheet, area: Area, key: ValidationKey): PropertyDescriptor {
  return {
    get: () =>
      sheet.cell(area.top, area.left)?.validation?.[key] ?? (key === "showInput" ? true : ""),
    set: (v: never) =>
      eachCell(sheet, area, (cell) => {
        if (!cell.validation) throw new Error("the cell has no validation");
        cell.validation[key] = v;
      }),
    enumerable: true,
  };
}

function eachCell(
  sheet: FakeSheet,
  area: Area,
  f: (cell: FakeCell, row: number, col: number) => void
) {
  for (let r = area.top; r <= area.bottom; r++)
    for (let c = area.left; c <= area.right; c++) f(sheet.cell(r, c, true)!, r, c);
}

/** Fills, fonts, borders, alignment and sizes: stored per cell, read from the first. */
function rangeLooks(sheet: FakeSheet, area: Area): object {
  const fmt = (key: string) => ({
    get: () => sheet.cell(area.top, area.left)?.format?.[key],
    set: (v: unknown) =>
      eachCell(sheet, area, (cell) => (cell.format = { ...cell.format, [key]: v })),
    enumerable: true,
  });
  const looks = {
    Interior: {
      get Color() {
        return sheet.cell(area.top, area.left)?.fill ?? 16777215;
      },
      set Color(color: unknown) {
        eachCell(sheet, area, (cell) => (cell.fill = Number(color)));
      },
      Pattern: 1,
    },
    Font: Object.defineProperties(
      {},
      { Bold: fmt("bold"), Size: fmt("size"), Color: fmt("fontColor"), Name: fmt("fontName") }
    ),
    Borders: Object.defineProperties({}, { LineStyle: fmt("lineStyle"), Weight: fmt("weight") }),
  };
  for (const key of [
    "HorizontalAlignment",
    "VerticalAlignment",
    "WrapText",
    "ColumnWidth",
    "RowHeight",
  ])
    Object.defineProperty(looks, key, fmt(key));
  return looks;
}

const overlaps = (a: Area, b: Area) =>
  a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
const contains = (outer: Area, inner: Area) =>
  outer.top <= inner.top &&
  outer.left <= inner.left &&
  outer.bottom >= inner.bottom &&
  outer.right >= inner.right;

function commented(sheet: FakeSheet): string[] {
  return [...sheet.cells.entries()].filter(([, c]) => c.comment !== undefined).map(([k]) => k);
}

function usedArea(sheet: FakeSheet): Area {
  const keys = [...sheet.cells.entries()]
    .filter(([, c]) => c.value !== undefined || c.format || c.numberFormat || c.fill !== undefined)
    .map(([k]) => k.split(",").map(Number));
  for (const m of sheet.merges) keys.push([m.top, m.left], [m.bottom, m.right]);
  if (keys.length === 0) return { top: 0, left: 0, bottom: 0, right: 0 };
  return {
    top: Math.min(...keys.map(([r]) => r)),
    left: Math.min(...keys.map(([, c]) => c)),
    bottom: Math.max(...keys.map(([r]) => r)),
    right: Math.max(...keys.map(([, c]) => c)),
  };
}

export const cellOf = (row: number, col: number) => cellA1(row, col);

/**
 * Range.Insert(xlShiftDown), as VBA documents it and Excel does it (docs/emulator.md, "Inserting
 * cells"): cells in the range's columns from its top row move down by its height, with their
 * values, formats, validation and comments; the new cells take the format of the cells above
 * (CopyOrigin's default), not their validation; merged areas and conditional formats spanning
 * the top row grow, those below it move. Formulas are not kept by the fake.
 */
function insertDown(sheet: FakeSheet, area: Area): void {
  const count = area.bottom - area.top + 1;
  const inColumns = (col: number) => col >= area.left && col <= area.right;
  const moving = [...sheet.cells.entries()]
    .map(([key, cell]) => [...key.split(",").map(Number), cell] as [number, number, FakeCell])
    .filter(([row, col]) => row >= area.top && inColumns(col))
    .sort(([a], [b]) => b - a);
  for (const [row, col, cell] of moving) {
    sheet.cells.delete(`${row},${col}`);
    sheet.cells.set(`${row + count},${col}`, cell);
  }
  for (const [key, cell] of [...sheet.cells.entries()]) {
    const [row, col] = key.split(",").map(Number);
    if (row !== area.top - 1 || !inColumns(col)) continue;
    const { numberFormat, fill, format } = cell;
    for (let r = area.top; r <= area.bottom; r++)
      sheet.cells.set(`${r},${col}`, { numberFormat, fill, format: format && { ...format } });
  }
  const grow = (a: Area): Area =>
    a.bottom < area.top || a.left < area.left || a.right > area.right
      ? a
      : { ...a, top: a.top >= area.top ? a.top + count : a.top, bottom: a.bottom + count };
  sheet.merges = sheet.merges.map(grow);
  for (const condition of sheet.conditions) condition.area = grow(condition.area);
}
