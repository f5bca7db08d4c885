import { importedSheetNames, importedSheets } from "../../src/form/importNaming";
import type { FileReport } from "../../src/form/finding";

/** A report with forms on the given sheets, each named or not. */
const report = (file: string, forms: [sheet: string, name?: string][]): FileReport =>
  ({
    file,
    findings: [],
    forms: forms.map(([sheet, name]) => ({ sheet, record: { name }, findings: [] })),
  }) as unknown as FileReport;

describe("importedSheets: the name each imported form sheet wants", () => {
  it("takes the first form on the sheet that names its project", () => {
    const sheets = importedSheets(
      report("a.xlsx", [
        ["甲", undefined],
        ["甲", "  校舍维修 "],
        ["乙", "道路养护"],
        ["甲", "其他"],
      ])
    );
    expect(sheets).toEqual([
      { sheet: "甲", wanted: "校舍维修" },
      { sheet: "乙", wanted: "道路养护" },
    ]);
  });

  it("falls back to the file's name without its extension", () => {
    for (const file of ["空白.xlsx", "空白.XLSM", "空白.et", "空白.xls"])
      expect(importedSheets(report(file, [["Sheet1", "   "]]))).toEqual([
        { sheet: "Sheet1", wanted: "空白" },
      ]);
  });

  it("has nothing to name in a file without forms", () => {
    expect(importedSheets(report("x.xlsx", []))).toEqual([]);
  });
});

describe("importedSheetNames", () => {
  it("makes each valid and unique against the workbook's names, case aside", () => {
    const taken = new Set(["道路养护", "sheet1"]);
    expect(importedSheetNames(["道路养护", "Sheet1", "a/b"], 3, taken)).toEqual([
      "道路养护 (2)",
      "Sheet1 (2)",
      "a_b",
    ]);
    expect(taken.has("a_b")).toBe(true);
  });

  it("names sheets beyond the wanted after the last wanted", () => {
    expect(importedSheetNames(["项目"], 3, new Set())).toEqual(["项目", "项目 (2)", "项目 (3)"]);
  });
});
