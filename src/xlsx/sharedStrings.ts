import { StringItem, unescapeText } from "./text";
import { emptyChildren, parseXml, plainEmptyElement } from "./xml";

/** The font of a rich-text run: nothing a person reads, passed over (docs/speed.md). */
export const RUN_FONT = [
  ...["b", "i", "strike", "condense", "extend", "outline", "shadow", "u", "vertAlign", "sz"],
  ...["color", "rFont", "name", "family", "charset", "scheme"],
];
const PASSES_OVER = new Map([["rPr", emptyChildren(RUN_FONT)]]);
/** A text element as writers write it, bare or keeping its spaces, its text plain (no "<" or "&"). */
const textElement = (capture: "(" | "(?:") =>
  String.raw`<t(?: xml:space="preserve")?>${capture}[^<&\r]*)<\/t>`;
const TEXT = textElement("(");
/** A rich-text run: its font, empty elements only, and its text. */
const RUN = String.raw`<r>(?:<rPr>(?:${plainEmptyElement(RUN_FONT)})*<\/rPr>)?${textElement("(?:")}<\/r>`;
/**
 * An item as writers write it, read whole in one match (docs/speed.md): empty, one plain text
 * (captured), or rich-text runs of plain text with nothing else (captured, their texts read by
 * RUN_TEXT). Anything else (a phonetic guide, a reference, a run's font with children) fails
 * the match and is read the usual way.
 */
const WHOLE_ITEM = new RegExp(String.raw`<si(?:\/>|>(?:${TEXT}|((?:${RUN})+))?<\/si>)`, "y");
const RUN_TEXT = new RegExp(TEXT, "g");

/** The text of an item WHOLE_ITEM matched, as the usual way reads it. */
function wholeItemText(found: RegExpExecArray): string {
  if (found[1] !== undefined) return unescapeText(found[1]);
  if (found[2] === undefined) return "";
  let text = "";
  for (const run of found[2].matchAll(RUN_TEXT)) text += run[1];
  return unescapeText(text);
}

/** The workbook's shared strings, in order: what a cell of type "s" refers to by index. */
export function sharedStrings(part: string, xml: string | null): string[] {
  if (xml === null) return [];
  const strings: string[] = [];
  const item = new StringItem();
  parseXml(part, xml, {
    readsAttributes: () => false,
    passesOver: PASSES_OVER,
    readsWhole: new Map([
      ["sst", { pattern: WHOLE_ITEM, read: (found) => strings.push(wholeItemText(found)) }],
    ]),
    open: (name) => void item.open(name, "si"),
    text: (text) => item.text(text),
    close(name) {
      const done = item.close(name, "si");
      if (done !== undefined) strings.push(done);
    },
  });
  return strings;
}
