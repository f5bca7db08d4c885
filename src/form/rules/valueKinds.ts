import { compareDecimals } from "../decimal";
import { LEVEL1 } from "../framework";
import type { Indicator, IndicatorValue } from "../record";
import {
  amountInWanYuan,
  isAmountUnit,
  isCost,
  isFullPercent,
  isMisplaced,
  isPercentOutOfRange,
  isSatisfaction,
  level1Of,
  percentOf,
  perIndicator,
  withOperator,
} from "./indicatorSupport";
import { createRule, type Rule } from "./rule";

/*
 * What the value of a kind of indicator should be: satisfaction a percentage with ≥, cost an
 * amount within the budget, output measured rather than described. A value with no number or no
 * unit is left to value.unit-missing and indicator.value-missing, which already explain it.
 */

/** A number whose unit was left out: value.unit-missing's, not these rules'. */
const unitLeftOut = (value: IndicatorValue) => value.kind === "quantitative" && !value.unit;

const SATISFACTION_FLOOR = "80";

/** Why a satisfaction value falls short, or null when it is fine (or another rule owns it). */
function satisfactionShortfall(indicator: Indicator): "notPercent" | "low" | "noAtLeast" | null {
  const { value } = indicator;
  if (value.kind === "blank" || unitLeftOut(value) || isPercentOutOfRange(indicator)) return null;
  const percent = percentOf(indicator);
  if (percent === null) return "notPercent";
  if (compareDecimals(percent, SATISFACTION_FLOOR) < 0) return "low";
  // Nothing can exceed 100%: "=100%" (or a bare "100%") is the most a satisfaction can promise.
  if (isFullPercent(indicator) && (value.operator === null || value.operator === "=")) return null;
  return value.operator === "≥" || value.operator === ">" ? null : "noAtLeast";
}

const satisfaction = createRule({
  meta: {
    code: "value.satisfaction",
    severity: "warning",
    practice: true,
    description: {
      zh: "满意度指标值应为不低于80%的百分比，并带“≥”（地方惯例）",
      en: "A satisfaction value should be a percentage of at least 80% with ≥ (local practice)",
    },
    messages: {
      notPercent: {
        zh: "满意度指标“{{name}}”的值“{{value}}”不是百分比，宜写为“≥90%”之类",
        en: 'Satisfaction indicator "{{name}}" has value "{{value}}", not a percentage: write e.g. "≥90%"',
      },
      low: {
        zh: "满意度指标“{{name}}”的值“{{value}}”低于80%",
        en: 'Satisfaction indicator "{{name}}" has value "{{value}}", below 80%',
      },
      noAtLeast: {
        zh: "满意度指标“{{name}}”的值“{{value}}”没有“≥”，宜写为“{{suggested}}”",
        en: 'Satisfaction indicator "{{name}}" has value "{{value}}" without ≥: write "{{suggested}}"',
      },
    },
  },
  check: perIndicator((indicator) => {
    if (!isSatisfaction(indicator)) return null;
    const shortfall = satisfactionShortfall(indicator);
    if (shortfall === null) return null;
    const data = { name: indicator.name, value: indicator.value.raw };
    if (shortfall !== "noAtLeast") return { cell: indicator.cell, messageId: shortfall, data };
    // 100% cannot be exceeded, so its floor is written =100% (as value.percent-ceiling asks).
    const suggested = withOperator(indicator, isFullPercent(indicator) ? "=" : "≥");
    return { cell: indicator.cell, messageId: shortfall, data: { ...data, suggested } };
  }),
});

const costNotAmount = createRule({
  meta: {
    code: "value.cost-not-amount",
    severity: "warning",
    description: {
      zh: "成本指标的值不是以元或万元计的金额",
      en: "A cost indicator whose value is not an amount in 元 or 万元",
    },
    messages: {
      notAmount: {
        zh: "成本指标“{{name}}”的值“{{value}}”不是金额，应以元或万元计",
        en: 'Cost indicator "{{name}}" has value "{{value}}", not an amount in 元 or 万元',
      },
    },
  },
  check: perIndicator((indicator) => {
    const { value } = indicator;
    if (!isCost(indicator) || value.kind === "blank" || unitLeftOut(value)) return null;
    if (isAmountUnit(value.unit)) return null;
    return {
      cell: indicator.cell,
      messageId: "notAmount",
      data: { name: indicator.name, value: value.raw },
    };
  }),
});

const costExceedsBudget = createRule({
  meta: {
    code: "value.cost-exceeds-budget",
    severity: "warning",
    description: {
      zh: "成本金额超过本表年度金额",
      en: "A cost amount above the form's annual total",
    },
    messages: {
      exceeds: {
        zh: "成本指标值“{{value}}”（{{amount}}万元）超过本表年度金额 {{budget}} 万元",
        en: 'Cost value "{{value}}" ({{amount}} 万元) is above the annual total of {{budget}} 万元',
      },
    },
  },
  check: perIndicator((indicator, form) => {
    const budget = form.record.funding.annual?.total ?? null;
    const amount = isCost(indicator) ? amountInWanYuan(indicator) : null;
    if (budget === null || amount === null || compareDecimals(amount, budget) <= 0) return null;
    return {
      cell: indicator.cell,
      messageId: "exceeds",
      data: { value: indicator.value.raw, amount, budget },
    };
  }),
});

/** 产出 indicators proper: a misplaced 效益 二级 under 产出 is not output, and blanks say nothing. */
function outputIndicators(indicators: readonly Indicator[]): Indicator[] {
  return indicators.filter(
    (i) => level1Of(i) === LEVEL1.output && !isMisplaced(i) && i.value.kind !== "blank"
  );
}

const qualitativeOutput = createRule({
  meta: {
    code: "value.qualitative-output",
    severity: "info",
    description: {
      zh: "产出指标中定性指标多于定量指标",
      en: "More qualitative than quantitative values among 产出 (output) indicators",
    },
    messages: {
      qualitative: {
        zh: "产出指标中定性指标 {{qualitative}} 个，定量指标 {{measured}} 个：产出指标应尽量量化",
        en: "Output indicators: {{qualitative}} qualitative, {{measured}} quantitative; quantify outputs where possible",
      },
    },
  },
  check(form, report) {
    const outputs = outputIndicators(form.record.indicators);
    const qualitative = outputs.filter((i) => i.value.kind === "qualitative").length;
    // Dates and deadlines (每年12月底前) are measurable, so they count with the numbers.
    const measured = outputs.length - qualitative;
    if (qualitative > measured)
      report({
        cell: outputs[0].cells.level1,
        messageId: "qualitative",
        data: { qualitative, measured },
      });
  },
});

export const valueKindRules: readonly Rule[] = [
  satisfaction,
  costNotAmount,
  costExceedsBudget,
  qualitativeOutput,
];
