import type { CellValue } from "./grid";
import { toHalfWidth } from "./width";

/**
 * Exact decimal arithmetic on canonical decimal text ("11.46", "-3", "0.000001").
 * Amounts in 万元 must add to the last digit, so they never pass through binary floating point:
 * each value becomes a bigint scaled by a power of ten.
 */

interface Scaled {
  units: bigint;
  scale: number;
}

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
  if (typeof value === "number") return Number.isFinite(value) ? fromNumber(value) : null;
  if (typeof value === "string") return parsePlainDecimal(value);
  return null;
}

/** Expands exponent forms (1e-7, 1.5e+21) that JavaScript uses for very small or large numbers. */
function fromNumber(n: number): string {
  const text = String(n);
  const m = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!m) return canonical(text);
  const digits = m[2] + (m[3] ?? "");
  const point = m[2].length + Number(m[4]);
  const padded = point <= 0 ? "0".repeat(1 - point) + digits : digits.padEnd(point, "0");
  const at = Math.max(point, 1);
  return canonical(`${m[1]}${padded.slice(0, at)}.${padded.slice(at)}`);
}

function toScaled(text: string): Scaled {
  const [whole, fraction = ""] = text.split(".");
  const negative = whole.startsWith("-");
  const units = BigInt(whole.replace("-", "") + fraction);
  return { units: negative ? -units : units, scale: fraction.length };
}

function fromScaled({ units, scale }: Scaled): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, "0");
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale).replace(/0+$/, "");
  const text = fraction ? `${whole}.${fraction}` : whole;
  return negative && text !== "0" ? `-${text}` : text;
}

/** Already canonical: no leading zeros, no trailing fraction zeros, no "-0". JavaScript prints numbers so. */
const CANONICAL = /^(-?(?:[1-9]\d*|0(?=\.))(?:\.\d*[1-9])?|0)$/;

function canonical(text: string): string {
  return CANONICAL.test(text) ? text : fromScaled(toScaled(text));
}

function align(a: Scaled, b: Scaled): [bigint, bigint, number] {
  const scale = Math.max(a.scale, b.scale);
  return [
    a.units * 10n ** BigInt(scale - a.scale),
    b.units * 10n ** BigInt(scale - b.scale),
    scale,
  ];
}

/** The exact sum; null (blank) counts as 0. */
export function addDecimals(...values: (string | null)[]): string {
  let sum: Scaled = { units: 0n, scale: 0 };
  for (const value of values) {
    if (value === null) continue;
    const [a, b, scale] = align(sum, toScaled(value));
    sum = { units: a + b, scale };
  }
  return fromScaled(sum);
}

export function subtractDecimals(a: string, b: string): string {
  const [x, y, scale] = align(toScaled(a), toScaled(b));
  return fromScaled({ units: x - y, scale });
}

export function compareDecimals(a: string, b: string): -1 | 0 | 1 {
  const [x, y] = align(toScaled(a), toScaled(b));
  return x < y ? -1 : x > y ? 1 : 0;
}

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
  const found =
    asciiNumber(text).match(/(?<!\d)-?(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?/g) ?? [];
  return found.map((n) => canonical(n.replace(/,/g, "")));
}

/** The exact product with a power of ten: ("250", -4) → "0.025", ("1.2", 4) → "12000". */
export function shiftDecimal(text: string, power: number): string {
  const { units, scale } = toScaled(text);
  const shifted = scale - power;
  return shifted >= 0
    ? fromScaled({ units, scale: shifted })
    : fromScaled({ units: units * 10n ** BigInt(-shifted), scale: 0 });
}
