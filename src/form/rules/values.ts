import type { Indicator, Operator } from "../record";
import { normalizeValueText } from "../value";
import {
  isFullPercent,
  isPercentOutOfRange,
  perIndicator,
  speaksOfGrowth,
  usualOperator,
  withOperator,
} from "./indicatorSupport";
import { createRule, type Rule } from "./rule";

/*
 * How each 指标值 is written (docs/form.md, "Indicator values"): operators, units and percentages. These rules read
 * the parsed value; the rules about what a satisfaction or cost value should be are in valueKinds.
 */

const isQuantitative = (indicator: Indicator) => indicator.value.kind === "quantitative";

const operatorAscii = createRule({
  meta: {
    code: "value.operator-ascii",
    severity: "warning",
    fixable: true,
    description: {
      zh: "指标值使用了 >=、<=、全角运算符或全角数字",
      en: "A value written with >=, <=, full-width operators or full-width digits",
    },
    messages: {
      ascii: {
        zh: "指标值“{{value}}”的运算符或数字写法不规范，应写为“{{fixed}}”",
        en: 'Value "{{value}}" uses non-standard operators or digits: write "{{fixed}}"',
      },
    },
  },
  check: perIndicator((indicator) => {
    const raw = indicator.value.raw;
    const fixed = normalizeValueText(raw);
    // A blank value is "" and stays "".
    if (fixed === raw) return null;
    return {
      cell: indicator.cell,
      messageId: "ascii",
      data: { value: raw, fixed },
      fix: { value: fixed },
    };
  }),
});

/**
 * 100% and 0 admit one reading only, so "=" is added as a fix; any other direction is a guess
 * (a target read as a floor or a ceiling), so it is only suggested.
 */
function operatorFor(indicator: Indicator): { operator: Operator; certain: boolean } {
  // Numbers are canonical decimal text: zero is "0" however it was written (0.0, -0).
  const exact = isFullPercent(indicator) || indicator.value.number === "0";
  return exact
    ? { operator: "=", certain: true }
    : { operator: usualOperator(indicator), certain: false };
}

const operatorMissing = createRule({
  meta: {
    code: "value.operator-missing",
    severity: "warning",
    fixable: true,
    // Those rules know the kind of indicator: a guessed direction beside them would contradict
    // "below 80%" or "not an amount" on the same cell.
    yieldsTo: ["value.satisfaction", "value.cost-not-amount"],
    description: {
      zh: "定量指标值没有方向（≥、≤、=）",
      en: "A quantitative value with no direction (≥, ≤, =)",
    },
    messages: {
      exact: {
        zh: "指标值“{{value}}”没有运算符，应写为“{{suggested}}”",
        en: 'Value "{{value}}" has no operator: write "{{suggested}}"',
      },
      guess: {
        zh: "指标值“{{value}}”没有运算符，是否应为“{{suggested}}”？",
        en: 'Value "{{value}}" has no operator: did you mean "{{suggested}}"?',
      },
    },
  },
  check: perIndicator((indicator) => {
    const { value } = indicator;
    // An unreachable percentage is value.percent-range's error; a direction would not mend it.
    if (!isQuantitative(indicator) || value.operator !== null || isPercentOutOfRange(indicator))
      return null;
    const { operator, certain } = operatorFor(indicator);
    const suggested = withOperator(indicator, operator);
    return {
      cell: indicator.cell,
      messageId: certain ? "exact" : "guess",
      data: { value: value.raw, suggested },
      ...(certain ? { fix: { value: suggested } } : {}),
    };
  }),
});

const unitMissing = createRule({
  meta: {
    code: "value.unit-missing",
    severity: "warning",
    description: { zh: "指标值只有数字，没有计量单位", en: "A number with no unit" },
    messages: {
      missing: {
        zh: "指标值“{{value}}”没有计量单位（如 %、次、万元）",
        en: 'Value "{{value}}" has no unit (such as %, 次, 万元)',
      },
    },
  },
  check: perIndicator((indicator) =>
    isQuantitative(indicator) && !indicator.value.unit
      ? { cell: indicator.cell, messageId: "missing", data: { value: indicator.value.raw } }
      : null
  ),
});

const percentRange = createRule({
  meta: {
    code: "value.percent-range",
    severity: "error",
    description: {
      zh: "百分比小于0或大于100%（增长类指标除外）",
      en: "A percentage below 0 or above 100, unless the indicator speaks of growth",
    },
    messages: {
      range: {
        zh: "指标值“{{value}}”超出 0–100% 的范围",
        en: 'Value "{{value}}" is outside 0–100%',
      },
    },
  },
  check: perIndicator((indicator) =>
    isPercentOutOfRange(indicator)
      ? { cell: indicator.cell, messageId: "range", data: { value: indicator.value.raw } }
      : null
  ),
});

const percentCeiling = createRule({
  meta: {
    code: "value.percent-ceiling",
    severity: "warning",
    fixable: true,
    description: {
      zh: "≥100% 或 >100%：比率不能超过100%，应写为 =100%",
      en: "≥100% or >100%: a rate cannot exceed 100%, write =100%",
    },
    messages: {
      ceiling: {
        zh: "指标值“{{value}}”要求超过或达到100%以上，应写为“{{fixed}}”",
        en: 'Value "{{value}}" asks for 100% or more: write "{{fixed}}"',
      },
    },
  },
  check: perIndicator((indicator) => {
    const operator = indicator.value.operator;
    if (!isFullPercent(indicator) || (operator !== "≥" && operator !== ">")) return null;
    if (speaksOfGrowth(indicator)) return null;
    const fixed = withOperator(indicator, "=");
    return {
      cell: indicator.cell,
      messageId: "ceiling",
      data: { value: indicator.value.raw, fixed },
      fix: { value: fixed },
    };
  }),
});

export const valueRules: readonly Rule[] = [
  operatorAscii,
  operatorMissing,
  unitMissing,
  percentRange,
  percentCeiling,
];
