import { readSheet } from "../../../src/form";
import { base, form, grid, LIST_HEADER, table } from "../../support/readerForms";

/*
 * The header of a form, field by field: the amount unit and the year above the form, the fields
 * beside or below their labels, and what the reader says about them. Every grid is read inside
 * its test (the mutation run counts only what tests read themselves). Funding: fundingFields.test.ts.
 */

const codes = (findings: { code: string }[]) => findings.map((f) => f.code);

describe("fields: the unit the amounts are written in", () => {
  it("reads a unit line in the form's last column, where the template puts 单位:万元", () => {
    const { record } = form([
      ["填报单位", "社区中心", null, "单位:元"],
      ...base,
      ["年度金额", 50000],
    ]);
    expect(record.funding.writtenIn).toBe("元");
    expect(record.funding.annual?.total).toBe("5");
  });

  it("reads a unit line on the header's last row, right above the indicator table", () => {
    const { record } = form([...base, ["年度金额", 1234567.89], ["金额单位:元"]]);
    expect(record.funding.annual).toMatchObject({
      total: "123.456789",
      raw: { total: "1234567.89" },
    });
  });

  it.each([["（单位：元）"], ["(单位:元)"], ["单位（元）"], ["（金额单位：元）"]])(
    "reads a unit line written %s, not leaving the amounts 10,000 times too large",
    (line) => {
      const { record } = form([[null, null, null, line], ...base, ["年度金额", 50000]]);
      expect(record.funding.writtenIn).toBe("元");
      expect(record.funding.annual?.total).toBe("5");
    }
  );

  it("finds a bracketed unit line against a funding label as a conflict, naming the line", () => {
    const read = form([
      [null, null, null, "（单位：元）"],
      ...base,
      ["资金投入(万元)", "年度金额", 5],
    ]);
    expect(read.record.funding.annual?.total).toBe("5");
    expect(read.findings.map((f) => [f.code, f.cell])).toContainEqual(["read.unit-conflict", "D1"]);
  });

  it("says nothing when the unit line and the funding label agree", () => {
    const read = form([["单位:元"], ...base, ["资金投入(元)", "年度金额", 50000]]);
    expect(read.record.funding.annual?.total).toBe("5");
    expect(read.findings).toEqual([]);
  });

  it("lets a bracketed funding title that is no field (项目资金来源(万元)) win over a unit line", () => {
    const read = form([
      ["单位:元"],
      ...base,
      ["项目资金来源(万元)", null, null, null],
      ["年度金额", 5],
    ]);
    expect(read.record.funding).toMatchObject({ writtenIn: "万元", annual: { total: "5" } });
    expect(read.findings).toMatchObject([{ code: "read.unit-conflict", cell: "A1" }]);
  });

  it("names both units in the conflict, and the cell that holds the line in a merged row", () => {
    const read = form(
      [[null, null, "单位:元", null], ...base, ["资金投入(万元)", "年度金额", 5]],
      table,
      [{ top: 0, left: 0, bottom: 0, right: 3 }]
    );
    expect(read.findings).toMatchObject([{ code: "read.unit-conflict", cell: "C1" }]);
    expect(read.findings[0].message).toBe(
      "此处写明金额单位为元，但资金栏标签写的是万元：金额按万元读取，请核对。"
    );
  });
});

describe("fields: the form's year", () => {
  it("reads a title that starts with the year, with a space before 年", () => {
    const { record } = form([["2023 年区本级项目支出绩效目标表"], ...base]);
    expect(record.year).toBe(2023);
  });

  it("reads a year line in the form's last column", () => {
    const { record } = form([["填报单位", "社区中心", null, "(2024年度)"], ...base]);
    expect(record.year).toBe(2024);
  });

  it("takes the year from above the form, not from a project name that names another year", () => {
    const { record } = form([
      ["(2023年度)"],
      ["项目名称", "2022年度结转社区服务", "项目实施期", "2023年1月至12月"],
      ["主管部门", "民政局", "实施单位", "2021年度示范社区中心"],
    ]);
    expect(record.year).toBe(2023);
  });
});

