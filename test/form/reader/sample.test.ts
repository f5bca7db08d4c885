import { checkSheet, readSheet } from "../../../src/form";
import { addDecimals } from "../../../src/form/decimal";
import { sampleGrid } from "../../support/sampleGrid";

describe("reading the sample document (five forms stacked on one sheet)", () => {
  const { forms, findings } = readSheet(sampleGrid());

  it("finds five forms and nothing it cannot read", () => {
    expect(forms).toHaveLength(5);
    expect(findings).toEqual([]);
    expect(forms.flatMap((f) => f.findings)).toEqual([]);
  });

  it("reads the annual totals exactly, 1,027.56 万元 in all", () => {
    const totals = forms.map((f) => f.record.funding.annual?.total);
    expect(totals).toEqual(["11.46", "216.1", "6.8", "393.2", "400"]);
    expect(addDecimals(...totals.map((t) => t ?? null))).toBe("1027.56");
  });

  it("applies the document's year and unit to every form", () => {
    for (const { record } of forms) {
      expect(record.year).toBe(2023);
      expect(record.unit).toBe("大连高新技术产业发展研究院");
      expect(record.department).toBe("大连高新技术产业发展研究院");
      expect(record.period?.start).toBe("2023-01");
      expect(record.period?.end).toBe("2023-12");
      expect(record.funding.period?.fiscal).toBe(record.funding.annual?.total);
      expect(record.funding.annual?.other).toBeNull();
      expect(record.goals.annual).toBeTruthy();
    }
  });

  it("reads every indicator row, inheriting blank 一级/二级 from the rows above", () => {
    expect(forms.map((f) => f.record.indicators.length)).toEqual([7, 8, 7, 8, 7]);
    const first = forms[0].record.indicators;
    expect(first[2]).toMatchObject({
      level1: "产出指标",
      level2: "数量指标",
      name: "龙头分园道路清扫面积",
    });
    expect(first[2].value).toMatchObject({ operator: "≥", number: "10", unit: "万平方米" });
    expect(first[2].cells.level1).toBe(first[0].cells.level1);
  });

  it("keeps form 5's misplaced 二级 under 产出指标 as written, with their cells", () => {
    const misplaced = forms[4].record.indicators.filter(
      (i) => i.level2 === "社会效益指标" || i.level2 === "可持续影响指标"
    );
    expect(misplaced.map((i) => i.level1)).toEqual(["产出指标", "产出指标"]);
    expect(misplaced.map((i) => i.cells.level2)).toEqual(["B137", "B138"]);
  });

  it("gives every field the cell it came from", () => {
    const { cells } = forms[0].record;
    expect(cells).toMatchObject({
      name: "B19",
      period: "E19",
      "funding.annual.total": "E21",
      "goals.annual": "D25",
    });
  });

  it("checks as the catalogue says: no error on forms 1–4; form 5's three errors", () => {
    const reports = checkSheet(sampleGrid()).forms;
    const errors = reports.map((r) =>
      r.findings.filter((f) => f.severity === "error").map((f) => f.code)
    );
    expect(errors.slice(0, 4)).toEqual([[], [], [], []]);
    expect(errors[4].sort()).toEqual([
      "indicator.level1-missing",
      "indicator.level2-misplaced",
      "indicator.level2-misplaced",
    ]);
    // value.operator-missing yields to value.satisfaction there: one finding asks for ≥90%.
    const satisfaction = reports[4].findings.filter((f) => f.cell === "E139");
    expect(satisfaction.map((f) => [f.code, f.data.suggested])).toEqual([
      ["value.satisfaction", "≥90%"],
    ]);
  });
});
