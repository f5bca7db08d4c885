import type ExcelJS from "exceljs";
import { parseXml, type Attributes } from "../xlsx/xml";
import { XmlOut, escapeAttribute } from "./xmlOut";

/**
 * The style manager of ExcelJS's streaming writer (its StylesXform): it numbers fonts, fills,
 * borders and cell formats by their XML, and writes styles.xml from those XML texts when the
 * workbook is finished. A submitted sheet's looks are added to it as the XML the submitted
 * styles.xml holds, so that the copy's cells point at the same looks, renumbered.
 */
interface StyleManager {
  model: { fonts: string[]; fills: string[]; borders: string[]; styles: string[] };
  index: Record<"font" | "fill" | "border" | "style", Record<string, number>>;
  _addFont(font: Partial<ExcelJS.Font>): number;
  _addNumFmtStr(formatCode: string): number;
}

const LISTS = { font: "fonts", fill: "fills", border: "borders", style: "styles" } as const;

/** ExcelJS's own first font, which it adds before any other: the workbook's default font stays its. */
const DEFAULT_FONT: Partial<ExcelJS.Font> = {
  size: 11,
  color: { theme: 1 },
  name: "Calibri",
  family: 2,
  scheme: "minor",
};

/** One cell format (<xf> of cellXfs) of the submitted workbook, as read. */
interface SourceFormat {
  attributes: Attributes;
  /** Its <alignment> and <protection>, as XML. */
  inner: string;
}

/** What a submitted styles.xml holds that cells use: the parts of each cell format. */
interface SourceStyles {
  numFmts: Map<number, string>;
  fonts: string[];
  fills: string[];
  borders: string[];
  formats: SourceFormat[];
}

/** The containers whose children are read; a <font> inside <dxfs> is a conditional format's. */
const PARTS = new Set(["fonts", "fills", "borders", "cellXfs"]);

/** What a cell format holds besides its parts' numbers; its extensions name other namespaces. */
const FORMAT_CHILDREN = new Set(["alignment", "protection"]);

/** A submitted styles.xml read into the XML of its fonts, fills, borders and cell formats. */
export function sourceStyles(xml: string | null): SourceStyles {
  const found: SourceStyles = {
    numFmts: new Map(),
    fonts: [],
    fills: [],
    borders: [],
    formats: [],
  };
  if (xml === null) return found;
  const out = new XmlOut();
  let container = "";
  let depth = 0;
  /** Depth of an element left out with all it holds; 0 when none is. */
  let skipping = 0;
  let format: Attributes = {};
  parseXml("xl/styles.xml", xml, {
    open(name, attributes) {
      depth++;
      if (skipping) return;
      if (depth === 2) container = name;
      if (name === "numFmt" && depth === 3)
        found.numFmts.set(Number(attributes.numFmtId), attributes.formatCode ?? "General");
      if (!PARTS.has(container) || depth < 3) return;
      if (container !== "cellXfs") out.open(name, attributes);
      else if (depth === 3) format = attributes;
      else if (depth > 4 || FORMAT_CHILDREN.has(name)) out.open(name, attributes);
      else skipping = depth;
    },
    text(text) {
      if (!skipping && depth > 3 && PARTS.has(container)) out.text(text);
    },
    close(name) {
      const closing = depth--;
      if (skipping) {
        if (closing === skipping) skipping = 0;
        return;
      }
      if (closing < 3 || !PARTS.has(container)) return;
      if (container === "cellXfs" && closing === 3)
        found.formats.push({ attributes: format, inner: out.take() });
      else {
        out.close(name);
        if (closing === 3) found[container as "fonts" | "fills" | "borders"].push(out.take());
      }
    },
  });
  return found;
}

const APPLIED = [
  "applyNumberFormat",
  "applyFont",
  "applyFill",
  "applyBorder",
  "applyAlignment",
  "applyProtection",
  "quotePrefix",
];

/**
 * The submitted workbook's cell formats, each given its number in the output's styles part on
 * first use (a copy uses few of the formats a workbook lists).
 */
export class StyleImport {
  private readonly numbers = new Map<number, number>();

  constructor(
    private readonly manager: StyleManager,
    private readonly source: SourceStyles
  ) {
    if (manager.model.fonts.length === 0) manager._addFont(DEFAULT_FONT);
  }

  /** The output's number for the submitted cell format `s` (0, the plain look, when it has none). */
  styleOf(s: number): number {
    let number = this.numbers.get(s);
    if (number === undefined) this.numbers.set(s, (number = this.added(s)));
    return number;
  }

  private added(s: number): number {
    const format = this.source.formats[s];
    if (!format) return 0;
    const { attributes } = format;
    const part = (kind: "font" | "fill" | "border", list: string[], id: string | undefined) => {
      const xml = list[Number(id ?? 0)];
      return xml === undefined ? 0 : this.add(kind, xml);
    };
    let xf =
      `<xf numFmtId="${this.numberFormat(Number(attributes.numFmtId ?? 0))}"` +
      ` fontId="${part("font", this.source.fonts, attributes.fontId)}"` +
      ` fillId="${part("fill", this.source.fills, attributes.fillId)}"` +
      ` borderId="${part("border", this.source.borders, attributes.borderId)}" xfId="0"`;
    for (const key of APPLIED)
      if (attributes[key] !== undefined) xf += ` ${key}="${escapeAttribute(attributes[key])}"`;
    xf += format.inner ? `>${format.inner}</xf>` : "/>";
    return this.add("style", xf);
  }

  /** A format the workbook defines is added by its code; a built-in one keeps its number. */
  private numberFormat(id: number): number {
    const code = this.source.numFmts.get(id);
    if (code !== undefined) return this.manager._addNumFmtStr(code);
    return Number.isInteger(id) && id >= 0 && id < 164 ? id : 0;
  }

  /** The look's number, added when it is new: ExcelJS's own numbering by XML (StylesXform._addFont). */
  private add(kind: keyof typeof LISTS, xml: string): number {
    const index = this.manager.index[kind];
    let number = index[xml];
    if (number === undefined) {
      const list = this.manager.model[LISTS[kind]];
      number = index[xml] = list.length;
      list.push(xml);
    }
    return number;
  }
}
