import { StringItem, unescapeText } from "./text";
import { emptyChildren, parseXml, wholeElement } from "./xml";

/** The font of a rich-text run: nothing a person reads, passed over (docs/speed.md). */
export const RUN_FONT = [
  ...["b", "i", "strike", "condense", "extend", "outline", "shadow", "u", "vertAlign", "sz"],
  ...["color", "rFont", "name", "family", "charset", "scheme"],
];
const PASSES_OVER = new Map([["rPr", emptyChildren(RUN_FONT)]]);
/** An item of one plain text, `<si><t>…</t></si>`, read whole in one match (docs/speed.md). */
const WHOLE_ITEM = wholeElement("si", [], "t", 'xml:space="preserve"');

/** The workbook's shared strings, in order: what a cell of type "s" refers to by index. */
export function sharedStrings(part: string, xml: string | null): string[] {
  if (xml === null) return [];
  const strings: string[] = [];
  const item = new StringItem();
  parseXml(part, xml, {
    readsAttributes: () => false,
    passesOver: PASSES_OVER,
    readsWhole: new Map([
      ["sst", { pattern: WHOLE_ITEM, read: (found) => strings.push(unescapeText(found[1] ?? "")) }],
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
