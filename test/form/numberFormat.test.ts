import fc from "fast-check";
import { format, isDateFormat, isPercentFormat, isTextFormat } from "numfmt";
import { formatKind, generalNumber, shownNumber } from "../../src/form/numberFormat";

/*
 * The pane's own reading of number formats against numfmt, the library it replaces there: over
 * random formats of the kinds forms use and random numbers, the same text and the same kind.
 * FORMAT_RUNS=100000 runs each property longer (it found the sign of a scaled percent).
 */

const numfmtKind = (code: string) =>
  isDateFormat(code)
    ? "date"
    : isPercentFormat(code)
      ? "percent"
      : isTextFormat(code)
        ? "text"
        : "plain";

const pick = <T>(...items: T[]) => fc.constantFrom(...items);

/** A percent section: digits as forms write them, a literal before or after. */
const percentSection = fc
  .tuple(
    pick("0", "#0", "#,##0", "#", "##0"),
    pick<number | null>(null, 0, 1, 2, 3, 4),
    pick("", " ", '"约"', "\\+", "$", "("),
    pick("", " ", '"以上"', ")", "_)", "*-")
  )
  .map(
    ([integer, decimals, before, after]) =>
      `${before}${integer}${decimals === null ? "" : `.${"0".repeat(decimals)}`}%${after}`
  );

const percentFormat = fc
  .tuple(percentSection, percentSection, pick(0, 1, 2, 3), pick("", ";@"))
  .map(([first, second, shape, text]) => {
    const sections = [
      [first],
      [first, `-${second}`],
      [first, `[Red](${second})`],
      [first, second, '"零"'],
    ][shape];
    return sections.join(";") + (sections.length < 3 ? text : "");
  });

const DATE_PARTS = [
  "yyyy",
  "yy",
  "y",
  "e",
  "m",
  "mm",
  "mmm",
  "mmmm",
  "mmmmm",
  "d",
  "dd",
  "ddd",
  "dddd",
  "h",
  "hh",
  "s",
  "ss",
  "AM/PM",
  "A/P",
];
const SEPARATORS = ["/", "-", " ", ":", "年", "月", "日", '"年"', "\\年", "", "上午/下午"];

/** Parts a language code does not change: its dates read the same in every language. */
const NUMERIC_PARTS = DATE_PARTS.filter((p) => !/^(mmm+|ddd+|AM\/PM|A\/P)$/.test(p));

const dateFormat = fc
  .tuple(
    fc.array(fc.tuple(pick(...DATE_PARTS), pick(...SEPARATORS)), { minLength: 1, maxLength: 7 }),
    pick("", "[Red]", "[Blue]"),
    pick("", ";@")
  )
  .map(([parts, colour, text]) => colour + parts.map(([part, sep]) => part + sep).join("") + text);

const localDateFormat = fc
  .tuple(
    // A separator each, so that two parts never run into a name ("mm" "mm" is "mmmm").
    fc.array(fc.tuple(pick(...NUMERIC_PARTS), pick(...SEPARATORS.filter(Boolean))), {
      minLength: 1,
      maxLength: 6,
    }),
    pick("[$-804]", "[$-409]", "[$-404]"),
    pick("", ";@")
  )
  .map(([parts, code, text]) => code + parts.map(([part, sep]) => part + sep).join("") + text);

