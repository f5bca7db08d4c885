import { numbersIn, shiftDecimal } from "../decimal";
import { toHalfWidth } from "../width";

/** Units an amount is written in, as powers of ten of 万元. */
const UNITS: Record<string, number> = {
  亿元: 4,
  亿: 4,
  万元: 0,
  万: 0,
  千元: -1,
  元: -4,
};
const NUMBER = String.raw`-?(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?`;
const UNIT = Object.keys(UNITS).join("|");
/** A number and what follows it, up to the next number. */
const MENTION = new RegExp(String.raw`(${NUMBER})\s*(${UNIT})?([^\d]*)`, "g");
/** Anything that could be a unit we do not convert: letters, other currencies, other multipliers. */
const UNCLEAR = /^\s*[A-Za-z$¥￥€£美港欧日英千百十兆角分/／]/;
/** A unit word written apart from its number: then which number it belongs to is unclear. */
const STRAY_UNIT = /[元万亿]/;

/**
 * The amount in 万元 that a text means, only when that is certain: every number in it carries a
 * unit we know (元, 千元, 万/万元, 亿/亿元) or none at all (the column is in 万元) while no unit
 * word stands elsewhere, and all of them mean the same amount. "250元" → "0.025",
 * "2,500,000元" → "250", "1.2亿" → "12000", "854万854万(其中财政854万)" → "854"; "250千",
 * "250 (元)", "250美元" or "100万或200万" → null.
 */
export function amountInWan(raw: string): string | null {
  const text = toHalfWidth(raw);
  const amounts = new Set<string>();
  // Each match starts on a digit with none before it: a number takes every digit it can, and what
  // follows it up to the next digit is its own.
  for (const [, number, unit, after] of text.matchAll(MENTION)) {
    if (UNCLEAR.test(after) || (!unit && STRAY_UNIT.test(after))) return null;
    amounts.add(shiftDecimal(numbersIn(number)[0], UNITS[unit ?? "万"]));
  }
  const before = text.slice(0, text.search(/\d/));
  // A sign or code just before the number, spaces aside ($ 250, USD 250), names another currency.
  if (STRAY_UNIT.test(before) || UNCLEAR.test(before.trimEnd().slice(-1))) return null;
  return amounts.size === 1 ? [...amounts][0] : null;
}
