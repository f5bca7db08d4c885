import type { AmountUnit } from "../record";
import type { TABLE } from "../template";

/*
 * The words the reader knows besides the label table of src/form/template.ts (field labels,
 * column headers, block labels): what units add around a label, which words say a column or a
 * table is the year's or the whole period's, what a title and a block title look like, and how
 * much each column header counts towards a row being an indicator table's header. Labels are
 * compared folded (full width to half, spaces removed). docs/form.md lists the variants and the
 * published form each was seen on.
 */

export type TableRole = keyof typeof TABLE;

/** Words that put a header, a group label or a table title in the year (年度指标值, 指标值(年度)). */
export const ANNUAL_WORDS = ["年度", "当年", "本年"] as const;

/** Words that name more than one year (长期绩效目标, 中期目标, 实施期指标值). */
export const MULTI_YEAR_WORDS = ["长期", "实施期", "中期"] as const;

/** Words that put it in the whole period instead (二级指标(长期), 中期目标, 实施期指标值, 总体目标). */
export const LONG_TERM_WORDS = [...MULTI_YEAR_WORDS, "总体"] as const;

/** Whether a folded label names more than one year: a 总体目标 may be one year's, a 长期 one never. */
export const namesMultiYear = (label: string) => MULTI_YEAR_WORDS.some((w) => label.includes(w));

/**
 * Words that put an amount column in a year before the form's (湘阴 2022: 上年度安排资金 beside
 * 本年度申请资金): its amounts are never the form's.
 */
export const PREVIOUS_YEAR_WORDS = ["上年", "上一年", "去年"] as const;

/** Whether a folded column header names a year before the form's (上年度安排资金). */
export const namesPreviousYear = (label: string) =>
  PREVIOUS_YEAR_WORDS.some((w) => label.includes(w));

/**
 * The other funds named as a whole (其他资金, 当年其他资金), as against the sources a template may
 * list instead (自有资金, 事业收入, 其他收入, 其他): those add up to it.
 */
export const isWholeOther = (label: string) => label.includes("其他资金");

/** What ends a form's title: 项目支出绩效目标表, …申报表, 东莞's 批复表, 奉节's 审批表. */
export const TITLE_ENDINGS = ["表", "申报表", "审批表", "审核表", "批复表"] as const;

/**
 * What units put around a label, removed before it is looked up: a leading 其中:, list number
 * (1. 2、 (3) (一) 二、) or required mark (* ★); a trailing unit or seal note ((万元), (单位:万元),
 * (盖章), (签章)), the years a goal covers ((2019年--2021年)), a code asked for beside it
 * (及编码, 及代码) and a colon.
 */
export const LABEL_PREFIXES: readonly RegExp[] = [
  /^[*★]+/,
  /^其中[:,]?/,
  /^(\d{1,2}[.、．]|\(\d{1,2}\)|\([一二三四五六七八九十]{1,2}\)|[一二三四五六七八九十]{1,2}、)/,
];
export const LABEL_SUFFIXES: readonly RegExp[] = [
  /\((单位:)?(万元|元|盖章|签章)\)$/,
  /\(\d{4}年?(?:度)?[-—–~至]+\d{4}年?(?:度)?\)$/,
  /及(编码|代码)$/,
  /:$/,
];
/**
 * What a label starts or ends with when any prefix or suffix above applies: most cells hold
 * none, and are looked up as they are without the seven patterns (docs/speed.md).
 */
export const LABEL_AFFIX_HINT = /^[*★其\d(一二三四五六七八九十]|[):码]$/;

/** What ends a 一级 or 二级 name (指标, or 值 in its place): kept with the names, in framework.ts. */
export { LEVEL_NAME_SUFFIX } from "../framework";

/**
 * A 一级 that only groups the national 一级 names, written in the 二级 column beside it: the
 * 中央预算内投资计划绩效目标表's 实施效果指标 over 产出指标, 效益指标, 满意度指标 (宝坻 2022).
 */
export const GROUPING_LEVEL1 = ["实施效果指标"] as const;

/**
 * A seal note after a label (填报单位(盖章)): where a value follows it in the same cell with no
 * colon (岳阳楼区 2017: "填报单位(盖章)楼区卫计局"), the note ends the label.
 */
export const SEAL_NOTE = /[(（](?:盖章|签章)[)）]/;

/**
 * The unit words an amount cell may carry after its number, and the unit each means: 万 is 万元
 * with 元 dropped (武川县 2021: 年度资金总额:50万). An amount in the form's own unit is that amount.
 */
export const AMOUNT_UNIT_WORDS: Readonly<Record<string, AmountUnit>> = {
  万元: "万元",
  万: "万元",
  元: "元",
};

/** A row of its own left of or above a table that titles it: 绩效指标, 年度绩效目标, 长期绩效指标. */
export const BLOCK_TITLE = /^(年度|本年度|长期)?绩效(指标|目标)/;

/**
 * How much a column header counts towards its row being the indicator table's header. The 一级
 * column says it most; a name, a value or a 二级 column less; the columns around them (备注, 分值,
 * 指标性质, 度量单位) least. Each role counts once per row.
 */
const HEADER_WEIGHTS: Readonly<Record<TableRole, number>> = {
  level1: 3,
  level2: 2,
  name: 2,
  value: 2,
  operator: 1,
  unit: 1,
  ignored: 1,
};

/** The least score of a header row: a 一级 column, or a name column and one more. */
export const HEADER_THRESHOLD = 3;

/**
 * The score of a row whose cells name these roles. A row without a 一级 or a name column scores
 * nothing: the indicators could not be told apart.
 */
export function headerScore(roles: Iterable<TableRole>): number {
  const distinct = new Set(roles);
  if (!distinct.has("level1") && !distinct.has("name")) return 0;
  let score = 0;
  for (const role of distinct) score += HEADER_WEIGHTS[role];
  return score;
}

const says = (words: readonly string[], label: string) => words.some((w) => label.includes(w));

/**
 * Which period a folded header or title speaks of: +1 the year (年度), -1 the whole period (长期,
 * 实施期, 中期, 总体), 0 neither. A label with both (年度绩效指标 under 总体) is the year's.
 */
export function periodScore(label: string): number {
  if (says(ANNUAL_WORDS, label)) return 1;
  return says(LONG_TERM_WORDS, label) ? -1 : 0;
}