describe("fields: where each field was read from", () => {
  it("keeps the cell of the reporting unit", () => {
    const { record } = form([["填报单位", "社区中心"], ...base]);
    expect(record.unit).toBe("社区中心");
    expect(record.cells.unit).toBe("B1");
  });
});

describe("fields: a value beside its label or below it", () => {
  it("reads a goal written beside its label when the row below is blank", () => {
    const { record } = form([...base, ["年度目标", "服务居民"], []]);
    expect(record.goals.annual).toBe("服务居民");
    expect(record.cells["goals.annual"]).toBe("B3");
  });

  it("never reads a goal from the indicator table's header row", () => {
    const { record } = form(
      [...base, ["年度目标", "服务居民"]],
      [
        ["序号", "一级指标", "二级指标", "三级指标", "指标值"],
        [1, "产出指标", "数量指标", "服务人次", "≥500人次"],
      ]
    );
    expect(record.goals.annual).toBe("服务居民");
    expect(record.cells["goals.annual"]).toBe("B3");
  });

  it("reads a row of labels from column A with the amounts below them", () => {
    const read = form([...base, ["资金总额", "财政拨款", "其他资金"], [36.5, 30, 6.5]]);
    expect(read.record.funding.annual).toMatchObject({ total: "36.5", fiscal: "30", other: "6.5" });
    expect(read.record.cells["funding.annual.total"]).toBe("A4");
    expect(read.findings).toEqual([]);
  });

  it("reads a row of labels that ends in the form's last column", () => {
    const { record } = form(
      [...base, ["资金投入(万元)", null, "资金总额", "财政拨款"], [null, null, 50, 50]],
      table,
      [{ top: 2, left: 0, bottom: 2, right: 1 }]
    );
    expect(record.funding.annual).toMatchObject({ total: "50", fiscal: "50" });
  });

  it("leaves a blank 其他资金 blank beside a merged block label, not the text below it", () => {
    const { record } = form(
      [
        ...base,
        ["资金投入(万元)", "年度金额", 30],
        [null, "其中: 财政拨款", 30],
        [null, "其他资金", null],
        ["年度目标", "服务居民"],
      ],
      table,
      [{ top: 2, left: 0, bottom: 4, right: 0 }]
    );
    expect(record.funding.annual).toMatchObject({
      total: "30",
      fiscal: "30",
      other: null,
      raw: { other: null },
    });
    expect(record.cells["funding.annual.other"]).toBe("C5");
    expect(record.goals.annual).toBe("服务居民");
  });
});

describe("fields: what the reader says about a form's indicator table", () => {
  const header = () => [...base, ["年度金额", 5], ["年度目标", "服务居民"]];

  it("says 二级 was not checked on a table with a 一级 column and no 二级 column", () => {
    const { record, findings } = form(header(), [
      ["一级指标", "三级指标", "指标值"],
      ["产出指标", "服务人次", "≥500人次"],
    ]);
    expect(record.layout).toEqual({ kind: "form", level1Column: true, level2Column: false });
    expect(findings).toMatchObject([
      { code: "read.levels-missing", messageId: "level2", cell: "B6" },
    ]);
  });

  it("says the framework was not checked on a table with neither 一级 nor 二级", () => {
    const { findings } = form(header(), [
      ["指标名称", "指标值"],
      ["服务人次", "≥500人次"],
    ]);
    expect(findings).toMatchObject([
      { code: "read.levels-missing", messageId: "both", cell: "A6" },
    ]);
  });

  it("says only 一级 was not checked on a table with a 二级 column and no 一级 column", () => {
    const { record, findings } = form(header(), [
      ["二级指标", "三级指标", "指标值"],
      ["数量指标", "服务人次", "≥500人次"],
    ]);
    expect(record.layout).toMatchObject({ level1Column: false, level2Column: true });
    expect(findings).toMatchObject([
      {
        code: "read.levels-missing",
        messageId: "level1",
        message: "指标表没有“一级指标”列：未检查一级指标。",
        cell: "B6",
      },
    ]);
  });

  it("says nothing about columns when the table has no indicator rows", () => {
    const { record, findings } = form(header(), [["指标名称", "指标值"]]);
    expect(record.indicators).toEqual([]);
    expect(findings).toEqual([]);
  });

  it("names the project that has no indicator table", () => {
    const { findings } = readSheet(grid(header())).forms[0];
    expect(findings).toMatchObject([
      { code: "read.indicators-missing", cell: "A1", data: { name: "社区服务" } },
    ]);
    expect(findings[0].message).toContain("项目“社区服务”下找不到绩效指标表");
  });

  it("names no project when the form's name is blank", () => {
    const { findings } = readSheet(grid([["项目名称", null, "年度金额", 5]])).forms[0];
    expect(findings).toMatchObject([{ code: "read.indicators-missing", data: { name: "" } }]);
  });
});

