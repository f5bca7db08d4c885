import { parsePlainDecimal } from "./decimal";
import type { IndicatorValue, Operator } from "./record";
import { toHalfWidth } from "./text";

/** Ways of writing each operator, longest first so that ">=" wins over ">". */
const OPERATOR_SPELLINGS: readonly [string, Operator][] = [
  ["大于等于", "≥"],
  ["不低于", "≥"],
  ["不少于", "≥"],
  ["不小于", "≥"],
  ["小于等于", "≤"],
  ["不高于", "≤"],
  ["不超过", "≤"],
  ["不大于", "≤"],
  ["≥=", "≥"],
  [">=", "≥"],
  ["=>", "≥"],
  ["<=", "≤"],
  ["=<", "≤"],
  ["≥", "≥"],
  ["≧", "≥"],
  ["≤", "≤"],
  ["≦", "≤"],
  [">", ">"],
  ["<", "<"],
  ["=", "="],
];

/** Symbolic spellings only: the words above are left as written by normalizeValueText. */
const SYMBOLIC = OPERATOR_SPELLINGS.filter(([spelling]) => !/[\u4e00-\u9fff]/.test(spelling));

const NUMBER = /^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?|^\.\d+/;
function leadingOperator(text: string): { operator: Operator | null; rest: string } {
  for (const [spelling, operator] of OPERATOR_SPELLINGS) {
    if (text.startsWith(spelling))
      return { operator, rest: text.slice(spelling.length).trimStart() };
  }
  return { operator: null, rest: text };
}

function blank(raw: string, kind: IndicatorValue["kind"]): IndicatorValue {
  return { raw, kind, operator: null, number: null, unit: null };
}

/** A 指标值 read as [operator] number [unit], a time, graded words, or blank (domain.md §5). */
export function parseIndicatorValue(input: string): IndicatorValue {
  const raw = input.trim();
  if (!raw) return blank(raw, "blank");
  const text = toHalfWidth(raw).replace(/．/g, ".");
  const { operator, rest } = leadingOperator(text);
  if (operator === null && isTime(rest)) return blank(raw, "time");
  const m = NUMBER.exec(rest);
  if (!m) return blank(raw, isTime(rest) ? "time" : "qualitative");
  const number = parsePlainDecimal(m[0].startsWith(".") ? `0${m[0]}` : m[0]);
  if (number === null) return blank(raw, "qualitative");
  const unit = rest.slice(m[0].length).trim();
  return { raw, kind: "quantitative", operator, number, unit: unit || null };
}

/**
 * Dates, deadlines and periods rather than amounts: 每年12月底前, 2023年12月31日前,
 * 2023年1月至12月, 12月底. A bare count such as "3年" or "6个月" is a duration, so quantitative.
 */
function isTime(text: string): boolean {
  if (/^(每年|每季度?|每月)/.test(text)) return true;
  if (/^(19|20)\d{2}(年|[./-]\d)/.test(text)) return true;
  return /^\d{1,2}月(\d{1,2}日)?(底|末|初|上旬|中旬|下旬)?(前|之前|以前)?$/.test(text);
}

/** The canonical text of a value: operator, number and unit with nothing between them. */
export function formatIndicatorValue(value: IndicatorValue): string {
  return value.kind === "quantitative"
    ? `${value.operator ?? ""}${value.number}${value.unit ?? ""}`
    : value.raw;
}

/** The same text with symbolic operators, digits and punctuation in their canonical form. */
export function normalizeValueText(raw: string): string {
  let text = toHalfWidth(raw.trim());
  for (const [spelling, operator] of SYMBOLIC) {
    if (text.startsWith(spelling)) {
      text = operator + text.slice(spelling.length).trimStart();
      break;
    }
  }
  return text;
}
