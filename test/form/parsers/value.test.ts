import fc from "fast-check";
import type { IndicatorValue, Operator } from "../../../src/form/record";
import {
  formatIndicatorValue,
  normalizeValueText,
  operatorOf,
  parseIndicatorValue,
} from "../../../src/form/value";

const quantitative = (operator: string | null, number: string, unit: string | null) => ({
  kind: "quantitative",
  operator,
  number,
  unit,
});

describe("parseIndicatorValue: quantitative", () => {
  it.each([
    ["≥3次", "≥", "3", "次"],
    ["≥10万平方米", "≥", "10", "万平方米"],
    ["100%", null, "100", "%"],
    ["6个月", null, "6", "个月"],
    ["7.4万平方米", null, "7.4", "万平方米"],
    ["124套", null, "124", "套"],
    ["4平方公里", null, "4", "平方公里"],
    ["3年", null, "3", "年"],
    ["90%", null, "90", "%"],
    ["≤4个月", "≤", "4", "个月"],
    [">=90%", "≥", "90", "%"],
    ["<=5天", "≤", "5", "天"],
    ["> =5次", "≥", "5", "次"],
    ["＞５次", ">", "5", "次"],
    ["＜１０％", "<", "10", "%"],
    ["＝100%", "=", "100", "%"],
    ["≧95%", "≥", "95", "%"],
    ["≦3个月", "≤", "3", "个月"],
    ["不低于95%", "≥", "95", "%"],
    ["不少于200人次", "≥", "200", "人次"],
    ["大于等于80%", "≥", "80", "%"],
    ["不高于5%", "≤", "5", "%"],
    ["不超过30天", "≤", "30", "天"],
    ["小于等于10万元", "≤", "10", "万元"],
    ["≥ 90 %", "≥", "90", "%"],
    ["1,000人", null, "1000", "人"],
    ["12,345.50元", null, "12345.5", "元"],
    ["０.５万元/亩", null, "0.5", "万元/亩"],
    ["300元/亩", null, "300", "元/亩"],
    ["1次/月", null, "1", "次/月"],
    ["2023.5万元", null, "2023.5", "万元"],
    ["-5%", null, "-5", "%"],
    ["98.50", null, "98.5", null],
    // The direction written as a word after the amount.
    ["95%以上", "≥", "95", "%"],
    ["95%及以上", "≥", "95", "%"],
    ["5天以下", "≤", "5", "天"],
    ["3000人次以上", "≥", "3000", "人次"],
    ["2", null, "2", null],
    // 百分比 written out is %.
    ["=100百分比", "=", "100", "%"],
    ["≥95 百分比", "≥", "95", "%"],
    ["90百分比以上", "≥", "90", "%"],
    ["5百分点", null, "5", "百分点"],
  ])("%j", (raw, operator, number, unit) => {
    expect(parseIndicatorValue(raw)).toEqual({ raw, ...quantitative(operator, number, unit) });
  });

  it("keeps the trimmed text as raw", () => {
    expect(parseIndicatorValue("  ≥3次 ").raw).toBe("≥3次");
  });
});

describe("operatorOf: an operator in a column of its own", () => {
  it.each([
    ["≥", "≥"],
    ["＝", "="],
    ["=", "="],
    [">=", "≥"],
    ["≦", "≤"],
    ["大于等于", "≥"],
    [" ≤ ", "≤"],
    ["定性", null],
    ["定量", null],
    ["", null],
    ["≥95", null],
  ])("%j → %j", (text, operator) => {
    expect(operatorOf(text)).toBe(operator);
  });
});

describe("parseIndicatorValue: time, qualitative, blank", () => {
  it.each([
    ["每年12月底前", "time"],
    ["2023年12月31日前", "time"],
    ["2023年1月至12月", "time"],
    ["12月底", "time"],
    ["2023年", "time"],
    ["2023.12", "time"],
    ["2023-12-31前", "time"],
    ["2023-2025年", "time"],
    ["每季度", "time"],
    ["好", "qualitative"],
    ["良好", "qualitative"],
    ["优秀", "qualitative"],
    ["较高", "qualitative"],
    ["显著", "qualitative"],
    ["明显提升", "qualitative"],
    ["有效保障", "qualitative"],
    ["加快", "qualitative"],
    ["达到国家标准（一级）", "qualitative"],
    ["≥良好", "qualitative"],
    ["", "blank"],
    ["   ", "blank"],
    ["\u3000", "blank"],
  ])("%j is %s", (raw, kind) => {
    const value = parseIndicatorValue(raw);
    expect(value).toEqual({ raw: raw.trim(), kind, operator: null, number: null, unit: null });
  });
});

