import type { EmulatedComment, EmulatedSheet } from "../emulator/model/sheet";
import type { EmulatedWorkbook } from "../emulator/model/workbook";
import { FakeEt, type FakeCell, type FakeSheet } from "../emulator/wps/fakeEt";
import { cellA1, parseArea } from "../form/address";
import type { SheetPlan } from "../form/plan";
import { applyPlan } from "../wps/applyPlan";
import { shownValue } from "./wpsFormulas";

/**
 * The preview over WPS 表格 (docs/preview.md, "WPS 表格"): the fake WPS object model that the
 * tests use (src/emulator/wps/fakeEt.ts) holds the workbook, and the WPS build of the pane works on
 * it through `window.Application`, as in WPS. The grid draws a copy of it in the emulator's terms
 * (the one grid the preview has), made again each time WPS would repaint: when the add-in turns
 * screen updating back on, and after the person types.
 */

/** A fake WPS workbook holding the sample's forms, one a sheet, laid out by the WPS host's applier. */
export function sampleWorkbook(plans: readonly SheetPlan[]): FakeEt {
  const et = new FakeEt();
  const book = et.application.ActiveWorkbook;
  const blank = book.Worksheets.Item(1);
  for (const plan of plans) {
    const sheet = book.Worksheets.Add(undefined, book.Worksheets.Item(book.Worksheets.Count));
    sheet.Name = plan.sheet;
    applyPlan(plan, sheet);
  }
  (blank as { Delete(): void }).Delete();
  et.active = et.sheets[0];
  return et;
}

/** The model's BGR colour number (as in VBA) as "#RRGGBB". */
export function rgbOf(bgr: unknown): string {
  const n = Number(bgr);
  const rgb = ((n & 0xff) << 16) | (n & 0xff00) | ((n >> 16) & 0xff);
  return `#${rgb.toString(16).padStart(6, "0").toUpperCase()}`;
}

const HORIZONTAL: Record<number, string> = { [-4131]: "Left", [-4108]: "Center", [-4152]: "Right" };
const VERTICAL: Record<number, string> = { [-4160]: "Top", [-4108]: "Center", [-4107]: "Bottom" };
const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
const VISIBILITY = { [-1]: "Visible", 0: "Hidden", 2: "VeryHidden" } as const;

/** A fake cell's looks in the emulator's style keys, which the grid draws. */
function styleOf(cell: FakeCell): Record<string, unknown> {
  const format = cell.format ?? {};
  const style: Record<string, unknown> = {};
  if (cell.fill !== undefined) style["format.fill.color"] = rgbOf(cell.fill);
  if (format.bold !== undefined) style["format.font.bold"] = format.bold;
  if (format.size !== undefined) style["format.font.size"] = format.size;
  if (format.fontColor !== undefined) style["format.font.color"] = rgbOf(format.fontColor);
  if (format.WrapText !== undefined) style["format.wrapText"] = format.WrapText;
  const horizontal = HORIZONTAL[Number(format.HorizontalAlignment)];
  if (horizontal) style["format.horizontalAlignment"] = horizontal;
  const vertical = VERTICAL[Number(format.VerticalAlignment)];
  if (vertical) style["format.verticalAlignment"] = vertical;
  if (format.lineStyle === 1)
    for (const edge of EDGES) style[`format.borders.${edge}.style`] = "Continuous";
  if (cell.validation) {
    style["dataValidation.rule"] = {
      list: { inCellDropDown: true, source: cell.validation.formula1 },
    };
    style["dataValidation.prompt"] = {
      showPrompt: cell.validation.inputMessage !== "",
      title: "",
      message: cell.validation.inputMessage,
    };
  }
  return style;
}

/** Excel's column width unit (characters) in points, as the emulator keeps widths. */
const characterPoints = (characters: number) => Math.round((characters * 7 + 5) * 0.75 * 100) / 100;