/** Numbers as cells hold them: whole, a few decimals, any double. */
const percentValue = fc.oneof(
  fc.integer({ min: -100_000, max: 100_000 }).map((n) => n / 10_000),
  fc.integer({ min: -1_000, max: 1_000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  pick(0, 0.005, 0.0045, 0.125, -0.125, 0.07, 1.005, 0.145, 0.955)
);
const dateValue = fc.oneof(
  fc.integer({ min: 0, max: 2_958_465 }),
  fc.double({ min: 0, max: 2_958_465.99, noNaN: true }),
  fc.integer({ min: 36_000, max: 50_000 }).map((n) => n + 0.5),
  pick(0, 1, 59, 60, 61, 0.99999999, 44927.999994, 45000.123456)
);

/** The kind and the text of each format and value are numfmt's. */
function showsAsNumfmt(formats: fc.Arbitrary<string>, values: fc.Arbitrary<number>): void {
  fc.assert(
    fc.property(formats, values, (code, value) => {
      expect(formatKind(code)).toBe(numfmtKind(code));
      expect({ code, value, shown: shownNumber(code, value) }).toEqual({
        code,
        value,
        shown: format(code, value),
      });
    }),
    { numRuns: Number(process.env.FORMAT_RUNS ?? 5000) }
  );
}

describe("reading number formats as numfmt does", () => {
  it("shows percent formats' numbers as numfmt's format does", () => {
    showsAsNumfmt(percentFormat, percentValue);
  });

  it("shows date formats' numbers as numfmt's format does, from 1900 to 9999", () => {
    showsAsNumfmt(dateFormat, dateValue);
  });

  it("reads a language code where it changes nothing, and nowhere else", () => {
    fc.assert(
      fc.property(localDateFormat, dateValue, (code, value) => {
        expect(formatKind(code)).toBe("date");
        expect({ code, value, shown: shownNumber(code, value) }).toEqual({
          code,
          value,
          shown: format(code, value),
        });
      }),
      { numRuns: 2000 }
    );
    for (const code of [
      "[$-804]yyyy年mmm",
      "[$-804]h:mm AM/PM",
      "[$-804]0%",
      "[$-F800]dddd, mmmm dd, yyyy",
    ])
      expect({ code, kind: formatKind(code) }).toEqual({ code, kind: "plain" });
  });

  it("shows text formats' numbers as General does", () => {
    const value = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.double({ min: -1e12, max: 1e12, noNaN: true }),
      fc.integer().map((n) => n / 1000),
      fc.integer({ min: -1e9, max: 1e9 })
    );
    fc.assert(
      fc.property(pick("@", '@" USD"', '"编号"@'), value, (code, v) => {
        expect(formatKind(code)).toBe("text");
        expect(isTextFormat(code)).toBe(true);
        expect({ v, shown: shownNumber(code, v) }).toEqual({ v, shown: format("General", v) });
        expect(generalNumber(v)).toBe(format("General", v));
      }),
      { numRuns: Number(process.env.FORMAT_RUNS ?? 5000) }
    );
  });

  it("reads the formats forms were found with, and leaves others' numbers as numbers", () => {
    const read = [
      "yyyy/m/d",
      'yyyy"年"m"月"d"日"',
      "yyyy\\年m\\月d\\日",
      'yyyy"年"m"月"',
      "m-d-yy",
      "d-mmm-yy",
      "0%",
      "0.0%",
      "0.00%",
      "@",
      "yyyy/m/d h:mm",
      '上午/下午h"时"mm"分"',
    ];
    for (const code of read)
      for (const value of [44927, 45292.75, 0.955, 1, 0])
        expect({ code, value, shown: shownNumber(code, value) }).toEqual({
          code,
          value,
          shown: format(code, value),
        });
    // Amounts, conditions, fractions, exponents, elapsed time, locales: the number itself.
    const plain = [
      "#,##0.00####",
      "0.00",
      "General",
      "[>=100]0%;0.0%",
      "# ?/?",
      "0.00E+00",
      "[h]:mm:ss",
      "[$-804]yyyy年mmm",
      "mmss.0",
      '0.00_);[Red]"(0.00)"',
    ];
    for (const code of plain) {
      expect({ code, kind: formatKind(code) }).toEqual({ code, kind: "plain" });
      expect(shownNumber(code, 0.5)).toBeNull();
    }
    expect(shownNumber("yyyy/m/d", -1)).toBeNull();
    expect(shownNumber("yyyy/m/d", 2_958_466)).toBeNull();
    expect(shownNumber('"unclosed', 1)).toBeNull();
  });
});
