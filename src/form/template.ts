import { currentChoices } from "./framework";

/*
 * The standard form (docs/form.md), described once. templatePlan writes it from this
 * description and the reader finds fields by the same labels and their aliases.
 */

/** The funding block: a column for the implementation period and one for the year, each a total and its parts. */
export const FUNDING_SIDES = ["period", "annual"] as const;
export const FUNDING_PARTS = ["total", "fiscal", "other"] as const;
export type FundingSide = (typeof FUNDING_SIDES)[number];
export type FundingPart = (typeof FUNDING_PARTS)[number];
export type FundingPath = `funding.${FundingSide}.${FundingPart}`;

export function fundingPath(side: FundingSide, part: FundingPart): FundingPath {
  return `funding.${side}.${part}`;
}

/**
 * A header field: its path in the record (null for the funding parts, whose path depends on the
 * column they sit in), the label the template writes, its English name, and the labels accepted
 * when reading.
 */
export interface FieldSpec<Path extends string | null = string | null> {
  path: Path;
  label: string;
  en: string;
  aliases: readonly string[];
}

const field = <Path extends string | null>(
  path: Path,
  label: string,
  en: string,
  ...aliases: string[]
): FieldSpec<Path> => ({ path, label, en, aliases });

export const FIELDS = {
  unit: field(
    "unit",
    "填报单位(盖章)",
    "reporting unit",
    "填报单位",
    "预算单位",
    "预算单位(盖章)",
    "单位名称"
  ),
  name: field("name", "项目名称", "project name"),
  period: field(
    "period",
    "项目实施期",
    "implementation period",
    "实施期",
    "项目实施期限",
    "实施期限",
    "项目期限"
  ),
  department: field(
    "department",
    "主管部门",
    "supervising department",
    "主管部门及代码",
    "主管单位"
  ),
  implementer: field("implementer", "实施单位", "implementing unit", "项目实施单位"),
  periodTotal: field(
    fundingPath("period", "total"),
    "实施期金额",
    "period total",
    "实施期资金总额",
    "实施期资金",
    "中期预算资金总额",
    "中期资金总额",
    "长期预算资金总额",
    "实施期预算资金总额"
  ),
  annualTotal: field(
    fundingPath("annual", "total"),
    "年度金额",
    "annual amount",
    "年度资金总额",
    "年度预算资金总额",
    "当年年度预算",
    "年度预算金额",
    "年度资金",
    "本年度资金总额"
  ),
  fiscal: field(
    null,
    "其中: 财政拨款",
    "fiscal funds",
    "财政拨款",
    "财政资金",
    "当年财政拨款",
    "财政预算资金"
  ),
  other: field(null, "其他资金", "other funds", "其它资金", "自有资金", "自筹资金", "自筹", "其他"),
  periodGoal: field(
    "goals.period",
    "实施期目标",
    "period goal",
    "中期目标",
    "长期目标",
    "总体目标",
    "实施期绩效目标"
  ),
  annualGoal: field(
    "goals.annual",
    "年度目标",
    "annual goal",
    "本年度绩效目标",
    "年度绩效目标",
    "当年绩效目标"
  ),
};

export type FieldKey = keyof typeof FIELDS;

/** Where a field of the record was read from: the keys of the record's cells. */
export type FieldPath = NonNullable<(typeof FIELDS)[FieldKey]["path"]> | FundingPath;

export const FIELD_PATHS: readonly FieldPath[] = [
  ...new Set<FieldPath>([
    ...Object.values(FIELDS).flatMap((spec) => (spec.path === null ? [] : [spec.path])),
    ...FUNDING_SIDES.flatMap((side) => FUNDING_PARTS.map((part) => fundingPath(side, part))),
  ]),
];

/** Labels of the funding block and the goals block, written in column A. */
export const BLOCK_LABELS = {
  funding: {
    label: "资金投入(万元)",
    aliases: ["资金投入", "资金情况", "项目资金申请", "项目预算资金", "项目资金"],
  },
  goals: { label: "绩效目标", aliases: ["绩效目标", "年度绩效目标"] },
} as const;

/** The indicator table's header and the labels accepted for its columns. */
export const TABLE = {
  level1: { label: "一级指标", aliases: ["一级指标"] },
  level2: { label: "二级指标", aliases: ["二级指标"] },
  name: { label: "三级指标", aliases: ["三级指标", "三级指标名称", "指标名称"] },
  value: {
    label: "年度指标值",
    aliases: [
      "年度指标值",
      "指标值",
      "指标目标值",
      "指标值及单位",
      "年度目标值",
      "目标值",
      "年度指标目标值",
    ],
  },
} as const;

export const TITLE = "本级预算项目绩效目标表";
export const AMOUNT_UNIT = "单位: 万元";
export const AMOUNT_FORMAT = "#,##0.00####";

/** Rows that end an indicator table: sign-off and notes below the form. */
export const FOOTER_PREFIXES = [
  "审核意见",
  "盖章",
  "填表人",
  "填报人",
  "注:",
  "说明:",
  "联系电话",
  "负责人",
  "审核人",
];

/** The skeleton a blank form starts with: one or two rows per usual 二级. */
export const SKELETON: readonly [string, string][] = [
  ["产出指标", "数量指标"],
  ["产出指标", "数量指标"],
  ["产出指标", "质量指标"],
  ["产出指标", "时效指标"],
  ["产出指标", "成本指标"],
  ["效益指标", "社会效益指标"],
  ["效益指标", "可持续影响指标"],
  ["满意度指标", "服务对象满意度指标"],
];

/** Drop-down choices for the 一级 and 二级 columns: the frameworks a new form should follow. */
const choices = currentChoices();
export const LEVEL1_CHOICES = choices.level1;
export const LEVEL2_CHOICES = choices.level2;

/** Rows of the layout, relative to the form's first row (the title). */
export const ROW = {
  title: 0,
  year: 1,
  unit: 2,
  name: 3,
  department: 4,
  funding: 5,
  goalLabels: 8,
  goalTexts: 9,
  tableHeader: 10,
  firstIndicator: 11,
} as const;

export const COLUMN_WIDTHS = [16, 22, 30, 18, 26];
