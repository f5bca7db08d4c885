import { StringItem } from "./text";
import { parseXml } from "./xml";

/** The workbook's shared strings, in order: what a cell of type "s" refers to by index. */
export function sharedStrings(part: string, xml: string | null): string[] {
  if (xml === null) return [];
  const strings: string[] = [];
  const item = new StringItem();
  parseXml(part, xml, {
    readsAttributes: () => false,
    open: (name) => void item.open(name, "si"),
    text: (text) => item.text(text),
    close(name) {
      const done = item.close(name, "si");
      if (done !== undefined) strings.push(done);
    },
  });
  return strings;
}
