import type { GridSnapshot } from "../../src/form/grid";
import type { FormRecord, Indicator, IndicatorValue } from "../../src/form/record";
import type { FormContext } from "../../src/form/rules/rule";

/**
 * Form 1 of the sample document (产业发展研究院工作业务经费), as the reader should give it,
 * laid out as the standard template places it (title on row 1, indicators from row 12).
 * Rule tests start from this valid record and change one thing.
 */
export function sampleRecord(): FormRecord {
  const indicator = (
    row: number,
    level1: string,
    level2: string,
    name: string,
    value: IndicatorValue
  ): Indicator => ({
    level1,
    level2,
    name,
    value,
    cell: `E${row}`,
    cells: { level1: `A${row}`, level2: `B${row}`, name: `C${row}`, value: `E${row}` },
    written: { level1, level2 },
  });
  const q = (
    raw: string,
    operator: "≥" | "≤" | null,
    number: string,
    unit: string | null
  ): IndicatorValue => ({
    raw,
    kind: "quantitative",
    operator,
    number,
    unit,
  });
  const words = (raw: string): IndicatorValue => ({
    raw,
    kind: "qualitative",
    operator: null,
    number: null,
    unit: null,
  });
  return {
    year: 2023,
    unit: "大连高新技术产业发展研究院",
    name: "产业发展研究院工作业务经费",
    department: "大连高新技术产业发展研究院",
    implementer: "大连高新技术产业发展研究院",
    period: { raw: "2023年1月至12月", start: "2023-01", end: "2023-12" },
    funding: {
      period: {
        total: "11.46",
        fiscal: "11.46",
        other: null,
        raw: { total: "11.46", fiscal: "11.46", other: null },
      },
      annual: {
        total: "11.46",
        fiscal: "11.46",
        other: null,
        raw: { total: "11.46", fiscal: "11.46", other: null },
      },
    },
    goals: {
      period: "依据高新区软件研究院职责职能要求, 需保障本院外出培训、学习的差旅需求。",
      annual: "依据高新区软件研究院职责职能要求, 需保障本院外出培训、学习的差旅需求。",
    },
    indicators: [
      indicator(12, "产出指标", "数量指标", "赴外培训学习次数", q("≥3次", "≥", "3", "次")),
      indicator(
        13,
        "产出指标",
        "数量指标",
        "龙头分园绿地养护面积",
        q("≥10万平方米", "≥", "10", "万平方米")
      ),
      indicator(14, "产出指标", "质量指标", "上岗人员接受培训比例", q("≥95%", "≥", "95", "%")),
      indicator(15, "产出指标", "质量指标", "龙头分园办公场所运行保障情况", words("良好")),
      indicator(16, "产出指标", "时效指标", "培训完成时间", q("≤12个月", "≤", "12", "个月")),
      indicator(17, "产出指标", "成本指标", "培训差旅成本", q("≤11.46万元", "≤", "11.46", "万元")),
      indicator(
        18,
        "效益指标",
        "可持续影响指标",
        "赴外培训学习对工作人员能力提升水平",
        words("良好")
      ),
      indicator(
        19,
        "满意度指标",
        "服务对象满意度指标",
        "龙头分园工作人员对日常运转保障满意度",
        q("≥95%", "≥", "95", "%")
      ),
    ],
    cells: {
      unit: "B3",
      name: "B4",
      period: "E4",
      department: "B5",
      implementer: "E5",
      "funding.period.total": "C6",
      "funding.period.fiscal": "C7",
      "funding.period.other": "C8",
      "funding.annual.total": "E6",
      "funding.annual.fiscal": "E7",
      "funding.annual.other": "E8",
      "goals.period": "B10",
      "goals.annual": "D10",
    },
  };
}

/** A rule context for a record; the grid is empty unless a test gives one. */
export function formContext(record: FormRecord, grid?: GridSnapshot): FormContext {
  const g = grid ?? { sheet: "Sheet1", origin: { row: 0, col: 0 }, values: [], merges: [] };
  return { record, sheet: g.sheet, grid: g, area: { top: 0, left: 0, bottom: 18, right: 4 } };
}
