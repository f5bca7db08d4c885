import fc from "fast-check";
import { utf8Length } from "../../src/form/utf8";

const encoded = (text: string) => new TextEncoder().encode(text).length;

describe("utf8Length", () => {
  it("counts ASCII, Chinese, full-width and astral characters as UTF-8 does", () => {
    expect(utf8Length("")).toBe(0);
    expect(utf8Length("A1")).toBe(2);
    expect(utf8Length("é")).toBe(2);
    expect(utf8Length("绩效目标")).toBe(12);
    expect(utf8Length("（）")).toBe(6);
    expect(utf8Length("𠀀")).toBe(4);
  });

  it("counts a lone surrogate as the three bytes of U+FFFD, as TextEncoder does", () => {
    expect(utf8Length("\ud800")).toBe(3);
    expect(utf8Length("\udc00\ud800")).toBe(6);
    expect(utf8Length("a\ud800")).toBe(4);
  });

  it.each([
    [0x7f, 0x80],
    [0x7ff, 0x800],
    [0xd7ff, 0xd800],
    [0xdbff, 0xdc00],
    [0xdfff, 0xe000],
  ])("agrees with TextEncoder on each side of the boundary %s | %s", (below, at) => {
    for (const unit of [below, at]) {
      for (const text of [String.fromCharCode(unit), String.fromCharCode(unit, 0xdc00)])
        expect(utf8Length(text)).toBe(encoded(text));
    }
    // Surrogate pairs at the ends of both ranges.
    for (const pair of ["\ud800\udc00", "\udbff\udfff", "\ud800\udfff", "\udbff\udc00"])
      expect(utf8Length(pair)).toBe(4);
  });

  it("agrees with TextEncoder on any sequence of UTF-16 code units", () => {
    const units = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 40 });
    fc.assert(
      fc.property(units, (codes) => {
        const text = String.fromCharCode(...codes);
        expect(utf8Length(text)).toBe(encoded(text));
      }),
      { numRuns: 2000 }
    );
  });
});
