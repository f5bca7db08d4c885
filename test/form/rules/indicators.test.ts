import type { FormRecord } from "../../../src/form/record";
import { indicatorRules } from "../../../src/form/rules/indicators";
import { indicatorRowRules } from "../../../src/form/rules/indicatorRows";
import { valueKindRules } from "../../../src/form/rules/valueKinds";
import { valueRules } from "../../../src/form/rules/values";
import { formContext, sampleRecord } from "../../support/forms";
import {
  blankValue,
  quantity as q,
  relabel,
  tableRows,
  withExtra,
  withIndicator,
  words,
} from "../../support/indicators";
import { runRule } from "../../support/rules";
import { has, ruleTable } from "../../support/ruleTable";
import * as sample from "../../support/sampleDocument";

/** sampleRecord() with its indicator table replaced by these rows (from row 12). */
function withTable(rows: Parameters<typeof tableRows>[1]): FormRecord {
  return { ...sampleRecord(), indicators: tableRows(12, rows) };
}

function without(...indices: number[]): FormRecord {
  const record = sampleRecord();
  record.indicators = record.indicators.filter((_, i) => !indices.includes(i));
  return record;
}

/** The sample with Sichuan's 一级 names for 产出 and 效益. */
function sichuan(): FormRecord {
  const names: Record<string, string> = { 产出指标: "项目完成指标", 效益指标: "项目效益指标" };
  const record = sampleRecord();
  record.indicators = record.indicators.map((indicator) => {
    const level1 = names[indicator.level1] ?? indicator.level1;
    return { ...indicator, level1, written: { ...indicator.written, level1 } };
  });
  return record;
}

/**
 * A record read from a table with no 一级 (or 二级) column: that part is blank on every row and
 * points at the name cell, as the reader gives it, and the layout says the column is absent.
 */
function withoutColumn(record: FormRecord, ...parts: ("level1" | "level2")[]): FormRecord {
  const indicators = record.indicators.map((indicator) => {
    const blanked = {
      ...indicator,
      written: { ...indicator.written },
      cells: { ...indicator.cells },
    };
    for (const part of parts) {
      blanked[part] = "";
      blanked.written[part] = "";
      blanked.cells[part] = indicator.cells.name;
    }
    return blanked;
  });
  const layout = {
    kind: "form" as const,
    level1Column: !parts.includes("level1"),
    level2Column: !parts.includes("level2"),
  };
  return { ...record, indicators, layout };
}

ruleTable(indicatorRules, "indicator.level1-unknown", "error", {
  valid: [
    { name: "the sample", record: sampleRecord() },
    { name: "Sichuan's 项目完成指标 and 项目效益指标", record: sichuan() },
    {
      name: "no 一级 column at all",
      record: {
        ...relabel([0, 1, 2], ""),
        layout: { kind: "form", level1Column: false, level2Column: true },
      },
    },
  ],
  invalid: [
    {
      name: "an unknown 一级",
      record: relabel([4], "产出目标"),
      findings: [{ cell: "A16", message: has("“产出目标”"), messageEn: has('"产出目标"') }],
    },
    {
      name: "a block of two rows is reported once, on the cell naming it",
      record: withTable([
        ["产出目标", "数量指标", "赴外培训学习次数", q("≥3次", "≥", "3", "次")],
        ["", "", "龙头分园绿地养护面积", q("≥10万平方米", "≥", "10", "万平方米")],
      ]),
      findings: [{ cell: "A12" }],
    },
    {
      name: "a first row with no 一级 above it says which indicator lacks one",
      record: withIndicator(0, { level1: "", written: { level1: "", level2: "数量指标" } }),
      findings: [
        {
          cell: "A12",
          message: "三级指标“赴外培训学习次数”没有一级指标",
          messageEn: 'Indicator "赴外培训学习次数" has no first-level indicator',
        },
      ],
    },
  ],
});

