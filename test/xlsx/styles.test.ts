import { isDateFormat, isPercentFormat, isTextFormat } from "numfmt";
import { readingOf } from "../../src/xlsx/styles";

/*
 * How a number of a style reads. Formats made only of digit placeholders and separators are
 * known to be plain at once; the others are classified by the reader's own format reader
 * (src/form/numberFormat.ts), as numfmt would classify them, elapsed times aside.
 */

const numfmtReading = (format: string) =>
  isDateFormat(format)
    ? { kind: "date", format }
    : isPercentFormat(format) || isTextFormat(format)
      ? { kind: "shown", format }
      : { kind: "plain" };

describe("the reading of a number format", () => {
  it.each([
    "0",
    "0.00",
    "#,##0",
    "#,##0.00",
    "#,##0.00####",
    "#,##0 ;(#,##0)",
    "0.0;-0.0;0",
    "# ?/?",
    "(0)",
    "+0.00",
  ])("%s, digits and separators only, reads plain, as numfmt says", (format) => {
    expect(readingOf(format)).toEqual({ kind: "plain" });
    expect(numfmtReading(format)).toEqual({ kind: "plain" });
  });

  it.each([
    ["0%", "shown"],
    ["0.00%", "shown"],
    ["@", "shown"],
    ["yyyy/m/d", "date"],
    ['yyyy"年"m"月"', "date"],
    ["0.00E+00", "plain"],
    ['#,##0.00"万元"', "plain"],
    ["[Red]#,##0", "plain"],
  ])("%s reads as numfmt classifies it: %s", (format, kind) => {
    expect(readingOf(format)).toEqual(numfmtReading(format));
    expect(readingOf(format).kind).toBe(kind);
  });

  it("an elapsed time ([h]:mm:ss) reads plain: a count of days, not a date (numfmt calls it one)", () => {
    expect(numfmtReading("[h]:mm:ss").kind).toBe("date");
    expect(readingOf("[h]:mm:ss")).toEqual({ kind: "plain" });
  });

  it("General or nothing reads plain", () => {
    expect(readingOf("General")).toEqual({ kind: "plain" });
    expect(readingOf(undefined)).toEqual({ kind: "plain" });
  });
});
