import { cellA1 } from "../form/address";
import type { SubmittedFormula } from "../form/formulaFindings";
import { MAX_COLUMNS, packedRef } from "../xlsx/cellRef";
import { parseXml, type Attributes } from "../xlsx/xml";
import { XmlOut, escapeAttribute, escapeText } from "./xmlOut";

/*
 * A submitted worksheet copied from its XML, as the project's reader read it (the one read of the
 * file): values, looks, merges, column widths, row heights, the view and the print setup, with
 * formulas as their values and each cell's look renumbered into the output's styles part. What
 * a copy leaves out is what refers to other parts of the submitted file (drawings, conditional
 * formats, relationships) or is better not carried over (protection, validation lists, which
 * ExcelJS's copy did not carry either).
 */

/** The worksheet's children that are copied, in the schema's order; the rest are left out. */
const KEPT = new Set([
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "mergeCells",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
]);

/**
 * Of <sheetPr>, the fit-to-page setting and the tab's colour; not its attributes: a macro's code
 * name (the same in every copy of one template) and a filter's state, which the copy has not.
 */
const SHEET_PROPERTIES = new Set(["pageSetUpPr", "tabColor"]);

const OPENING =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';

export interface CopySources {
  /** The submitted workbook's shared strings, each as the XML inside its <si>. */
  strings: readonly string[];
  /** The output's number for a submitted cell format. */
  styleOf: (s: number) => number;
}

export interface CopiedSheet {
  xml: string;
  /** The formulas whose values the copy holds instead, as ExcelJS's copy named them. */
  formulas: SubmittedFormula[];
}

/** The cell being copied, filled in as its tags arrive. */
interface CellCopy {
  attributes: Attributes;
  value: string | null;
  inline: string | null;
  formula: { attributes: Attributes; text: string } | null;
}

/**
 * The shared strings as the XML inside each <si> (rich-text runs and all), for the copy's inline
 * strings: a copy holds its own text, so the output needs no shared-string table growing with
 * every form (src/files/sheetCopy.ts).
 */
export function stringItems(xml: string | null): string[] {
  const items: string[] = [];
  if (xml === null) return items;
  const out = new XmlOut();
  let depth = 0;
  parseXml("xl/sharedStrings.xml", xml, {
    open(name, attributes) {
      if (++depth > 2) out.open(name, attributes);
    },
    text(text) {
      if (depth > 2) out.text(text);
    },
    close(name) {
      if (depth-- > 2) out.close(name);
      else if (depth === 1) items.push(out.take());
    },
  });
  return items;
}

/** A worksheet's XML → the XML of its copy, and the formulas it turned into values. */
export function copySheetXml(sheet: string, xml: string, sources: CopySources): CopiedSheet {
  const copier = new SheetCopier(sheet, sources);
  parseXml(sheet, xml, copier);
  return { xml: copier.out.take(), formulas: copier.formulas };
}

class SheetCopier {
  readonly out = new XmlOut();
  readonly formulas: SubmittedFormula[] = [];
  private depth = 0;
  /** Depth of an element being left out with everything in it; 0 when none is. */
  private skipping = 0;
  private section = "";
  private cell: CellCopy | null = null;
  private inValue = false;
  private inFormula = false;
  private inline: XmlOut | null = null;
  private inlineDepth = 0;
  private row = -1;
  private col = -1;
  private readonly shared = new Map<string, { formula: string; at: string }>();

  constructor(
    private readonly sheet: string,
    private readonly sources: CopySources
  ) {
    this.out.raw(OPENING);
  }

  open = (name: string, attributes: Attributes): void => {
    this.depth++;
    if (this.skipping) return;
    if (this.depth === 1) return;
    if (this.depth === 2) this.section = name;
    if (this.leftOut(name, attributes)) {
      this.skipping = this.depth;
      return;
    }
    if (this.section === "sheetData" && this.depth > 2) this.openInData(name, attributes);
    else {
      if (name === "col") this.restyle(attributes, "style");
      this.out.open(name, attributes);
    }
  };

  text = (text: string): void => {
    if (this.skipping || this.depth < 2) return;
    if (this.inline) this.inline.text(text);
    else if (this.inValue && this.cell) this.cell.value += text;
    else if (this.inFormula && this.cell?.formula) this.cell.formula.text += text;
    else if (!this.cell) this.out.text(text);
  };

  close = (name: string): void => {
    const depth = this.depth--;
    if (this.skipping) {
      if (depth === this.skipping) this.skipping = 0;
      return;
    }
    if (depth === 1) this.out.raw("</worksheet>");
    else if (this.section === "sheetData" && depth > 2) this.closeInData(name, depth);
    else this.out.close(name);
  };

  /** What is not copied: parts of the file the copy does not carry, and a selected tab's mark. */
  private leftOut(name: string, attributes: Attributes): boolean {
    if (this.depth === 2) {
      if (name === "sheetPr") for (const key in attributes) delete attributes[key];
      return !KEPT.has(name);
    }
    if (this.section === "sheetPr" && this.depth === 3) return !SHEET_PROPERTIES.has(name);
    if (this.section === "sheetViews" && name === "sheetView") delete attributes.tabSelected;
    // A link to another file needs a relationship; files with one are copied by ExcelJS instead.
    if (this.section === "hyperlinks") return attributes.location === undefined;
    return false;
  }

