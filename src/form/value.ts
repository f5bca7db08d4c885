import { parsePlainDecimal } from "./decimal";
import { memoize } from "./memo";
import type { IndicatorValue, Operator } from "./record";
import { toHalfWidth, toHalfWidthOnly } from "./width";

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

const NUMBER = /^-?(?:(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?|\.\d+)/;

/** "> =5" is ">=5" typed with a stray space. */
const compactOperator = (text: string) => text.replace(/^([<>≥≤≧≦])\s+=/, "$1=");

function leadingOperator(input: string): { operator: Operator | null; rest: string } {
  const text = compactOperator(input);
  for (const [spelling, operator] of OPERATOR_SPELLINGS) {
    if (text.startsWith(spelling))
      return { operator, rest: text.slice(spelling.length).trimStart() };
  }
  return { operator: null, rest: text };
}

function blank(raw: string, kind: IndicatorValue["kind"]): IndicatorValue {
  return { raw, kind, operator: null, number: null, unit: null };
}

/** A 指标值 read as [operator] number [unit], a time, graded words, or blank (docs/form.md, "Indicator values"). */
export function parseIndicatorValue(input: string): IndicatorValue {
  // Values recur across forms (≥95%, 100%, 良好): each text is parsed once; each record gets its own copy.
  const { raw, kind, operator, number, unit } = parseOnce(input);
  return { raw, kind, operator, number, unit };
}

const parseOnce = memoize(parse);

function parse(input: string): IndicatorValue {
  const raw = input.trim();
  if (!raw) return blank(raw, "blank");
  // Read through normalizeValueText so that a value and its fix always parse alike.
  const text = toHalfWidth(normalizeValueText(raw));
  const { operator, rest } = leadingOperator(text);
  if (operator === null && isTime(rest)) return blank(raw, "time");
  const m = NUMBER.exec(rest);
  if (!m) return blank(raw, isTime(rest) ? "time" : "qualitative");
  const number = parsePlainDecimal(m[0]);
  if (number === null) return blank(raw, "qualitative");
  const written = rest.slice(m[0].length).trim();
  // "95%以上" is ≥95%: the direction written as a word after the amount.
  const after = operator === null ? trailingOperator(written) : null;
  const unit = after ? after.unit : written;
  return {
    raw,
    kind: "quantitative",
    operator: after?.operator ?? operator,
    number,
    unit: UNIT_ALIASES.get(unit) ?? (unit || null),
  };
}

/** Units written out in words that mean a symbol: 95百分比 is 95% (budget systems' 度量单位 百分比). */
const UNIT_ALIASES: ReadonlyMap<string, string> = new Map([["百分比", "%"]]);

/** 以上 / 及以上 / 以下 / 及以下 after the amount. */
function trailingOperator(unit: string): { operator: Operator; unit: string } | null {
  const m = /^(.*?)(及)?(以上|以下)$/.exec(unit);
  return m ? { operator: m[3] === "以上" ? "≥" : "≤", unit: m[1].trim() } : null;
}

/**
 * The operator a whole cell names, as budget systems write it in a column of its own
 * (指标性质 ≥ / ＝ / 大于等于); null for anything else (定性, 定量, a blank).
 */
export function operatorOf(text: string): Operator | null {
  const written = compactOperator(toHalfWidth(text.trim()));
  const match = OPERATOR_SPELLINGS.find(([spelling]) => spelling === written);
  return match ? match[1] : null;
}

/**
 * Dates, deadlines and periods rather than amounts: 每年12月底前, 2023年12月31日前,
 * 2023年1月至12月, 12月底. A bare count such as "3年" or "6个月" is a duration, so quantitative.
 */
function isTime(text: string): boolean {
  return TIME_FORMS.some((form) => form.test(text));
}

const TIME_FORMS: readonly RegExp[] = [
  /^(每年|每季度?|每月|每半年|每周)/,
  /^(19|20)\d{2}\s*年/,
  // A date (2023.12, 2023-12-31) but not an amount that starts like a year (2023.5万元).
  /^(19|20)\d{2}[./-]\d{1,2}(?=$|[./~—至到日前底-])/,
  /^(19|20)\d{2}\s*[~—至到-]\s*(19|20)\d{2}/,
  /^\d{1,2}月(\d{1,2}日)?(底|末|初|上旬|中旬|下旬)?(前|之前|以前)?$/,
];

/** The canonical text of a value: operator, number and unit with nothing between them. */
export function formatIndicatorValue(value: IndicatorValue): string {
  return value.kind === "quantitative"
    ? `${value.operator ?? ""}${value.number}${value.unit ?? ""}`
    : value.raw;
}

/**
 * Full-width digits, point, percent and operators only: full-width brackets and commas are
 * ordinary Chinese punctuation in qualitative values and stay as written.
 */
const halfWidthNotation = (text: string) => toHalfWidthOnly(text, /[０-９．％＞＜＝]/g);

/**
 * The same text with symbolic operators and digits in their canonical form (">=90%" → "≥90%").
 * Worded operators (不低于) are left as written.
 */
export const normalizeValueText: (raw: string) => string = memoize(normalizeUntilStable);

function normalizeUntilStable(raw: string): string {
  // Repeated until stable, so that doubled operators (">= =5") also settle and a second call changes nothing.
  let text = raw;
  let next = normalizeOperatorOnce(text);
  while (next !== text) [text, next] = [next, normalizeOperatorOnce(next)];
  return next;
}

function normalizeOperatorOnce(raw: string): string {
  const text = compactOperator(halfWidthNotation(raw.trim()));
  const symbol = SYMBOLIC.find(([spelling]) => text.startsWith(spelling));
  if (!symbol) return text;
  return symbol[1] + text.slice(symbol[0].length).trimStart();
}
