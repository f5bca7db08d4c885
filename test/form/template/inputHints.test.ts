import { formPlan, gridFromPlan, readSheet, templatePlan } from "../../../src/form";
import { parseArea } from "../../../src/form/address";
import type { Area } from "../../../src/form/grid";
import type { InputHint, SheetPlan } from "../../../src/form/plan";
import { SKELETON } from "../../../src/form/template";
import { sampleRecord } from "../../support/forms";

/** The prompt a person sees on a cell of the applied plan: the last prompt written over it. */
function promptOn(plan: SheetPlan, cell: string): InputHint | null {
  const at = parseArea(cell)!;
  const inside = (area: Area) =>
    at.top >= area.top && at.top <= area.bottom && at.left >= area.left && at.left <= area.right;
  let hint: InputHint | null = null;
  for (const op of plan.ops)
    if ((op.kind === "hint" || op.kind === "list") && op.hint && inside(parseArea(op.range)!))
      hint = op.hint;
  return hint;
}

/** Where the reader finds each field and each indicator part on a filled standard form. */
function fieldCells(origin: number) {
  const record = sampleRecord();
  const filled = { ...record, indicators: record.indicators.slice(0, SKELETON.length) };
  expect(filled.indicators).toHaveLength(SKELETON.length);
  const [form] = readSheet(gridFromPlan(formPlan(filled, { origin }))).forms;
  const indicators = form.record.indicators;
  return {
    fields: Object.entries(form.record.cells),
    names: indicators.map((i) => i.cells.name),
    values: indicators.map((i) => i.cells.value),
    levels: indicators.flatMap((i) => [i.cells.level1, i.cells.level2]),
  };
}

describe("the blank template's input prompts", () => {
  it.each([0, 30])(
    "prompts every cell the reader takes a field from (form at row %i), within Excel's limits",
    (origin) => {
      const plan = templatePlan({ year: 2025, origin });
      const cells = fieldCells(origin);
      expect(cells.fields.length).toBeGreaterThanOrEqual(12);
      for (const cell of [
        ...cells.fields.map(([, c]) => c),
        ...cells.names,
        ...cells.values,
        ...cells.levels,
      ]) {
        const hint = promptOn(plan, cell);
        expect({ cell, hint: hint && hint.message.length > 0 }).toEqual({ cell, hint: true });
        expect(hint!.title.length).toBeLessThanOrEqual(32);
        expect(hint!.message.length).toBeLessThanOrEqual(255);
      }
    }
  );

  it("shows examples the rules accept on the values, the unit on the amounts, the field on the header", () => {
    const plan = templatePlan({ year: 2025 });
    const { fields, values } = fieldCells(0);
    for (const cell of values)
      expect(promptOn(plan, cell)!.message).toContain("例：≥95%；≤10天；≥3次");
    const byPath = new Map(fields);
    for (const path of ["funding.annual.total", "funding.period.fiscal", "funding.annual.other"])
      expect(promptOn(plan, byPath.get(path as never)!)).toMatchObject({
        title: "金额(万元)",
        message: expect.stringContaining("两位小数"),
      });
    expect(promptOn(plan, byPath.get("period")!)!.message).toContain("2025年1月至12月");
    expect(promptOn(plan, byPath.get("name")!)!.title).toBe("项目名称");
  });

  it("leaves labels, the title and filled copies without prompts", () => {
    const plan = templatePlan({ year: 2025 });
    for (const label of ["A1", "A3", "A4", "D4", "B6", "A11", "E11"])
      expect({ label, hint: promptOn(plan, label) }).toEqual({ label, hint: null });
    const copy = formPlan(sampleRecord());
    expect(copy.ops.filter((op) => op.kind === "hint")).toEqual([]);
  });
});