  /**
   * A col's, row's or cell's look, renumbered. Format 0 stays 0, the output's plain look, as
   * ExcelJS's copy left it (a cell without a format of its own is read without a style).
   */
  private restyle(attributes: Attributes, key: "s" | "style"): void {
    const s = attributes[key];
    if (s !== undefined && s !== "0") attributes[key] = String(this.sources.styleOf(Number(s)));
  }

  private openInData(name: string, attributes: Attributes): void {
    if (this.inline) {
      this.inline.open(name, attributes);
      return;
    }
    if (name === "row") this.openRow(attributes);
    else if (name === "c") this.openCell(attributes);
    else if (name === "v") {
      this.inValue = true;
      if (this.cell) this.cell.value = "";
    } else if (name === "f" && this.cell) {
      this.inFormula = true;
      this.cell.formula = { attributes, text: "" };
    } else if (name === "is") {
      this.inline = new XmlOut();
      this.inlineDepth = this.depth;
    }
  }

  private closeInData(name: string, depth: number): void {
    if (this.inline) {
      if (depth > this.inlineDepth) this.inline.close(name);
      else {
        if (this.cell) this.cell.inline = this.inline.take();
        this.inline = null;
      }
      return;
    }
    if (name === "v") this.inValue = false;
    else if (name === "f") this.inFormula = false;
    else if (name === "c") this.closeCell();
    else if (name === "row") this.out.close("row");
  }

  private openRow(attributes: Attributes): void {
    this.row = attributes.r === undefined ? this.row + 1 : Number(attributes.r) - 1;
    this.col = -1;
    this.restyle(attributes, "s");
    this.out.open("row", attributes, rowAttributeLeftOut);
  }

  private openCell(attributes: Attributes): void {
    if (attributes.r === undefined) this.col++;
    else {
      const packed = packedRef(attributes.r);
      this.row = Math.floor(packed / MAX_COLUMNS);
      this.col = packed % MAX_COLUMNS;
    }
    this.cell = { attributes, value: null, inline: null, formula: null };
  }

  private closeCell(): void {
    const cell = this.cell as CellCopy;
    this.cell = null;
    this.restyle(cell.attributes, "s");
    const { r, s, t } = cell.attributes;
    let tag = "<c";
    if (r !== undefined) tag += ` r="${escapeAttribute(r)}"`;
    if (s !== undefined && s !== "0") tag += ` s="${s}"`;
    const content = this.content(t ?? "n", cell);
    this.out.raw(content ? `${tag}${content.type}>${content.xml}</c>` : `${tag}/>`);
    if (cell.formula) this.formulas.push(this.formulaOf(cell, t ?? "n"));
  }

  /** The cell's value as the copy writes it: shared and formula strings become inline strings. */
  private content(type: string, cell: CellCopy): { type: string; xml: string } | null {
    const { value } = cell;
    if (type === "inlineStr" && cell.inline !== null)
      return { type: ' t="inlineStr"', xml: `<is>${cell.inline}</is>` };
    if (value === null || (value === "" && type !== "str")) return null;
    if (type === "s") {
      const item = this.sources.strings[Number(value)];
      return item === undefined ? null : { type: ' t="inlineStr"', xml: `<is>${item}</is>` };
    }
    if (type === "str" || type === "inlineStr")
      return {
        type: ' t="inlineStr"',
        xml: `<is><t xml:space="preserve">${escapeText(value)}</t></is>`,
      };
    const kept = type === "b" || type === "e" || type === "d" ? ` t="${type}"` : "";
    return { type: kept, xml: `<v>${escapeText(value)}</v>` };
  }

  /** A formula's text (a shared one's slid to its cell, as ExcelJS reads it) and its value's text. */
  private formulaOf(cell: CellCopy, type: string): SubmittedFormula {
    const at = cellA1(this.row, this.col);
    const { attributes, text } = cell.formula as NonNullable<CellCopy["formula"]>;
    let formula = text;
    if (attributes.t === "shared" && attributes.si !== undefined) {
      const master = this.shared.get(attributes.si);
      if (text !== "" || !master) this.shared.set(attributes.si, { formula: text, at });
      else formula = slide(master.formula, master.at, at);
    }
    return { sheet: this.sheet, cell: at, formula, value: resultText(type, cell.value) };
  }
}

/** Row attributes that describe the source's spans or x14ac extras, which the copy recomputes or lacks. */
const rowAttributeLeftOut = (key: string) => key === "spans";

/** A formula's cached result as text, as ExcelJS hands it over. */
function resultText(type: string, value: string | null): string {
  if (value === null || value === "") return "";
  if (type === "b") return value === "1" || value === "true" ? "true" : "false";
  if (type === "n" && Number.isFinite(Number(value))) return String(Number(value));
  return value;
}

let slider: ((formula: string, from: string, to: string) => string) | undefined;

/** A shared formula moved from its first cell to another, by ExcelJS's own rule (as its reader does). */
function slide(formula: string, from: string, to: string): string {
  slider ??= (require("exceljs/lib/utils/shared-formula") as { slideFormula: typeof slide })
    .slideFormula;
  return slider(formula, from, to);
}
