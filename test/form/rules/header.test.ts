import fc from "fast-check";
import { headerRules } from "../../../src/form/rules/header";
import type { GridSnapshot } from "../../../src/form/grid";
import { formContext, sampleRecord } from "../../support/forms";
import { column, period, sampleWithFields } from "../../support/records";
import { ruleByCode, runRule } from "../../support/rules";
import { has, ruleTable } from "../../support/ruleTable";

/** The sample as the reader gives a form whose layout has no label for some fields at all. */
function readWithout(...paths: ("department" | "implementer" | "period" | "goals.annual")[]) {
  const record = sampleWithFields({
    layout: { kind: "form", level1Column: true, level2Column: true },
  });
  for (const path of paths) {
    delete record.cells[path];
    if (path === "goals.annual") record.goals = { ...record.goals, annual: null };
    else if (path === "period") record.period = null;
    else record[path] = null;
  }
  return record;
}

/** The sample as one project of a list-style table, with these fields blank under their columns. */
function listProject(
  blank: Partial<Record<"name" | "department" | "implementer" | "period", null>>
) {
  return sampleWithFields({
    ...blank,
    layout: { kind: "list", level1Column: true, level2Column: true },
  });
}

ruleTable(headerRules, "header.missing", "error", {
  valid: [
    { name: "the sample", record: sampleRecord() },
    { name: "a layout with no 项目实施期 at all (Hunan 申报表)", record: readWithout("period") },
    {
      name: "a layout with no 主管部门 and no 项目实施期 (Chongqing)",
      record: readWithout("department", "period"),
    },
    {
      name: "a form whose only total is the period's",
      record: sampleWithFields({ funding: { period: column("11.46", "11.46"), annual: null } }),
    },
    {
      // As REQUIRED says: a list-table project has none of these of its own, even under a column.
      name: "a project of a list table is not asked for 主管部门, 实施单位 or 项目实施期",
      record: listProject({ department: null, implementer: null, period: null }),
    },
  ],
  invalid: [
    {
      name: "a blank project name",
      record: sampleWithFields({ name: null }),
      findings: [
        {
          cell: "B4",
          message: "“项目名称”未填写。",
          messageEn: "The project name (项目名称) is missing.",
        },
      ],
    },
    {
      name: "no 主管部门",
      record: sampleWithFields({ department: null }),
      findings: [{ cell: "B5", message: has("主管部门") }],
    },
    {
      name: "no 实施单位",
      record: sampleWithFields({ implementer: null }),
      findings: [{ cell: "E5", message: has("实施单位") }],
    },
    {
      name: "no 项目实施期",
      record: sampleWithFields({ period: null }),
      findings: [{ cell: "E4", message: has("项目实施期") }],
    },
    {
      name: "a blank annual total",
      record: sampleWithFields({
        funding: { period: column("11.46", "11.46"), annual: column(null, "11.46") },
      }),
      findings: [{ cell: "E6", message: has("年度金额"), messageEn: has("annual amount") }],
    },
    {
      name: "a read form whose 项目实施期 label is there but blank",
      record: { ...readWithout(), period: null },
      findings: [{ cell: "E4", message: has("项目实施期") }],
    },
    {
      name: "a read form with no 年度目标 label: the targets are never optional",
      record: readWithout("goals.annual", "period"),
      findings: [{ cell: "A1", message: has("年度目标") }],
    },
    {
      name: "a project of a list table still needs its name",
      record: listProject({ name: null }),
      findings: [{ cell: "B4", message: "“项目名称”未填写。" }],
    },
    {
      name: "a record not read from a sheet (no layout) has no field absent by design",
      record: (() => {
        const record = sampleWithFields({ department: null });
        delete record.cells.department;
        return record;
      })(),
      findings: [{ cell: "A1", message: has("主管部门") }],
    },
    {
      name: "no 年度目标, and no label for it at all",
      record: (() => {
        const record = sampleWithFields({ goals: { period: "目标", annual: null } });
        delete record.cells["goals.annual"];
        return record;
      })(),
      findings: [{ cell: "A1", message: has("年度目标") }],
    },
  ],
});