ruleTable(indicatorRules, "indicator.level2-unknown", "error", {
  valid: [
    { name: "the sample", record: sampleRecord() },
    {
      name: "a skeleton row's blank 二级 is indicator.empty-row's",
      record: withExtra("满意度指标", "", "", blankValue),
    },
    {
      name: "a table without a 二级 column is not judged on its 二级",
      record: withoutColumn(sampleRecord(), "level2"),
    },
  ],
  invalid: [
    {
      name: "a named indicator with no 二级 says which one",
      record: withExtra("效益指标", "", "群众获得感", words("明显提升")),
      findings: [
        {
          cell: "B20",
          message: "三级指标“群众获得感”没有二级指标",
          messageEn: 'Indicator "群众获得感" has no second-level indicator',
        },
      ],
    },
    {
      name: "an unknown 二级 is reported on a skeleton row too",
      record: withExtra("产出指标", "数量目标", "", blankValue),
      findings: [{ cell: "B20", message: has("“数量目标”") }],
    },
    {
      // Rows 12 and 13 both say 数量指标: one block even though each row names it.
      name: "an unknown 二级 over two rows",
      record: relabel([0, 1], undefined, "数量目标"),
      findings: [{ cell: "B12", message: has("“数量目标”"), messageEn: has('"数量目标"') }],
    },
  ],
});

ruleTable(indicatorRules, "indicator.level2-misplaced", "error", {
  valid: [
    { name: "the sample", record: sampleRecord() },
    { name: "an unknown 二级 is level2-unknown's", record: relabel([6], "产出指标", "影响指标") },
    { name: "under an unknown 一级 it is level1-unknown's", record: relabel([6], "产出目标") },
    { name: "Sichuan's 一级 names take the national 二级", record: sichuan() },
  ],
  invalid: [
    {
      name: "a 效益 二级 under Sichuan's 项目完成指标, naming the national 一级",
      record: relabel([6], "项目完成指标"),
      findings: [{ cell: "B18", message: has("“项目完成指标”", "“效益指标”") }],
    },
    {
      name: "a 效益 二级 under 产出, naming the right 一级",
      record: relabel([6], "产出指标"),
      findings: [
        {
          cell: "B18",
          message: has("“可持续影响指标”", "“产出指标”", "“效益指标”"),
          messageEn: has('"可持续影响指标"', '"产出指标"', '"效益指标"'),
        },
      ],
    },
    {
      name: "one finding per misplaced block, not per row",
      record: withTable([
        ["产出指标", "数量指标", "赴外培训学习次数", q("≥3次", "≥", "3", "次")],
        ["", "社会效益指标", "龙头街道社会经济发展速度", words("加快")],
        ["", "", "社会民生事务发展水平", words("良好")],
      ]),
      findings: [{ cell: "B13" }],
    },
  ],
});

ruleTable(indicatorRules, "indicator.level1-missing", "error", {
  valid: [
    { name: "the sample", record: sampleRecord() },
    {
      name: "satisfaction inside 效益 (older framework)",
      record: relabel([7], "效益指标", "社会公众或服务对象满意度指标"),
    },
    {
      name: "no indicators at all: the reader's read.indicators-missing says so",
      record: { ...sampleRecord(), indicators: [] },
    },
    {
      name: "Sichuan's 项目完成指标 and 项目效益指标 count for 产出 and 效益",
      record: sichuan(),
    },
    {
      name: "a table without a 一级 column (read.levels-missing says so)",
      record: {
        ...without(6),
        layout: { kind: "form", level1Column: false, level2Column: false },
      },
    },
    {
      name: "a table with a 二级 column but no 一级 column",
      record: withoutColumn(sampleRecord(), "level1"),
    },
    {
      name: "an unknown 二级 under 效益 still counts for 效益 (level2-unknown says what is wrong)",
      record: relabel([6], undefined, "影响指标"),
    },
    {
      name: "a named indicator with no value still counts (indicator.value-missing says so)",
      record: withIndicator(7, { value: blankValue }),
    },
    {
      name: "a value with no name still counts (indicator.name-missing says so)",
      record: withIndicator(7, { name: "" }),
    },
  ],
  invalid: [
    {
      name: "no 效益 indicator: reported at the top of the table",
      record: without(6),
      findings: [
        {
          cell: "A12",
          message: "本表没有“效益指标”下的指标",
          messageEn: 'The form has no indicator under "效益指标"',
        },
      ],
    },
    {
      name: "a misplaced 二级 does not count for the 一级 it belongs to, and is named",
      record: relabel([6], "产出指标"),
      findings: [
        {
          cell: "A12",
          message: has("“效益指标”", "“可持续影响指标”", "“产出指标”"),
          messageEn: has('"效益指标"', '"可持续影响指标"', '"产出指标"'),
        },
      ],
    },
    {
      name: "a skeleton row does not count, is not named as misplaced, and is where the finding sits",
      record: withIndicator(7, { name: "", value: blankValue }),
      findings: [{ cell: "A19", message: "本表没有“满意度指标”下的指标" }],
    },
  ],
});