describe("formatIndicatorValue", () => {
  it.each([
    [">= 90 %", "≥90%"],
    ["１,０００人", "1000人"],
    ["不低于95%", "≥95%"],
    ["100%", "100%"],
    ["良好", "良好"],
    ["每年12月底前", "每年12月底前"],
    ["", ""],
  ])("%j → %j", (raw, expected) => {
    expect(formatIndicatorValue(parseIndicatorValue(raw))).toBe(expected);
  });
});

describe("normalizeValueText", () => {
  it.each([
    [">=90%", "≥90%"],
    ["<=4个月", "≤4个月"],
    ["＞５次", ">5次"],
    ["＞＝95％", "≥95%"],
    ["≧95%", "≥95%"],
    ["> =5", "≥5"],
    [">= =5", "≥5"],
    ["１２．５万元", "12.5万元"],
    ["≥90%", "≥90%"],
    ["100%", "100%"],
    ["良好", "良好"],
    ["不低于95%", "不低于95%"],
    ["达到国家标准（一级），无事故", "达到国家标准（一级），无事故"],
  ])("%j → %j", (raw, expected) => {
    expect(normalizeValueText(raw)).toBe(expected);
  });

  const valueLike = fc
    .array(
      fc.constantFrom(
        ...[">", "<", "=", "≥", "≤", "≧", "≦", "＞", "＜", "＝", " ", "\u3000", "１", "９", "．"],
        ...["0", "5", ".", ",", "%", "％", "次", "万", "不低于", "（", "）", "良好", "-", "年"]
      ),
      { maxLength: 10 }
    )
    .map((parts) => parts.join(""));

  it("is idempotent", () => {
    fc.assert(
      fc.property(fc.oneof(valueLike, fc.string()), (raw) => {
        const once = normalizeValueText(raw);
        expect(normalizeValueText(once)).toBe(once);
      }),
      { numRuns: 2000 }
    );
  });

  it("leaves the parsed value unchanged, so a fix never changes what the value means", () => {
    fc.assert(
      fc.property(valueLike, (raw) => {
        const meaning = (text: string) => ({ ...parseIndicatorValue(text), raw: "" });
        expect(meaning(normalizeValueText(raw))).toEqual(meaning(raw));
      }),
      { numRuns: 5000 }
    );
  });
});

describe("round trip", () => {
  const operator = fc.constantFrom<Operator | null>(null, "≥", "≤", ">", "<", "=");
  const number = fc
    .tuple(
      fc.nat({ max: 10_000_000 }),
      fc.option(fc.stringMatching(/^\d{0,5}[1-9]$/)),
      fc.boolean()
    )
    .map(([whole, fraction, negative]) => {
      const text = fraction ? `${whole}.${fraction}` : `${whole}`;
      return negative && text !== "0" ? `-${text}` : text;
    });
  const listedUnit = fc.constantFrom(
    ...["%", "次", "人次", "人", "户", "个", "套", "座", "辆", "条", "期", "批次", "天", "个月"],
    ...["公里", "亩", "平方米", "万平方米", "平方公里", "公斤", "元", "万元", "元/亩", "万元/个"],
    ...["次/月", "km", "m²"]
  );
  // Free text after the number: anything that cannot be read as more of the number.
  const freeUnit = fc
    .string({ minLength: 1, maxLength: 6 })
    .filter((u) => /^[^\d\s.,，０-９．]/.test(u) && u === u.trim());
  const unit = fc.option(fc.oneof(listedUnit, freeUnit));

  // Without an operator, 2023年, 12月 and 2023/12 are dates, not amounts.
  const readsAsDate = (n: string, u: string) =>
    /^[年月]/.test(u) || (/^(19|20)\d\d$/.test(n) && /^[./~—至到-]/.test(u));

  it("parseIndicatorValue(formatIndicatorValue(v)) gives v back", () => {
    fc.assert(
      fc.property(operator, number, unit, (op, n, u) => {
        const value: IndicatorValue = {
          raw: "",
          kind: "quantitative",
          operator: op,
          number: n,
          unit: u,
        };
        const text = formatIndicatorValue(value);
        fc.pre(op !== null || !readsAsDate(n, u ?? ""));
        expect(parseIndicatorValue(text)).toEqual({ ...value, raw: text });
      }),
      { numRuns: 2000 }
    );
  });
});