describe("fields: the forms on a sheet", () => {
  it("says nothing about a sheet of empty strings", () => {
    expect(readSheet(grid([["", ""], [null, ""], []]))).toEqual({ forms: [], findings: [] });
  });

  it("names the sheet whose text holds no form", () => {
    const { forms, findings } = readSheet(grid([[null, "备注：无"]]));
    expect(forms).toEqual([]);
    expect(findings).toMatchObject([{ code: "read.no-form", cell: "A1", data: { sheet: "表1" } }]);
    expect(findings[0].message).toBe("工作表“表1”中找不到绩效目标表：没有“项目名称”标签。");
  });

  it("starts a form's area at a unit line written only in the last column", () => {
    const { area } = form([[null, null, null, "单位:万元"], ...base]);
    expect(area).toEqual({ top: 0, left: 0, bottom: 5, right: 3 });
  });

  it("finds a 项目名称 label in the last column, in a row of labels over their values", () => {
    const { record } = form([
      ["实施单位", "主管部门", "项目实施期", "项目名称"],
      ["社区中心", "民政局", "2024年", "社区服务"],
    ]);
    expect(record).toMatchObject({
      name: "社区服务",
      department: "民政局",
      implementer: "社区中心",
      period: { start: "2024-01", end: "2024-12" },
    });
  });

  it("reads a form begun on the sheet's last row as a form of its own", () => {
    const { forms } = readSheet(grid([...base, ...table, ["项目名称", "养老服务"]]));
    expect(forms.map((f) => [f.record.name, f.area.top, f.record.indicators.length])).toEqual([
      ["社区服务", 0, 2],
      ["养老服务", 5, 0],
    ]);
  });

  it("keeps a form with no indicator table to its own rows, not the next form's", () => {
    const { forms } = readSheet(
      grid([
        ["项目名称", "甲项目"],
        ["年度目标", "目标甲"],
        ["项目名称", "乙项目", "年度金额", 20],
        ...table,
      ])
    );
    expect(forms.map((f) => f.record.name)).toEqual(["甲项目", "乙项目"]);
    expect(forms[0].record.funding.annual).toBeNull();
    expect(forms[0].record.indicators).toEqual([]);
    expect(codes(forms[0].findings)).toEqual(["read.indicators-missing"]);
    expect(forms[1].record.funding.annual?.total).toBe("20");
    expect(forms[1].record.indicators).toHaveLength(2);
  });

  it("never reads an indicator named like a header field (建设周期) as the form's period", () => {
    const { record } = form(
      [
        ["项目名称", "社区服务"],
        ["年度金额", 5],
      ],
      [
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "时效指标", "建设周期", "≤12个月"],
      ]
    );
    expect(record.period).toBeNull();
    expect(record.cells.period).toBeUndefined();
    expect(record.indicators.map((i) => i.name)).toEqual(["建设周期"]);
  });

  it("lists the forms in the sheet's order when a list table follows a form", () => {
    const { forms } = readSheet(
      grid([
        ...base,
        ...table,
        [],
        LIST_HEADER,
        ["社区中心", "养老服务", 12, "服务老人", "产出指标", "数量指标", "服务人次", "≥300人次"],
        ["社区中心", "助残服务", 8, "服务残疾人", "产出指标", "数量指标", "服务人次", "≥100人次"],
      ])
    );
    expect(forms.map((f) => f.record.name)).toEqual(["社区服务", "养老服务", "助残服务"]);
  });
});