/** One fake sheet drawn into its emulator sheet: cells, merges, sizes, marks, comments. */
function drawSheet(
  from: FakeSheet,
  to: EmulatedSheet,
  comments: EmulatedComment[],
  newId: () => string,
  shown: ReturnType<typeof shownValue>
) {
  to.name = from.name;
  to.visibility = VISIBILITY[from.visible as keyof typeof VISIBILITY] ?? "Visible";
  to.cells.clear();
  to.merges.splice(0, to.merges.length, ...from.merges.map((m) => ({ ...m })));
  to.conditionalFormats.splice(0, to.conditionalFormats.length);
  to.columnWidths.clear();
  to.rowHeights.clear();
  for (const [key, cell] of from.cells) {
    const [row, col] = key.split(",").map(Number);
    to.setCell(row, col, {
      value: shown(from, row, col),
      ...(cell.formula ? { formula: String(cell.value) } : {}),
      numberFormat: cell.numberFormat,
      style: styleOf(cell),
    });
    const format = cell.format ?? {};
    if (row === 0 && typeof format.ColumnWidth === "number")
      to.columnWidths.set(col, characterPoints(format.ColumnWidth));
    if (typeof format.RowHeight === "number") to.rowHeights.set(row, format.RowHeight);
    if (cell.comment !== undefined)
      comments.push({
        id: newId(),
        sheet: to,
        row,
        col,
        content: cell.comment,
        authorName: "WPS",
        resolved: false,
        replies: [],
      });
  }
  for (const condition of from.conditions)
    to.conditionalFormats.push({
      id: newId(),
      area: { ...condition.area },
      type: "Custom",
      formula: condition.formula,
      fill: condition.color === undefined ? null : rgbOf(condition.color),
      fontColor: null,
      stopIfTrue: false,
    });
}

/**
 * What the person selects in the grid becomes the fake sheet's selection too, as a click in WPS
 * moves ActiveCell: the add-in reads it (插入指标行 under the clicked 二级; docs/preview.md, "WPS 表格").
 * Marked as seen, so the next repaint does not take it for one of the add-in's Range.Select.
 */
function forwardSelection(to: EmulatedSheet, from: FakeSheet, seen: WeakMap<FakeSheet, unknown>) {
  let area = to.selection;
  Object.defineProperty(to, "selection", {
    configurable: true,
    enumerable: true,
    get: () => area,
    set: (next: typeof area) => {
      area = next;
      from.selection = { ...next };
      seen.set(from, from.selection);
    },
  });
}

/**
 * Keep `workbook` (what the grid draws) a copy of the fake WPS workbook: sheets by identity, so
 * the grid keeps each sheet's place and selection, and the active sheet.
 */
export function mirrorInto(et: FakeEt, workbook: EmulatedWorkbook): () => void {
  const drawn = new Map<FakeSheet, EmulatedSheet>();
  // The add-in's Range.Select shows once; the person's clicks in the grid are kept otherwise.
  const selected = new WeakMap<FakeSheet, unknown>();
  const shown = shownValue(et);
  return () => {
    const comments: EmulatedComment[] = [];
    const sheets = et.sheets.map((from) => {
      let to = drawn.get(from);
      if (!to) {
        to = workbook.addSheet(from.name);
        forwardSelection(to, from, selected);
      }
      drawn.set(from, to);
      drawSheet(from, to, comments, () => workbook.newId(), shown);
      if (from.selection && selected.get(from) !== from.selection)
        to.selection = { ...from.selection };
      selected.set(from, from.selection);
      return to;
    });
    for (const gone of [...drawn.keys()].filter((s) => !et.sheets.includes(s))) drawn.delete(gone);
    workbook.sheets.splice(0, workbook.sheets.length, ...sheets);
    workbook.comments.splice(0, workbook.comments.length, ...comments);
    workbook.active = drawn.get(et.active) ?? sheets[0];
  };
}

type WorkbookClass = new (sheets?: string[]) => EmulatedWorkbook;

/**
 * The workbook the grid draws over WPS: the emulator's, but what the person does in the grid goes
 * to the fake WPS workbook — typing (with WPS's change event) and choosing a sheet — after which
 * `repaint` draws it again.
 */
export function drawnWorkbook(
  Base: WorkbookClass,
  et: FakeEt,
  repaint: () => void
): EmulatedWorkbook {
  class Drawn extends Base {
    override get active(): EmulatedSheet {
      return super.active;
    }
    override set active(sheet: EmulatedSheet) {
      super.active = sheet;
      const fake = et.sheets.find((s) => s.name === sheet.name);
      if (fake) et.active = fake;
    }
    override typeValues(
      sheet: string,
      topLeft: string,
      values: (string | number | boolean | null)[][]
    ) {
      const at = parseArea(topLeft);
      if (!at) return;
      values.forEach((row, r) =>
        row.forEach((value, c) => {
          if (value !== null) et.type(sheet, cellA1(at.top + r, at.left + c), String(value));
        })
      );
      repaint();
    }
  }
  return new Drawn([]);
}
