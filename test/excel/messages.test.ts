import { checkOutcome, mergedMessage } from "../../src/excel/messages";

// The status line after 汇总 and 校验, in the pane and the ribbon alike (docs/addin.md, "Messages").

describe("what 汇总 says it did", () => {
  const everything = {
    sheet: "汇总表",
    forms: 3,
    leftOut: 2,
    checks: "检查结果",
    year: 2024,
    yearGiven: false,
    kept: ["汇总表（旧）", "汇总指标（旧）"],
  };

  it("in Chinese: summed, the year it chose, what it left out and the sheets it kept, in one run", () => {
    expect(mergedMessage(everything, "zh")).toBe(
      "已生成“汇总表”，共 3 个项目。" +
        "汇总年度为2024年（多数表格的年度）。" +
        "另有 2 张表未计入汇总（空白表或其他年度的表），原因见“检查结果”表。" +
        "旧表中有您写下的内容，已保留为“汇总表（旧）”、“汇总指标（旧）”。"
    );
  });

  it("in English: the same, sentences apart", () => {
    expect(mergedMessage(everything, "en")).toBe(
      'Built "汇总表" from 3 project(s). ' +
        "The summary is for 2024, the year most forms carry. " +
        '2 form(s) were left out (blank, or of another year); the reasons are on the "检查结果" sheet. ' +
        'The old sheets held your writing and are kept as "汇总表（旧）", "汇总指标（旧）".'
    );
  });

  it("says nothing of a year the person gave, of nothing left out or of no sheet kept", () => {
    const plain = { sheet: "汇总表", forms: 1 };
    expect(mergedMessage({ ...plain, year: 2024, yearGiven: true }, "zh")).toBe(
      "已生成“汇总表”，共 1 个项目。"
    );
    expect(mergedMessage({ ...plain, year: 2024 }, "en")).toBe('Built "汇总表" from 1 project(s).');
    expect(
      mergedMessage({ ...plain, year: null, yearGiven: false, leftOut: 0, kept: [] }, "en")
    ).toBe('Built "汇总表" from 1 project(s).');
    expect(mergedMessage({ ...plain, leftOut: 1 }, "zh")).toBe(
      "已生成“汇总表”，共 1 个项目。另有 1 张表未计入汇总（空白表或其他年度的表），原因见“”表。"
    );
  });
});

describe("what 校验 says it found", () => {
  const report = { summary: { forms: 2, errors: 1, warnings: 0, infos: 3 } };

  it("the counts alone where nothing was skipped", () => {
    expect(checkOutcome({ report }, "zh")).toBe("2 张表：1 个错误，0 个警告，3 个提示。");
    expect(checkOutcome({ report, skipped: 0 }, "en")).toBe(
      "2 form(s): 1 error(s), 0 warning(s), 3 info."
    );
  });

  it("and the summary sheets it left out, a sentence apart in English", () => {
    expect(checkOutcome({ report, skipped: 1 }, "en")).toBe(
      "2 form(s): 1 error(s), 0 warning(s), 3 info. 1 summary sheet(s) not checked (the add-in's own sheets are not forms)."
    );
    expect(checkOutcome({ report, skipped: 1 }, "zh")).toBe(
      "2 张表：1 个错误，0 个警告，3 个提示。另有 1 张汇总表未校验（本插件生成的表不是绩效目标表）。"
    );
  });
});