ruleTable(indicatorRules, "indicator.cost-missing", "info", {
  valid: [
    { name: "成本指标 under 产出", record: sampleRecord() },
    {
      name: "成本指标 as 一级 (2021 framework)",
      record: withExtra("成本指标", "经济成本指标", "培训差旅成本", q("≤1万元", "≤", "1", "万元")),
    },
    {
      name: "成本指标 as 一级 over a 二级 the framework does not know",
      record: {
        ...without(5),
        indicators: [
          ...without(5).indicators,
          ...tableRows(20, [
            ["成本指标", "运行成本", "设备运行成本", q("≤1万元", "≤", "1", "万元")],
          ]),
        ],
      },
    },
    {
      name: "no indicators at all: the reader's read.indicators-missing says so",
      record: { ...sampleRecord(), indicators: [] },
    },
    {
      name: "neither a 一级 nor a 二级 column: nothing to judge cost by",
      record: withoutColumn(without(5), "level1", "level2"),
    },
  ],
  invalid: [
    { name: "no cost indicator", record: without(5), findings: [{ cell: "A12" }] },
    {
      name: "a table with a 二级 column but no 一级 column is still judged",
      record: withoutColumn(without(5), "level1"),
      findings: [{ cell: "C12" }],
    },
    {
      name: "a table with a 一级 column but no 二级 column is still judged",
      record: withoutColumn(without(5), "level2"),
      findings: [{ cell: "A12" }],
    },
  ],
});

describe("the sample document through every indicator and value rule", () => {
  const rules = [...indicatorRules, ...indicatorRowRules, ...valueRules, ...valueKindRules];
  const findingsOf = (record: FormRecord) =>
    rules.flatMap((rule) => runRule(rule, formContext(record)));
  const summary = (record: FormRecord) =>
    findingsOf(record)
      .map((f) => `${f.cell} ${f.code}`)
      .sort();

  it.each([sample.sampleForm1, sample.sampleForm2, sample.sampleForm3, sample.sampleForm4])(
    "forms 1–4 have no error",
    (record) => {
      expect(findingsOf(record).filter((f) => f.severity === "error")).toEqual([]);
    }
  );

  it("forms 1–4: bare numbers are warnings, and no form has a cost indicator", () => {
    expect(summary(sample.sampleForm1)).toEqual([
      "A12 indicator.cost-missing",
      "E15 value.operator-missing",
    ]);
    expect(summary(sample.sampleForm2)).toEqual([
      "A12 indicator.cost-missing",
      "E16 value.operator-missing",
    ]);
    expect(summary(sample.sampleForm3)).toEqual(["A12 indicator.cost-missing"]);
    expect(summary(sample.sampleForm4)).toEqual([
      "A12 indicator.cost-missing",
      "E13 value.operator-missing",
      "E14 value.operator-missing",
    ]);
  });

  it("form 1's 100% is completed to =100%", () => {
    const [finding] = findingsOf(sample.sampleForm1).filter((f) => f.cell === "E15");
    expect(finding).toMatchObject({ severity: "warning", fix: { cell: "E15", value: "=100%" } });
  });

  it("form 5: two misplaced 二级, no 效益, and the bare 90% satisfaction", () => {
    // Beyond what the sample must show: no cost indicator (info) and two more bare numbers.
    expect(summary(sample.sampleForm5)).toEqual([
      "A12 indicator.cost-missing",
      "A12 indicator.level1-missing",
      "B16 indicator.level2-misplaced",
      "B17 indicator.level2-misplaced",
      "E12 value.operator-missing",
      "E13 value.operator-missing",
      "E18 value.operator-missing",
      "E18 value.satisfaction",
    ]);
    const byCell = (cell: string) => findingsOf(sample.sampleForm5).filter((f) => f.cell === cell);
    expect(byCell("A12")).toContainEqual(
      expect.objectContaining({ severity: "error", message: has("“效益指标”") })
    );
    expect(byCell("B16")[0]).toMatchObject({
      severity: "error",
      message: has("社会效益指标", "“效益指标”"),
    });
    expect(byCell("B17")[0]).toMatchObject({
      severity: "error",
      message: has("可持续影响指标", "“效益指标”"),
    });
    for (const finding of byCell("E18")) {
      expect(finding).toMatchObject({ severity: "warning", message: has("“90%”", "“≥90%”") });
      expect(finding.fix).toBeUndefined();
    }
  });
});