ruleTable(headerRules, "header.not-in-layout", "info", {
  valid: [
    { name: "the sample", record: sampleRecord() },
    { name: "a read form with every label", record: readWithout() },
    {
      name: "a project of a list table, which has none of them",
      record: {
        ...readWithout("department", "implementer", "period"),
        layout: { kind: "list", level1Column: true, level2Column: true },
      },
    },
    { name: "a blank 项目实施期 under its label", record: { ...readWithout(), period: null } },
  ],
  invalid: [
    {
      name: "a layout with no 项目实施期",
      record: readWithout("period"),
      findings: [
        {
          cell: "A1",
          message: "此表式没有“项目实施期”栏目，未检查是否填写。",
          messageEn: has("implementation period"),
        },
      ],
    },
    {
      name: "a layout with neither 主管部门 nor 项目实施期, said once",
      record: readWithout("department", "period"),
      findings: [
        {
          cell: "A1",
          message: has("主管部门、项目实施期"),
          messageEn: has("supervising department, implementation period"),
        },
      ],
    },
  ],
});

describe("placeholder", () => {
  const rule = ruleByCode(headerRules, "placeholder");
  const gridWith = (text: string): GridSnapshot => ({
    sheet: "表",
    origin: { row: 0, col: 0 },
    values: [
      ["项目名称", "培训"],
      [null, null, null, null, text],
    ],
    merges: [],
  });
  const findings = (text: string) => runRule(rule, formContext(sampleRecord(), gridWith(text)));

  it.each(["(≥**个)", "XX项目", "××单位", "……"])("fires on %s, quoting the cell", (text) => {
    const [finding] = findings(text);
    expect(finding).toMatchObject({
      code: "placeholder",
      severity: "error",
      cell: "E2",
      message: has(text),
    });
  });

  it.each(["XXL号服装", "≥3次", "良好", "Box"])("does not fire on %s", (text) => {
    expect(findings(text)).toEqual([]);
  });

  it("fires on a cell exactly where its trimmed text, masked digits joined, holds a placeholder", () => {
    // The rule's contract as first written: every cell's text, masked digits joined, tested.
    const placeholder = /\*\*|(?:^|[^A-Za-z])[Xx]{2,}(?![A-Za-z])|××|……/;
    const expected = (text: string) =>
      placeholder.test(text.trim().replace(/(\d)\*+(?=\d)/g, "$1"));
    const pieces = fc.constantFrom(
      "*",
      "**",
      "X",
      "x",
      "XX",
      "×",
      "…",
      "1",
      "9",
      " ",
      "\n",
      "L",
      "个",
      "-"
    );
    const texts = fc.array(pieces, { maxLength: 8 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(texts, (text) => {
        expect(findings(text).map((f) => f.data.text)).toEqual(expected(text) ? [text.trim()] : []);
      }),
      { numRuns: 3_000 }
    );
  });

  it.each([12, -3.5, true, false, 0])("never fires on a number or a boolean (%s)", (value) => {
    const grid = gridWith("");
    grid.values[1][4] = value;
    expect(runRule(rule, formContext(sampleRecord(), grid))).toEqual([]);
  });

  it("looks down to the form's last row, and no further", () => {
    const values: GridSnapshot["values"] = Array.from({ length: 20 }, () => []);
    values[18] = ["填表人：XX"];
    values[19] = ["XX"];
    const grid: GridSnapshot = { sheet: "表", origin: { row: 0, col: 0 }, values, merges: [] };
    // formContext's form spans rows 1–19 (0–18 from 0).
    expect(runRule(rule, formContext(sampleRecord(), grid)).map((f) => f.cell)).toEqual(["A19"]);
  });
});

ruleTable(headerRules, "goal.same-multi-year", "warning", {
  valid: [
    { name: "a one-year project with the same goals", record: sampleRecord() },
    {
      name: "a multi-year project with its own annual goal",
      record: sampleWithFields({
        period: period("2023年1月至2025年12月", "2023-01", "2025-12"),
        goals: { period: "三年建成", annual: "今年完成一期" },
      }),
    },
  ],
  invalid: [
    {
      name: "a multi-year project repeating its goal (spacing aside)",
      record: sampleWithFields({
        period: period("2023-2025年", "2023-01", "2025-12"),
        goals: { period: "三年 建成", annual: "三年建成" },
      }),
      findings: [{ cell: "D10", message: has("2023-2025年") }],
    },
  ],
});
