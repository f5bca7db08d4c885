import fc from "fast-check";
import { parseXml } from "../../src/xlsx/xml";

/*
 * The scanner checks the attributes nobody reads by a quicker path than the ones it reads
 * (src/xlsx/xml.ts, docs/speed.md): whatever a tag holds, both must see the same elements open and
 * close, and refuse the same tags with the same reason.
 */

/** What scanning `xml` gives: each open and close in turn, or the refusal's English text. */
function events(xml: string, readsAttributes: boolean): string {
  const seen: string[] = [];
  try {
    parseXml("part.xml", xml, {
      readsAttributes: () => readsAttributes,
      open: (name) => seen.push(`<${name}>`),
      close: (name) => seen.push(`</${name}>`),
      text: (text) => seen.push(text),
    });
  } catch (error) {
    seen.push(`refused: ${(error as Error).message}`);
  }
  return seen.join(" ");
}

/** Whole attributes and the pieces of broken ones. */
const pieces = [
  ...[' a="1"', " b:c='2'", ' d = "x"', ' e="<"', " f='&amp;'", ' g="&x;"', ' h=">/"'],
  ...[" ", "\t", "\n", "a", "=", '"', "'", "<", ">", "/", "&", "&x;", "é"],
];

describe("the XML scanner's attributes nobody reads", () => {
  it("are refused or accepted exactly as the ones it reads, whatever the tag holds", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 16 }), (inside) => {
        const xml = `<r><e${inside.join("")}>t</e><f/></r>`;
        expect(events(xml, false)).toBe(events(xml, true));
      }),
      { numRuns: 5_000 }
    );
  });

  it.each([
    ["<r><e a=\"1\" b='2'/></r>", "<r> <e> </e> </r>"],
    ['<r><e\n a = "x>y" \t/><e c="/">t</e></r>', "<r> <e> </e> <e> t </e> </r>"],
    ['<r><e a="&amp;"/></r>', "<r> <e> </e> </r>"],
  ])("reads %s", (xml, expected) => {
    expect(events(xml, false)).toBe(expected);
  });

  it("takes a tag of many attributes, or of many spaces and no end, in linear time", () => {
    const many = `<r><e${' a="1"'.repeat(20_000)}${" ".repeat(20_000)}x</r>`;
    const start = performance.now();
    expect(events(many, false)).toMatch(/refused/);
    expect(performance.now() - start).toBeLessThan(2_000);
  });
});
