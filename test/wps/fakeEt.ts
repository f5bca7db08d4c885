import { areaA1, cellA1, parseArea } from "../../src/form/address";
import type { Area } from "../../src/form/grid";
import type {
  WpsApplication,
  WpsComment,
  WpsFormatCondition,
  WpsName,
  WpsRange,
  WpsWindow,
  WpsWorkbook,
  WpsWorksheet,
} from "../../src/wps/model";

/**
 * A small in-memory WPS 表格 for tests: the members of src/wps/model.ts, behaving as WPS's
 * documentation and VBA's describe them (docs/wps.md, "The fake"):
 * - Value2 is a bare value for one cell and a 2-D array (rows of columns) for a block;
 * - text written with a leading apostrophe is stored as that text without it, and text that
 *   reads as a number is stored as the number (what typing it does);
 * - MergeCells is true, false, or null for a partly merged range; MergeArea is the whole area;
 * - UsedRange spans every cell holding a value or a format (A1 on an empty sheet);
 * - Range.Comment is null on a cell without one; AddComment on a commented cell fails;
 * - colours are BGR numbers.
 * Everything it records is inspectable, for tests that compare workbooks before and after.
 */
export interface FakeCell {
  value?: string | number | boolean;
  numberFormat?: string;
  fill?: number;
  comment?: string;
  validation?: { formula1: string; inputMessage: string };
  format?: Record<string, unknown>;
}

export interface FakeCondition {
  area: Area;
  formula: string;
  color?: unknown;
}

export class FakeSheet {
  cells = new Map<string, FakeCell>();
  merges: Area[] = [];
  conditions: FakeCondition[] = [];
  /** Names scoped to this sheet (WPS lists them as Sheet!Name, as Excel does). */
  names: { name: string; refersTo: string; visible: boolean }[] = [];
  visible = -1;
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
  /** Each sheet's selection (Range.Select); the active sheet's top-left cell is ActiveCell. */
  selection = new Map<FakeSheet, Area>();
  window: WpsWindow = { FreezePanes: false, SplitRow: 0, SplitColumn: 0 };
  private screenUpdating = true;

