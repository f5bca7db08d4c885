import fc from "fast-check";
import { fundingRules } from "../../../src/form/rules/funding";
import { formContext, sampleRecord } from "../../support/forms";
import { column, period, sampleWithFields } from "../../support/records";
import { ruleByCode, runRule } from "../../support/rules";
import { has, ruleTable } from "../../support/ruleTable";

const funding = (p: ReturnType<typeof column> | null, a: ReturnType<typeof column> | null) =>
  sampleWithFields({ funding: { period: p, annual: a } });

/** Funding of a form whose amounts are written in 元 (单位：元), annual column only. */
const inYuan = (a: ReturnType<typeof column>) => ({
  writtenIn: "元" as const,
  period: null,
  annual: a,
});

ruleTable(fundingRules, "funding.not-number", "error", {
  valid: [{ name: "the sample", record: sampleRecord() }],
  invalid: [
    {
      name: "250万: one number, offered as the fix",
      record: funding(column("11.46", "11.46"), column("250万", "11.46")),
      findings: [{ cell: "E6", message: has("250万", "250"), fix: { cell: "E6", value: "250" } }],
    },
    {
      name: "the same number twice is still one number",
      record: funding(column("854万854万(其中财政854万)", "854"), column("11.46", "11.46")),
      findings: [{ cell: "C6", fix: { cell: "C6", value: "854" } }],
    },
    {
      name: "no number to offer",
      record: funding(column("11.46", "11.46"), column("11.46", "十一万")),
      findings: [
        {
          cell: "E7",
          message: "年度财政拨款“十一万”不是数字，金额栏只能填写以万元为单位的数字。",
          messageEn:
            'The annual fiscal funds "十一万" is not a number; amounts are plain numbers in 万元.',
        },
      ],
    },
    {
      name: "a form written in 元 gets its fix in 元",
      record: { ...sampleRecord(), funding: inYuan(column("250万", "11.46")) },
      findings: [
        {
          cell: "E6",
          message: "年度金额“250万”不是数字；按元计应填 2500000。",
          fix: { cell: "E6", value: "2500000" },
        },
      ],
    },
    {
      name: "a form written in 元 with no number to offer",
      record: { ...sampleRecord(), funding: inYuan(column("十一万", "11.46")) },
      findings: [{ cell: "E6", message: has("以元为单位") }],
    },
    {
      name: "250元 is 0.025 万元",
      record: funding(null, column("250元", "11.46")),
      findings: [{ cell: "E6", message: has("0.025"), fix: { cell: "E6", value: "0.025" } }],
    },
    {
      name: "2,500,000元 is 250 万元",
      record: funding(null, column("2,500,000元", "11.46")),
      findings: [{ cell: "E6", fix: { cell: "E6", value: "250" } }],
    },
    {
      name: "1.2亿 is 12000 万元",
      record: funding(null, column("1.2亿", "11.46")),
      findings: [{ cell: "E6", fix: { cell: "E6", value: "12000" } }],
    },
    ...["250千", "250 (元)", "250美元", "100万或200万", "¥250", "250元/亩", "2.5百万"].map(
      (raw) => ({
        name: `${raw}: the unit is unclear, so no fix`,
        record: funding(null, column(raw, "11.46")),
        findings: [{ cell: "E6", message: has(raw) }],
      })
    ),
  ],
});

ruleTable(fundingRules, "funding.negative", "error", {
  valid: [
    { name: "the sample", record: sampleRecord() },
    { name: "zero other funds", record: funding(null, column("11.46", "11.46", "0")) },
  ],
  invalid: [
    {
      name: "a negative other funds",
      record: funding(column("11.46", "12.46", "-1"), column("11.46", "11.46")),
      findings: [
        {
          cell: "C8",
          message: "实施期其他资金为负数（-1）。",
          messageEn: "The period other funds is negative (-1).",
        },
      ],
    },
  ],
});

ruleTable(fundingRules, "funding.sum", "error", {
  valid: [
    { name: "the sample", record: sampleRecord() },
    { name: "0.1 + 0.2 = 0.3 exactly", record: funding(null, column("0.3", "0.1", "0.2")) },
    {
      name: "a part that is not a number is not-number's finding",
      record: funding(null, column("10", "5万", "3")),
    },
    { name: "a total with both parts left blank", record: funding(null, column("10", null)) },
    {
      name: "parts with no total: nothing to add up to (header.missing's)",
      record: funding(null, column(null, "10", "5")),
    },
  ],
  invalid: [
    {
      name: "parts that miss the total, in each column, on the total cell",
      record: funding(column("100", "60", "30"), column("50", "40")),
      findings: [
        { cell: "C6", message: has("100", "60", "30", "10") },
        { cell: "E6", message: has("50", "40", "0", "10"), messageEn: has("annual") },
      ],
    },
    {
      name: "a blank 财政拨款 counts as 0 beside the other funds",
      record: funding(null, column("10", null, "5")),
      findings: [
        {
          cell: "E6",
          message: "年度金额 10 ≠ 财政拨款 0 + 其他资金 5（差 5 万元）。",
          messageEn: "The annual total 10 ≠ fiscal 0 + other 5 (off by 5 万元).",
        },
      ],
    },
  ],
});

