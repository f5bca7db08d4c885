import { runInNewContext } from "node:vm";
import { asciiSource, escapeNonAscii, rawAsCooked } from "../../scripts/asciiSource";

/*
 * The build rewrites dist/cli.js in escapes so that it is all ASCII (docs/speed.md, "Starting"):
 * each rewritten piece must mean what it meant. Each case runs both texts and compares.
 */

const NON_ASCII = /[\u0080-\uffff]/;

/** The value of an expression's source, in a fresh context. */
const valueOf = (source: string): unknown => runInNewContext(`(${source})`);

/** What a regular expression makes of each text: whether it matches, and what. */
const matches = (pattern: unknown, texts: string[]) =>
  texts.map((text) => (pattern as RegExp).exec(text)?.slice() ?? null);

describe("the bundle's non-ASCII text in escapes", () => {
  const texts = [
    "2023年至2025年",
    "至",
    "年度",
    "😀",
    "a😀b",
    "\\年",
    "年\\",
    "ｂ",
    "x",
    "",
    "—－～",
  ];

  it.each([
    ["/(指标|值)$/", "alternatives"],
    ["/^[*★其\\d(一二三四五六七八九十]|[):码]$/", "a class of non-ASCII characters"],
    ["/[\\年]/", "an identity escape of a non-ASCII character"],
    ["/\\\\年/", "an escaped backslash before one"],
    ["/[😀]/", "a character outside the BMP, as two units"],
    ["/[😀]/u", "a character outside the BMP, as one code point"],
    ["/^(?<年份>\\d{4})年$/", "a group named in Chinese"],
    ["/至|到/gi", "flags"],
  ])("keeps a regular expression literal's meaning: %s (%s)", (literal) => {
    const { code, left } = asciiSource(`x = ${literal};`);
    expect(left).toBe(0);
    expect(code).not.toMatch(NON_ASCII);
    const escaped = code.slice("x = ".length, -1);
    expect(matches(valueOf(escaped), texts)).toEqual(matches(valueOf(literal), texts));
    expect((valueOf(escaped) as RegExp).flags).toBe((valueOf(literal) as RegExp).flags);
  });

  it("turns String.raw templates into ordinary ones of the same value", () => {
    const source =
      "(() => { const y = String.raw`(\\d{4})`; " +
      "return String.raw`^${y}\\s*年?\\s*(?:至|到|~|—|-)\\s*${y}\\s*年?度?$ \\` \\${ $ {} \\\\ 😀`; })()";
    const { code, left } = asciiSource(source);
    expect(left).toBe(0);
    expect(code).not.toMatch(NON_ASCII);
    expect(code).not.toContain("String.raw`^");
    expect(valueOf(code)).toBe(valueOf(source));
    expect(valueOf(code)).toContain("\\s*年?");
  });

  it("keeps strings, ordinary templates, names and comments meaning the same", () => {
    const source =
      "(() => { /* 年度 */ const 名称 = '年\\度'; // 一级\n" +
      'return [名称, `${名称}：二级\\年`, "😀—", { 名称 }]; })()';
    const { code, left } = asciiSource(source);
    expect(left).toBe(0);
    expect(code).not.toMatch(NON_ASCII);
    expect(valueOf(code)).toEqual(valueOf(source));
  });

  it("leaves a template of another tag as written, and says so", () => {
    const source = "((s) => s.raw[0])`年\\n`";
    const { code, left } = asciiSource(source);
    expect(left).toBe(1);
    expect(valueOf(code)).toBe(valueOf(source));
  });

  it("escapes by code point only where the text reads code point escapes", () => {
    expect(escapeNonAscii("😀", true)).toBe("\\u{1F600}");
    expect(escapeNonAscii("😀")).toBe("\\uD83D\\uDE00");
    expect(escapeNonAscii("\\\\年")).toBe("\\\\\\u5E74");
    expect(rawAsCooked("\\d`${年")).toBe("\\\\d\\`\\${\\u5E74");
  });
});
