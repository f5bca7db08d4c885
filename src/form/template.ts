import { currentChoices } from "./framework";
import type { InputHint } from "./plan";

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

/** Government levels whose money is 财政 (fiscal) funds: a line per level splits the fiscal part. */
const FUNDING_LEVELS = [
  "中央",
  "省级",
  "省",
  "市级",
  "市",
  "县级",
  "县",
  "区级",
  "区",
  "市县(区)",
  "本级",
  "上级",
  "同级",
];
const LEVEL_SUFFIXES = [
  "资金",
  "财政资金",
  "补助",
  "补助资金",
  "财政补助",
  "财政补助资金",
  "安排",
  "财政安排",
  "补助安排",
  "拨款",
  "财政拨款",
];

export const FIELDS = {
  unit: field(
    "unit",
    "填报单位(盖章)",
    "reporting unit",
    "填报单位",
    "预算单位",
    "预算单位(盖章)",
    "单位名称",
    "申报单位",
    "编制单位",
    "编制单位(盖章)",
    "绩效编制单位"
  ),
  name: field(
    "name",
    "项目名称",
    "project name",
    "项目(专项)名称",
    "项目支出名称",
    "专项资金名称",
    "资金名称",
    "二级项目名称",
    "专项名称"
  ),
  period: field(
    "period",
    "项目实施期",
    "implementation period",
    "实施期",
    "项目实施期限",
    "实施期限",
    "项目期限",
    "项目期",
    "建设周期",
    "项目起止时间",
    "实施时间",
    "专项起止时间",
    "项目支出实施期"
  ),
  /** A period written in two cells: its start and its end. */
  periodStart: field(
    null,
    "开始日期",
    "start date",
    "项目开始日期",
    "开始时间",
    "起始日期",
    "项目开始时间"
  ),
  periodEnd: field(
    null,
    "结束日期",
    "end date",
    "项目完成日期",
    "完成日期",
    "结束时间",
    "完成时间",
    "截止日期",
    "项目结束日期"
  ),
  department: field(
    "department",
    "主管部门",
    "supervising department",
    "主管部门及代码",
    "主管单位",
    "业务主管部门",
    "主管部门名称",
    "区级主管单位",
    "项目主管部门",
    "县级主管单位",
    "市级主管单位",
    "主管部门(单位)名称",
    "部门(单位)名称",
    "预算部门"
  ),
  implementer: field(
    "implementer",
    "实施单位",
    "implementing unit",
    "项目实施单位",
    "具体实施单位",
    "项目执行单位",
    "项目单位",
    "下达地方或单位"
  ),
  periodTotal: field(
    fundingPath("period", "total"),
    "实施期金额",
    "period total",
    "实施期资金总额",
    "实施期资金",
    "中期预算资金总额",
    "中期资金总额",
    "长期预算资金总额",
    "实施期预算资金总额",
    "项目总预算",
    "项目总投资",
    "中期市财政预算",
    "项目资金总额"
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
    "本年度资金总额",
    "预算申报数",
    "本年度申请金额",
    "项目金额",
    "本年度申请市财政预算资金",
    "预算数",
    "当年资金总额",
    "年度资金申请总额",
    "本年度预计投入",
    "下达中央预算内投资",
    "项目当年预算"
  ),
  /** A total that names no column: the column comes from where it sits (年度 unless a row says 实施期). */
  total: field(null, "资金总额", "total", "金额", "总额", "预算金额", "合计"),
  fiscal: field(
    null,
    "其中: 财政拨款",
    "fiscal funds",
    "财政拨款",
    "财政资金",
    "当年财政拨款",
    "财政预算资金",
    "财政拨款小计",
    "本年财政拨款"
  ),
  /** One government level's share of the fiscal funds (中央资金, 省级财政资金, 本级…): they add up to it. */
  fiscalPart: field(
    null,
    "本级资金",
    "fiscal funds of one level",
    ...FUNDING_LEVELS.flatMap((level) => LEVEL_SUFFIXES.map((suffix) => level + suffix)),
    // A level alone heads its column under 财政资金 (南岳's 雨露计划 申报表: 中央 | 省级 | 市级资金 | 本级).
    ...FUNDING_LEVELS.filter((level) => level.length === 2),
    "年度本级预算金额",
    "该项目支出上级资金"
  ),
  other: field(
    null,
    "其他资金",
    "other funds",
    "其它资金",
    "自有资金",
    "自筹资金",
    "自筹",
    "其他",
    "单位自筹",
    "当年其他资金",
    "自有资金小计",
    "其他收入"
  ),
  periodGoal: field(
    "goals.period",
    "实施期目标",
    "period goal",
    "中期目标",
    "长期目标",
    "总体目标",
    "实施期绩效目标",
    "项目总体目标",
    "绩效目标总体描述",
    "中期滚动目标",
    "项目总目标",
    "中长期绩效目标",
    "长期绩效目标"
  ),
  annualGoal: field(
    "goals.annual",
    "年度目标",
    "annual goal",
    "本年度绩效目标",
    "年度绩效目标",
    "当年绩效目标",
    "项目年度目标",
    "年度总体目标",
    "本年度目标",
    "年度主要目标和成果"
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
    aliases: [
      "资金投入",
      "资金情况",
      "项目资金申请",
      "项目预算资金",
      "项目资金",
      "资金",
      "资金金额",
      "资金来源",
      "项目资金情况",
    ],
  },
  goals: { label: "绩效目标", aliases: ["绩效目标", "年度绩效目标"] },
  /** Over the indicator table: 绩效指标 in a leading column, or a title row of its own. */
  indicators: {
    label: "绩效指标",
    aliases: ["绩效指标", "本年度绩效指标", "年度绩效指标", "长期绩效指标", "项目绩效指标"],
  },
} as const;