ruleTable(fundingRules, "funding.annual-exceeds-period", "error", {
  valid: [{ name: "the sample", record: sampleRecord() }],
  invalid: [
    {
      name: "a blank period total: only the fiscal parts compare",
      record: funding(column(null, "10"), column("12", "12")),
      findings: [{ cell: "E7", message: has("12", "10") }],
    },
    {
      name: "a blank annual total: only the fiscal parts compare",
      record: funding(column("10", "10"), column(null, "12")),
      findings: [{ cell: "E7", message: has("12", "10") }],
    },
    {
      name: "annual total and fiscal above the period's",
      record: funding(column("10", "10"), column("12", "12")),
      findings: [
        { cell: "E6", message: has("12", "10") },
        { cell: "E7", message: has("财政拨款") },
      ],
    },
  ],
});

ruleTable(fundingRules, "funding.single-year", "warning", {
  valid: [
    { name: "the sample", record: sampleRecord() },
    {
      name: "a multi-year project",
      record: {
        ...funding(column("30", "30"), column("10", "10")),
        period: period("2023-2025年", "2023-01", "2025-12"),
      },
    },
    {
      name: "a larger annual total is annual-exceeds-period's",
      record: funding(column("10", "10"), column("12", "12")),
    },
    {
      name: "no annual total to compare (header.missing's)",
      record: funding(column("30", "30"), column(null, "10")),
    },
  ],
  invalid: [
    {
      name: "a one-year project whose annual total is less",
      record: funding(column("30", "30"), column("10", "10")),
      findings: [{ cell: "E6", message: has("10", "30") }],
    },
  ],
});

ruleTable(fundingRules, "funding.period-missing", "warning", {
  valid: [
    {
      name: "a one-year project without a period column",
      record: funding(null, column("11.46", "11.46")),
    },
  ],
  invalid: [
    {
      name: "a multi-year project without a period total",
      record: {
        ...funding(null, column("10", "10")),
        period: period("2023-2025年", "2023-01", "2025-12"),
      },
      findings: [{ cell: "C6", message: has("2023-2025年") }],
    },
  ],
});

ruleTable(fundingRules, "funding.precision", "warning", {
  valid: [
    { name: "six places", record: funding(null, column("1.123456", "1.123456")) },
    {
      name: "text that is no number is not-number's, however many places",
      record: funding(null, column("1.1234567万", "11.46")),
    },
  ],
  invalid: [
    {
      name: "seven places",
      record: funding(null, column("1.1234567", "1.1234567")),
      findings: [
        {
          cell: "E6",
          message: "年度金额 1.1234567 有 7 位小数，超过 6 位（0.01 元）。",
          messageEn: "The annual total 1.1234567 has 7 decimal places, more than 6 (0.01 元).",
        },
        { cell: "E7", message: has("年度财政拨款", "1.1234567", "7") },
      ],
    },
  ],
});

describe("funding.sum on random amounts", () => {
  const rule = ruleByCode(fundingRules, "funding.sum");
  const amount = fc
    .tuple(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 999_999 }))
    .map(([w, f]) => `${w}.${String(f).padStart(6, "0")}`.replace(/\.?0+$/, "") || "0");
  const micro = (text: string) => {
    const [w, f = ""] = text.split(".");
    return BigInt(w) * 1_000_000n + BigInt(f.padEnd(6, "0"));
  };

  it("fires exactly when fiscal + other ≠ total", () => {
    fc.assert(
      fc.property(
        amount,
        amount,
        fc.oneof(amount, fc.constant(null)),
        fc.boolean(),
        (fiscal, other, given, useSum) => {
          const total = useSum || given === null ? null : given;
          const exact = (micro(fiscal) + micro(other)).toString().padStart(7, "0");
          const sum = `${exact.slice(0, -6)}.${exact.slice(-6)}`.replace(/\.?0+$/, "") || "0";
          const written = total ?? sum;
          const found = runRule(rule, formContext(funding(null, column(written, fiscal, other))));
          expect(found.length > 0).toBe(micro(fiscal) + micro(other) !== micro(written));
        }
      )
    );
  });
});