  get application(): WpsApplication {
    const self = this;
    return {
      Version: "12.1 (fake)",
      OperatingSystem: "Linux (fake)",
      get ActiveWorkbook() {
        return self.workbook();
      },
      get ActiveWindow() {
        return self.window;
      },
      get ActiveCell() {
        const area = self.selection.get(self.active) ?? { top: 0, left: 0, bottom: 0, right: 0 };
        return self.range(self.active, { ...area, bottom: area.top, right: area.left });
      },
      get ScreenUpdating() {
        return self.screenUpdating;
      },
      set ScreenUpdating(on: boolean) {
        self.screenUpdating = on;
      },
    };
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
    const self = this;
    return {
      Application: { ActiveWindow: self.window },
      get Name() {
        return sheet.name;
      },
      set Name(name: string) {
        if (self.sheets.some((s) => s !== sheet && s.name.toLowerCase() === name.toLowerCase()))
          throw new Error(`name taken: ${name}`);
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
      Activate: () => {
        self.active = sheet;
      },
      Delete: () => {
        if (self.sheets.filter((s) => s.visible === -1).length <= 1 && sheet.visible === -1)
          throw new Error("a workbook keeps one visible sheet");
        self.sheets.splice(self.sheets.indexOf(sheet), 1);
        if (self.active === sheet) self.active = self.sheets[0];
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
    const self = this;
    const each = (f: (cell: FakeCell, row: number, col: number) => void) => {
      for (let r = area.top; r <= area.bottom; r++)
        for (let c = area.left; c <= area.right; c++) f(sheet.cell(r, c, true)!, r, c);
    };
    const formatSetter = (key: string) => ({
      get: () => sheet.cell(area.top, area.left)?.format?.[key],
      set: (v: unknown) => each((cell) => (cell.format = { ...cell.format, [key]: v })),
    });
    const fmt = (key: string) => {
      const s = formatSetter(key);
      return { get: s.get, set: s.set, enumerable: true };
    };
    const target = {
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
        each((cell, r, c) => {
          const v = rows ? rows[r - area.top]?.[c - area.left] : value;
          const typed = typedInput(v);
          if (typed === undefined) delete cell.value;
          else cell.value = typed;
        });
      },
      get Formula() {
        return String(sheet.cell(area.top, area.left)?.value ?? "");
      },
      get NumberFormat() {
        return sheet.cell(area.top, area.left)?.numberFormat ?? "General";
      },
      set NumberFormat(f: string) {
        each((cell) => (cell.numberFormat = f));
      },
      Row: area.top + 1,
      Column: area.left + 1,
      Rows: { Count: area.bottom - area.top + 1 },
      Columns: { Count: area.right - area.left + 1 },
      get MergeCells() {
        const inside = sheet.merges.filter((m) => overlaps(m, area));
        if (inside.length === 0) return false;
        return inside.length === 1 && contains(inside[0], area) ? true : null;
      },
      get MergeArea() {
        return self.range(sheet, sheet.merges.find((m) => contains(m, area)) ?? area);
      },
      Address: (rowAbs = true, colAbs = true) =>
        rowAbs || colAbs ? areaA1(area).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2") : areaA1(area),
      Merge: () => {
        if (sheet.merges.some((m) => overlaps(m, area))) throw new Error("overlapping merge");
        sheet.merges.push({ ...area });
      },
      UnMerge: () => {
        const kept = sheet.merges.filter((m) => !overlaps(m, area));
        sheet.merges.splice(0, sheet.merges.length, ...kept);
      },
      Interior: {
        get Color() {
          return sheet.cell(area.top, area.left)?.fill ?? 16777215;
        },
        set Color(color: unknown) {
          each((cell) => (cell.fill = Number(color)));
        },
        Pattern: 1,
      },
      Font: Object.defineProperties(
        {},
        { Bold: fmt("bold"), Size: fmt("size"), Color: fmt("fontColor"), Name: fmt("fontName") }
      ),
      Borders: Object.defineProperties({}, { LineStyle: fmt("lineStyle"), Weight: fmt("weight") }),
      Validation: {
        Add: (_type: number, _alert?: number, _op?: number, formula1 = "") =>
          each((cell) => (cell.validation = { formula1, inputMessage: "" })),
        Delete: () => each((cell) => delete cell.validation),
        get InputMessage() {
          return sheet.cell(area.top, area.left)?.validation?.inputMessage ?? "";
        },
        set InputMessage(text: string) {
          each((cell) => cell.validation && (cell.validation.inputMessage = text));
        },
        InputTitle: "",
        ShowInput: true,
        InCellDropdown: true,
      },
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
      FormatConditions: {
        get Count() {
          return sheet.conditions.filter((c) => overlaps(c.area, area)).length;
        },
        Item: (index: number) =>
          self.condition(sheet, sheet.conditions.filter((c) => overlaps(c.area, area))[index - 1]),
        Add: (_type: number, _op?: unknown, formula1?: unknown) => {
          const condition = { area: { ...area }, formula: String(formula1) };
          sheet.conditions.push(condition);
          return self.condition(sheet, condition);
        },
      },
      Hyperlinks: { Add: () => undefined },
      Select: () => void self.selection.set(sheet, { ...area }),
      get EntireRow() {
        return self.range(sheet, { top: area.top, left: 0, bottom: area.bottom, right: 16383 });
      },
      Insert: (shift?: number) => {
        if (shift !== -4121) throw new Error("the fake inserts only shifting down (xlShiftDown)");
        insertDown(sheet, area);
        return true;
      },
      AutoFilter: () => undefined,
      // Only the cells that exist: a whole-sheet range has 17 billion.
      ClearContents: () =>
        sheet.cells.forEach((cell, key) => {
          const [r, c] = key.split(",").map(Number);
          if (r >= area.top && r <= area.bottom && c >= area.left && c <= area.right)
            delete cell.value;
        }),
    };
    for (const key of [
      "HorizontalAlignment",
      "VerticalAlignment",
      "WrapText",
      "ColumnWidth",
      "RowHeight",
    ])
      Object.defineProperty(target, key, fmt(key));
    return target as unknown as WpsRange;
  }

  private condition(sheet: FakeSheet, condition: FakeCondition): WpsFormatCondition {
    return {
      Formula1: condition.formula,
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
