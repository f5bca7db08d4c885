import { formPlan, templatePlan } from "../../../src/form";
import {
  AMOUNT_FORMAT,
  COLUMN_WIDTHS,
  INPUT_HINTS,
  LEVEL1_CHOICES,
  LEVEL2_CHOICES,
  SKELETON,
  TITLE,
} from "../../../src/form/template";
import type { FormRecord } from "../../../src/form/record";
import { column, sampleWithFields } from "../../support/records";
import { cellsOf, opsOf } from "../plans/support";

/* The standard form as the tool writes it: where each block sits, how it looks, how it prints. */
describe("the standard form's layout", () => {
  const rows = SKELETON.length;
  const last = 11 + rows;

  it("borders the form, sets the title, year and unit lines, amounts, goals and table header", () => {
    const formats = opsOf(templatePlan({ year: 2024 }), "format").map((op) => [
      op.range,
      op.format,
    ]);
    expect(formats).toEqual([
      [`A4:E${last}`, { border: "thin", vertical: "middle", wrap: true }],
      ["A1:E1", { font: { bold: true, size: 16 }, horizontal: "center" }],
      ["A2:E2", { horizontal: "center" }],
      ["E3", { horizontal: "right" }],
      ["C6:C8", { numberFormat: AMOUNT_FORMAT }],
      ["E6:E8", { numberFormat: AMOUNT_FORMAT }],
      ["A6:A10", { horizontal: "center" }],
      ["B10:E10", { vertical: "top", horizontal: "left" }],
      ["A11:E11", { font: { bold: true }, horizontal: "center" }],
    ]);
  });

  it("gives the goals room and the columns their widths", () => {
    const plan = templatePlan({ year: 2024 });
    expect(opsOf(plan, "rowHeight")).toEqual([{ kind: "rowHeight", range: "A10:E10", height: 90 }]);
    expect(opsOf(plan, "columnWidths")).toEqual([{ kind: "columnWidths", widths: COLUMN_WIDTHS }]);
  });

  it("offers the 一级 and 二级 lists with a prompt on every indicator row", () => {
    expect(opsOf(templatePlan({ year: 2024 }), "list")).toEqual([
      { kind: "list", range: `A12:A${last}`, items: LEVEL1_CHOICES, hint: INPUT_HINTS.level1 },
      { kind: "list", range: `B12:B${last}`, items: LEVEL2_CHOICES, hint: INPUT_HINTS.level2 },
    ]);
  });

  it("names the blank form's sheet, year and unit, and leaves the unit blank when not given", () => {
    const plan = templatePlan({ year: 2024 });
    const cells = cellsOf(plan);
    expect(plan.sheet).toBe("绩效目标表");
    expect(cells.get("A1")).toBe(TITLE);
    expect(["C6", "C7", "C8", "E6", "E7", "E8"].some((c) => cells.has(c))).toBe(false);
    expect(cells.get("A2")).toBe("(2024年度)");
    expect(cells.get("B3")).toBe("");
    expect(cellsOf(templatePlan({ year: 2024, unit: "某单位" })).get("B3")).toBe("某单位");
    expect(templatePlan({ year: 2024, sheet: "表" }).sheet).toBe("表");
  });

  it("writes the skeleton's 一级 and 二级 with blank 三级 and values, 三级 merged over C:D", () => {
    const plan = templatePlan({ year: 2024 });
    const cells = cellsOf(plan);
    SKELETON.forEach(([level1, level2], i) => {
      expect(
        [`A${12 + i}`, `B${12 + i}`, `C${12 + i}`, `E${12 + i}`].map((c) => cells.get(c))
      ).toEqual([level1, level2, "", ""]);
    });
    const merges = opsOf(plan, "merge").map((op) => op.range);
    expect(merges.filter((range) => /^C\d+:D\d+$/.test(range))).toHaveLength(rows + 1);
    expect(opsOf(plan, "values")[0].range).toBe(`A1:E${last}`);
  });
});

describe("a filled form", () => {
  const record = (change: Partial<FormRecord>) => sampleWithFields(change);

  it("writes amounts as numbers, text that is no number as written, blanks as blanks", () => {
    const plan = formPlan(
      record({ funding: { period: column("250万", null), annual: column("11.46", "11.46", null) } })
    );
    const cells = cellsOf(plan);
    expect(["C6", "C7", "C8"].map((c) => cells.get(c) ?? null)).toEqual(["250万", null, null]);
    expect(["E6", "E7", "E8"].map((c) => cells.get(c) ?? null)).toEqual([11.46, 11.46, null]);
    const others = cellsOf(
      formPlan(
        record({
          funding: { period: column("3", "2", "1"), annual: column("11.46", "10", "1.46") },
        })
      )
    );
    expect(["C8", "E8"].map((c) => others.get(c))).toEqual([1, 1.46]);
    const none = cellsOf(formPlan(record({ funding: { period: null, annual: column("1", "1") } })));
    expect(none.get("C6") ?? null).toBeNull();
  });

  it("leaves blank what the record does not say", () => {
    const cells = cellsOf(
      formPlan(
        record({
          year: null,
          unit: null,
          name: null,
          period: null,
          department: null,
          implementer: null,
          goals: { period: null, annual: null },
        })
      )
    );
    expect(["A2", "B3", "B4", "E4", "B5", "E5", "B10", "D10"].map((c) => cells.get(c))).toEqual([
      "",
      "",
      "",
      "",
      "",
      "",
      "",
      "",
    ]);
  });

  it("with no indicator, keeps one table row in the border and print area and offers no lists", () => {
    const plan = formPlan(record({ indicators: [] }));
    expect(opsOf(plan, "list")).toEqual([]);
    expect(plan.ops.every((op) => typeof op === "object" && typeof op.kind === "string")).toBe(
      true
    );
    expect(opsOf(plan, "format")[0].range).toBe("A4:E12");
    expect(opsOf(plan, "print")[0].area).toBe("A1:E12");
    expect(opsOf(plan, "merge").map((op) => op.range)).not.toContain("C12:D12");
  });

  it("moves everything down when the form starts lower, print titles included", () => {
    const at0 = formPlan(record({}));
    const at5 = formPlan(record({}), { origin: 5 });
    const shift = (range: string) => range.replace(/\d+/g, (n) => String(Number(n) + 5));
    expect(opsOf(at5, "merge").map((op) => op.range)).toEqual(
      opsOf(at0, "merge").map((op) => shift(op.range))
    );
    expect(opsOf(at5, "values")[0].range).toBe(shift(opsOf(at0, "values")[0].range));
    expect(opsOf(at5, "print")[0]).toMatchObject({
      area: shift(opsOf(at0, "print")[0].area!),
      titleRows: "6:8",
      orientation: "portrait",
    });
    expect(opsOf(at0, "print")[0].titleRows).toBe("1:3");
  });
});
