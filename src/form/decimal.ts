import Big from "big.js";
import type { CellValue } from "./grid";
import { toHalfWidth } from "./width";

/**
 * Exact decimal arithmetic on canonical decimal text ("11.46", "-3", "0.000001").
 * Amounts in 万元 must add to the last digit, so they never pass through binary floating point.
 * big.js does the arithmetic on decimal digits: the core once used BigInt, which Excel 2019's
 * EdgeHTML lacks (docs/addin.md, "Which browsers, and what they need"); the tests keep BigInt as their oracle.
 */

/** Our own big.js constructor: plain notation always, and room for any division by 10^n. */
const Exact = Big();
Exact.NE = -1e6;
Exact.PE = 1e6;
Exact.DP = 1000;
const exact = (value: string | number) => new Exact(value);

/** Half-width digits, point, comma and signs; U+2212 is the minus sign PDFs paste. */
const asciiNumber = (text: string) => toHalfWidth(text).replace(/\u2212/g, "-");

const PLAIN_NUMBER = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d+))?$/;

/** A plain number as canonical text, or null when the text is anything else ("250万", "", "1.2.3"). */
export function parsePlainDecimal(text: string): string | null {
  const m = PLAIN_NUMBER.exec(asciiNumber(text.trim()));
  if (!m || (m[2] === undefined && m[3] === undefined)) return null;
  return canonical(
    `${m[1] === "-" ? "-" : ""}${(m[2] ?? "0").replace(/,/g, "")}${m[3] ? `.${m[3]}` : ""}`
  );
}

/** A number cell as Excel shows the stored double (shortest round trip), or numeric text. */
export function decimalFromCell(value: CellValue): string | null {
  // JavaScript prints very small or large numbers in exponent form (1e-7, 1e+21); canonical's
  // big.js writes them out in full.
  if (typeof value === "number") return Number.isFinite(value) ? canonical(String(value)) : null;
  if (typeof value === "string") return parsePlainDecimal(value);
  return null;
}

/** Already canonical: no leading zeros, no trailing fraction zeros, no "-0". JavaScript prints numbers so. */
const CANONICAL = /^(-?(?:[1-9]\d*|0(?=\.))(?:\.\d*[1-9])?|0)$/;

function canonical(text: string): string {
  return CANONICAL.test(text) ? text : exact(text).toString();
}

/**
 * Amounts on forms are short (11.46, 216.1): as whole numbers of their smallest written unit they
 * fit a double exactly, so they are added and compared as such, and big.js is kept for the rest.
 * This is the arithmetic the reader and the rules do on every form (amounts as exact decimal text:
 * docs/form.md).
 */
const SIMPLE_DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;
/** Digits of a whole number below 10^15 < 2^53: exact as a double. */
const EXACT_DIGITS = 15;

/** Each value as a whole number of 10^-scale, exact, or null when one does not fit. */
function scaledAll(values: readonly string[]): { units: number[]; scale: number } | null {
  const parts: RegExpExecArray[] = [];
  let scale = 0;
  for (const value of values) {
    const m = SIMPLE_DECIMAL.exec(value);
    if (!m) return null;
    parts.push(m);
    if (m[3] !== undefined && m[3].length > scale) scale = m[3].length;
  }
  const units: number[] = [];
  for (const [, sign, whole, fraction = ""] of parts) {
    const digits = whole + fraction.padEnd(scale, "0");
    if (digits.length > EXACT_DIGITS) return null;
    units.push(sign === "-" ? -Number(digits) : Number(digits));
  }
  return { units, scale };
}

/** A whole number of 10^-scale as canonical decimal text. */
function unscaled(units: number, scale: number): string {
  if (units === 0) return "0";
  const digits = String(Math.abs(units)).padStart(scale + 1, "0");
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale).replace(/0+$/, "");
  return `${units < 0 ? "-" : ""}${whole}${fraction ? `.${fraction}` : ""}`;
}

/** The exact sum of short decimals, or null when one is not short or the sum leaves the exact range. */
function quickSum(values: readonly string[], negateLast = false): string | null {
  const scaled = scaledAll(values);
  if (!scaled) return null;
  let sum = 0;
  const last = scaled.units.length - 1;
  for (let i = 0; i <= last; i++) {
    sum += negateLast && i === last ? -scaled.units[i] : scaled.units[i];
    if (!Number.isSafeInteger(sum)) return null;
  }
  return unscaled(sum, scaled.scale);
}

/** The exact sum; null (blank) counts as 0. */
export function addDecimals(...values: (string | null)[]): string {
  const present = values.filter((value): value is string => value !== null);
  const quick = quickSum(present);
  if (quick !== null) return quick;
  let sum = exact("0");
  for (const value of present) sum = sum.plus(value);
  return sum.toString();
}

export function subtractDecimals(a: string, b: string): string {
  return quickSum([a, b], true) ?? exact(a).minus(b).toString();
}

export function compareDecimals(a: string, b: string): -1 | 0 | 1 {
  // Decimals of at most 15 digits map to distinct doubles in the same order (DBL_DIG is 15).
  if (a.length <= EXACT_DIGITS && b.length <= EXACT_DIGITS && isSimple(a) && isSimple(b)) {
    const x = Number(a);
    const y = Number(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return exact(a).cmp(b) as -1 | 0 | 1;
}

const isSimple = (text: string) => SIMPLE_DECIMAL.test(text);

/**
 * An exact decimal as the number a cell holds (the nearest double, which Excel shows with the same
 * digits up to 15 significant ones); blank stays blank.
 */
export function decimalToNumber(text: string | null | undefined): number | null {
  return text === null || text === undefined ? null : Number(text);
}

/** Fraction digits as written ("1.2300" → 4), for the precision rule. */
export function decimalPlaces(text: string): number {
  const m = /\.(\d+)/.exec(asciiNumber(text));
  return m ? m[1].length : 0;
}

/**
 * Every number written in a text, canonical: "854万854万(…)" → ["854", "854"]. A minus right
 * after a digit is a range dash (2023-2025), not a sign.
 */
export function numbersIn(text: string): string[] {
  const ascii = asciiNumber(text);
  // After a digit, "-" is a range dash and the number is what follows it (a lookbehind would
  // say so in the pattern, but Excel 2019's EdgeHTML cannot parse lookbehinds).
  const afterDigit = (m: RegExpMatchArray) => /\d/.test(ascii.charAt((m.index ?? 0) - 1));
  return [...ascii.matchAll(/-?(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?/g)].map((m) =>
    canonical((afterDigit(m) ? m[0].replace(/^-/, "") : m[0]).replace(/,/g, ""))
  );
}

/** The exact product with a power of ten: ("250", -4) → "0.025", ("1.2", 4) → "12000". */
export function shiftDecimal(text: string, power: number): string {
  const scale = exact(10).pow(Math.abs(power));
  return (power >= 0 ? exact(text).times(scale) : exact(text).div(scale)).toString();
}