/**
 * The indicator table's columns: the labels accepted for each role. Budget-system exports split a
 * value over operator, number and unit columns; the ignored roles are known columns the record
 * does not keep (weights, directions, standards, notes).
 */
export const TABLE = {
  // 申报表 headers that drop 指标: 一级 | 二级 | 三级 | 年度数值.
  level1: { label: "一级指标", aliases: ["一级指标", "指标类型", "一级"] },
  level2: { label: "二级指标", aliases: ["二级指标", "二级"] },
  name: {
    label: "三级指标",
    aliases: [
      "三级指标",
      "三级指标名称",
      "指标名称",
      "指标内容",
      "绩效指标名称",
      "三级",
      "三级指标内容",
    ],
  },
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
      "当年预期实现值",
      "本年度计划水平",
      "年度数值",
      "指标数值",
    ],
  },
  // 指标方向 holds ≤ / ≥ on Fujian's transfer-fund tables (秀屿 2025); 正向/反向 there reads as no operator.
  operator: {
    label: "指标性质",
    aliases: ["指标性质", "计算符号", "运算符号", "符号", "指标方向"],
  },
  unit: { label: "度量单位", aliases: ["度量单位", "计量单位", "单位"] },
  ignored: {
    label: "备注",
    aliases: [
      "备注",
      "权重",
      "权重(%)",
      "分值",
      "指标方向性",
      "绩效标准",
      "指标解释",
      "指标描述",
      "指标值说明",
      "评分细则",
      "评(扣)分标准",
      "实际完成值",
    ],
  },
} as const;

/** Words that name a funding column on a row of its own: the 实施期 and 年度 rows of a small table. */
export const FUNDING_SIDE_WORDS = {
  period: ["实施期", "中期", "长期", "项目期", "总计", "实施期资金"],
  annual: ["年度", "本年度", "当年", "本年", "年度资金"],
} as const;

export const TITLE = "本级预算项目绩效目标表";
export const AMOUNT_UNIT = "单位: 万元";
export const AMOUNT_FORMAT = "#,##0.00####";

/** Rows that end an indicator table: sign-off and notes below the form. */
export const FOOTER_PREFIXES = [
  "审核意见",
  "盖章",
  "(盖章)",
  "填表人",
  "填报人",
  "经办人",
  "注:",
  "说明:",
  "备注:",
  "联系电话",
  "联系人",
  "负责人",
  "单位负责人",
  "财务负责人",
  "项目负责人",
  "审核人",
  "上报时间",
  "填报时间",
  "填报日期",
  "报送日期",
];

/** Sign-off anywhere in a row's first cell: 财政部门审核意见, 主管部门初审意见 (盖章). */
export const FOOTER_WORDS = ["审核意见", "初审意见", "审批意见", "复核意见"];

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

/**
 * The prompts on the template's input cells: what goes in each, in the words and with the
 * examples the rules accept (docs/form.md), so a clerk fills the form right the first time.
 */
export const INPUT_HINTS = {
  unit: { title: "填报单位", message: "填写单位全称，与公章一致。" },
  name: { title: "项目名称", message: "与预算申报的项目名称一致。" },
  period: {
    title: "项目实施期",
    message: "写起止年月，例：2025年1月至12月；2025年1月至2027年12月；2025-2027年",
  },
  department: { title: "主管部门", message: "填写主管部门全称。" },
  implementer: { title: "实施单位", message: "填写具体实施项目的单位全称。" },
  amount: {
    title: "金额(万元)",
    message:
      "以万元为单位填数字，保留两位小数，例：120.50。合计=财政拨款+其他资金，年度金额不超过实施期金额。",
  },
  goal: {
    title: "绩效目标",
    message: "写清做什么、做到什么程度、达到什么效果；多年项目的实施期目标与年度目标不同。",
  },
  level1: { title: "一级指标", message: "从下拉列表中选择。" },
  level2: { title: "二级指标", message: "从下拉列表中选择，须属于本行的一级指标。" },
  indicatorName: { title: "三级指标", message: "写具体、可衡量的指标，例：培训人数；验收合格率。" },
  indicatorValue: {
    title: "年度指标值",
    message: "写符号、数值和单位，例：≥95%；≤10天；≥3次。无法量化时写定性目标，如：明显提升。",
  },
} satisfies Record<string, InputHint>;
