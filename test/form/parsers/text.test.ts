import { cellText, normalizeLabel } from "../../../src/form/text";

describe("normalizeLabel", () => {
  it.each([
    ["项 目 名 称", "项目名称"],
    ["绩\n效\n指\n标", "绩效指标"],
    ["资金投入（万元）", "资金投入(万元)"],
    ["资金投入(万元)", "资金投入(万元)"],
    ["其中：", "其中"],
    ["其中:", "其中"],
    ["年度资金总额:", "年度资金总额"],
    ["年度资金总额：", "年度资金总额"],
    ["\u3000项目\u3000名称\u00a0", "项目名称"],
    ["指标值＜＝１００", "指标值<=100"],
    ["ＡＢｃ１２３", "ABc123"],
    ["其中：财政拨款", "其中:财政拨款"],
    ["", ""],
  ])("%j → %j", (text, expected) => {
    expect(normalizeLabel(text)).toBe(expected);
  });

  it("is idempotent", () => {
    for (const text of ["项 目 名 称：", "资金投入（万元）", "其中:"])
      expect(normalizeLabel(normalizeLabel(text))).toBe(normalizeLabel(text));
  });
});

describe("cellText", () => {
  it.each([
    [null, ""],
    ["  项目名称 ", "项目名称"],
    ["\u3000良好\u3000", "良好"],
    [11.46, "11.46"],
    [1e-7, "0.0000001"],
    [1e21, "1000000000000000000000"],
    [-0, "0"],
    [true, "TRUE"],
    [false, "FALSE"],
  ])("%j → %j", (value, expected) => {
    expect(cellText(value)).toBe(expected);
  });
});
