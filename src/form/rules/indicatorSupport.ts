import { cellA1 } from "../address";
import { compareDecimals, shiftDecimal } from "../decimal";
import {
  LEVEL1,
  canonicalLevel1,
  canonicalLevel2,
  isCostLevel2,
  fitsUnder,
  isSatisfactionLevel2,
  level1sFor,
} from "../framework";
import { isBlankIndicator } from "../filledIndicators";
import type { Indicator, Operator } from "../record";
import { formatIndicatorValue } from "../value";
import type { Problem } from "../finding";
import type { Check, FormContext } from "./rule";

/**
 * What the indicator and value rules need to know about one indicator, judged from its 一级/二级
 * (canonical when the framework knows them) and, where the framework cannot tell, its 三级 name.
 */

export function level1Of(indicator: Indicator): string | null {
  return canonicalLevel1(indicator.level1);
}

export function level2Of(indicator: Indicator): string | null {
  return canonicalLevel2(indicator.level2);
}

/**
 * Where a misplaced 二级 belongs: for a known 二级 under a known 一级 it never belongs to
 * (社会效益指标 under 产出指标), the 一级 it may sit under (效益指标); empty for any other.
 */
export function rightLevel1s(indicator: Indicator): string[] {
  const level1 = level1Of(indicator);
  const level2 = level2Of(indicator);
  if (level1 === null || level2 === null || fitsUnder(level2, level1)) return [];
  return level1sFor(level2);
}

export function isMisplaced(indicator: Indicator): boolean {
  return rightLevel1s(indicator).length > 0;
}

/** A skeleton row: only 一级/二级 filled. */
export const isEmptyRow = isBlankIndicator;

// "不满意" names count complaints, not satisfaction.
const satisfactionName = /(?:^|[^不])满意/;

export function isSatisfaction(indicator: Indicator): boolean {
  const level2 = level2Of(indicator);
  return (
    (level2 !== null && isSatisfactionLevel2(level2)) ||
    level1Of(indicator) === LEVEL1.satisfaction ||
    satisfactionName.test(indicator.name)
  );
}

export function isCost(indicator: Indicator): boolean {
  const level2 = level2Of(indicator);
  return (level2 !== null && isCostLevel2(level2)) || level1Of(indicator) === LEVEL1.cost;
}

/** Percentages of growth may exceed 100% (产值增长150%); other rates may not. */
export function speaksOfGrowth(indicator: Indicator): boolean {
  return /增长|提高|增幅|增速/.test(indicator.name);
}

/** The number of a percentage value ("95" for ≥95%), or null for any other value. */
export function percentOf(indicator: Indicator): string | null {
  return indicator.value.unit === "%" ? indicator.value.number : null;
}

/** A percentage that cannot be reached: below 0, or above 100 for anything but growth. */
export function isPercentOutOfRange(indicator: Indicator): boolean {
  const number = percentOf(indicator);
  if (number === null) return false;
  if (compareDecimals(number, "0") < 0) return true;
  return compareDecimals(number, "100") > 0 && !speaksOfGrowth(indicator);
}

/** Exactly 100% (numbers are canonical decimal text), the ceiling of every rate but growth. */
export function isFullPercent(indicator: Indicator): boolean {
  return percentOf(indicator) === "100";
}

const durationUnit = /^(天|日|周|个月|月|年|小时|工作日|个工作日)$/;
const durationName = /时间|时限|期限|周期|年限|天数|时长/;
const rateName = /(率|比例|比重|占比)$/;

/**
 * The direction a target usually takes: at least for rates, counts and satisfaction, at most
 * for costs and durations (what guidance asks; the user decides).
 */
export function usualOperator(indicator: Indicator): Operator {
  if (isCost(indicator)) return "≤";
  if (isSatisfaction(indicator) || percentOf(indicator) !== null || rateName.test(indicator.name))
    return "≥";
  const unit = indicator.value.unit ?? "";
  return durationUnit.test(unit) || durationName.test(indicator.name) ? "≤" : "≥";
}

/** The value with another operator, written the canonical way. */
export function withOperator(indicator: Indicator, operator: Operator): string {
  return formatIndicatorValue({ ...indicator.value, operator });
}

/** 元, 万元, 亿元, per-unit amounts (元/亩, 万元/个) and amounts with a word after them (元左右). */
export function isAmountUnit(unit: string | null): boolean {
  return unit !== null && (/^[万亿千]?元/.test(unit) || WAN_ALONE.test(unit));
}

/**
 * 万 alone, for 万元 (湘潭 2023's cost 250万, docs/form.md), with the words an amount may carry;
 * never 万人, 万亩 or 万美元.
 */
const WAN_ALONE = /^万(以内|以下|左右)?$/;

/** A cost value as exact 万元 text, when it is a plain amount in 万元 or 元 (1 万元 = 10000 元). */
export function amountInWanYuan(indicator: Indicator): string | null {
  const { number, unit } = indicator.value;
  if (number === null) return null;
  if (unit === "万元" || unit === "万") return number;
  return unit === "元" ? shiftDecimal(number, -4) : null;
}

/** Runs of consecutive indicators sharing a key: one run per merged 一级 or 二级 block. */
export function runsBy(
  indicators: readonly Indicator[],
  key: (indicator: Indicator) => string
): Indicator[][] {
  const runs: Indicator[][] = [];
  // By index, as perIndicator below: these run on every form, mostly before V8 optimizes them.
  for (let i = 0; i < indicators.length; i++) {
    const indicator = indicators[i];
    const last = runs[runs.length - 1];
    if (last && key(last[0]) === key(indicator)) last.push(indicator);
    else runs.push([indicator]);
  }
  return runs;
}

/**
 * Where findings about the indicator table as a whole sit: the 一级 cell of its first indicator,
 * the top of the table, where a reviewer starts reading the indicators and which stays put when
 * rows are appended. A form without indicators falls back to the form's top-left cell.
 */
export function tableAnchor(form: FormContext): string {
  const first = form.record.indicators[0];
  return first ? first.cells.level1 : cellA1(form.area.top, form.area.left);
}

/** A check that looks at each indicator on its own and reports at most one problem for it. */
export function perIndicator<MessageId extends string>(
  judge: (indicator: Indicator, form: FormContext) => Problem<MessageId> | null
): Check<MessageId> {
  return (form, report) => {
    // By index: in V8's interpreter a for-of makes an object a step (docs/speed.md).
    const { indicators } = form.record;
    for (let i = 0; i < indicators.length; i++) {
      const problem = judge(indicators[i], form);
      if (problem) report(problem);
    }
  };
}
