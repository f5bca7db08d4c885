import { formatKind } from "../form/numberFormat";
import { RUN_FONT } from "./sharedStrings";
import { emptyChildren, parseXml } from "./xml";

/**
 * The formats Excel knows by number (ECMA-376 §18.8.30) without writing them into the file.
 * 14 and 22 follow the system's short date: a Chinese Windows shows 2023/1/1; 27–36 and 50–58
 * are the zh-CN East Asian date and time formats.
 */
const BUILT_IN: Record<number, string> = {
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "yyyy/m/d",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "yyyy/m/d h:mm",
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: "m-d-yy",
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"',
  34: '上午/下午h"时"mm"分"',
  35: '上午/下午h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  55: '上午/下午h"时"mm"分"',
  56: '上午/下午h"时"mm"分"ss"秒"',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
};

/**
 * How a number in a cell of this style is read: as it is (amounts keep every digit), as the text
 * its percent or text format shows, or as the text its date format shows.
 */
export type NumberReading = { kind: "plain" } | { kind: "shown" | "date"; format: string };

const PLAIN: NumberReading = { kind: "plain" };

/**
 * Digit placeholders, separators, signs, parentheses and spaces, nothing else ("#,##0.00", the
 * amounts' formats): no date part, percent sign or text placeholder can be in it, so the format
 * need not be read (docs/speed.md).
 */
const PLAIN_FORMAT = /^[#0?,.;+\-() ]*$/;

export function readingOf(format: string | undefined): NumberReading {
  if (!format || format === "General" || PLAIN_FORMAT.test(format)) return PLAIN;
  // A format that is not read (an unreadable code among them) keeps the number itself.
  const kind = formatKind(format);
  if (kind === "date") return { kind: "date", format };
  if (kind === "percent" || kind === "text") return { kind: "shown", format };
  return PLAIN;
}

/** Styles' parts no number reading needs, passed over when their children are empty (docs/speed.md). */
const PASSES_OVER = new Map([
  ["font", emptyChildren(RUN_FONT)],
  ["fill", emptyChildren(["patternFill"])],
  [
    "border",
    emptyChildren([
      "left",
      "right",
      "top",
      "bottom",
      "diagonal",
      "vertical",
      "horizontal",
      "start",
      "end",
    ]),
  ],
  ["xf", emptyChildren(["alignment", "protection"])],
]);

/** For each cell style index (a cell's s attribute), how its numbers read. */
export function numberReadings(part: string, xml: string | null): NumberReading[] {
  if (xml === null) return [];
  const custom = new Map<number, string>();
  const styles: NumberReading[] = [];
  const byFormat = new Map<number, NumberReading>();
  let inCellXfs = false;
  parseXml(part, xml, {
    // A cell format's number format only (docs/speed.md).
    readsAttributes: (name) => name === "numFmt" || (name === "xf" && inCellXfs && "numFmtId"),
    passesOver: PASSES_OVER,
    open(name, attributes) {
      if (name === "numFmt") custom.set(Number(attributes.numFmtId), attributes.formatCode ?? "");
      else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs) {
        const id = Number(attributes.numFmtId ?? 0);
        let reading = byFormat.get(id);
        if (!reading) byFormat.set(id, (reading = readingOf(custom.get(id) ?? BUILT_IN[id])));
        styles.push(reading);
      }
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
    },
  });
  return styles;
}
