import fc from "fast-check";
import { formPlan, gridFromPlan, readSheet, templatePlan } from "../../../src/form";
import type { PlanOp, SheetPlan } from "../../../src/form/plan";
import type { FormRecord, Indicator } from "../../../src/form/record";
import { parseIndicatorValue } from "../../../src/form/value";
import { sampleGrid } from "../../support/sampleGrid";

/** A record without its cell addresses, which depend on where the form sits. */
function content(record: FormRecord) {
  const { cells: _cells, indicators, ...rest } = record;
  return {
    ...rest,
    indicators: indicators.map(({ cell: _cell, cells: _c, ...i }: Indicator) => i),
  };
}

const readBack = (record: FormRecord, origin = 0) =>
  readSheet(gridFromPlan(formPlan(record, { origin }))).forms;

describe("template → filled → read back", () => {
  const samples = readSheet(sampleGrid()).forms.map((f) => f.record);

  it.each(samples.map((record, i) => [i + 1, record] as const))(
    "gives back sample form %i",
    (_n, record) => {
      const forms = readBack(record);
      expect(forms).toHaveLength(1);
      expect(content(forms[0].record)).toEqual(content(record));
    }
  );

  it("puts each field on its template cell", () => {
    const [form] = readBack(samples[0]);
    expect(form.record.cells).toMatchObject({
      name: "B4",
      period: "E4",
      department: "B5",
      implementer: "E5",
    });
    expect(form.record.cells).toMatchObject({
      "funding.period.total": "C6",
      "funding.annual.total": "E6",
      "goals.annual": "D10",
    });
    expect(form.record.indicators[0].cell).toBe("E12");
  });

  it("reads a form written lower on the sheet at its own rows", () => {
    const [form] = readBack(samples[1], 20);
    expect(form.record.cells.name).toBe("B24");
    expect(content(form.record)).toEqual(content(samples[1]));
  });

  const text = fc.stringMatching(/^[\u4e00-\u9fa5]{2,12}$/);
  const amount = fc
    .tuple(fc.integer({ min: 0, max: 99999 }), fc.integer({ min: 0, max: 99 }))
    .map(([w, f]) => `${w}.${String(f).padStart(2, "0")}`.replace(/\.?0+$/, "") || "0");
  const value = fc.constantFrom(
    "≥3次",
    "≤4个月",
    "=100%",
    "良好",
    "≥95%",
    "每年12月底前",
    "≥10万平方米"
  );
  const level = fc.constantFrom(
    ["产出指标", "数量指标"],
    ["产出指标", "时效指标"],
    ["效益指标", "社会效益指标"],
    ["满意度指标", "服务对象满意度指标"]
  );

  it("gives back generated records", () => {
    fc.assert(
      fc.property(
        text,
        text,
        amount,
        fc.array(fc.tuple(level, text, value), { minLength: 1, maxLength: 12 }),
        (name, goal, total, rows) => {
          const record: FormRecord = {
            ...samples[0],
            name,
            goals: { period: goal, annual: goal },
            funding: {
              writtenIn: "万元",
              period: null,
              annual: {
                total,
                fiscal: total,
                other: null,
                raw: { total, fiscal: total, other: null },
              },
            },
            indicators: rows.map(([[level1, level2], n, v]) => ({
              level1,
              level2,
              name: n,
              value: parseIndicatorValue(v),
              cell: "",
              cells: { level1: "", level2: "", name: "", value: "" },
              written: { level1, level2 },
            })),
          };
          // The template always writes both funding columns; a record without a period column reads back with an empty one.
          const [form] = readBack(record);
          expect(
            content({ ...form.record, funding: { ...form.record.funding, period: null } })
          ).toEqual(content(record));
        }
      ),
      { numRuns: 60 }
    );
  });
});

describe("the blank template", () => {
  // Planned in each test, so that a mutation run (npm run mutate) counts the tests that reach it.
  let plan: SheetPlan;
  let merges: string[];
  let lists: Extract<PlanOp, { kind: "list" }>[];
  beforeEach(() => {
    plan = templatePlan({ year: 2024, unit: "某单位" });
    merges = plan.ops.flatMap((op) => (op.kind === "merge" ? [op.range] : []));
    lists = plan.ops.filter((op): op is Extract<PlanOp, { kind: "list" }> => op.kind === "list");
  });

  it("merges the title, year, name, funding and goal blocks as the standard form does", () => {
    expect(merges).toEqual(
      expect.arrayContaining([
        "A1:E1",
        "A2:E2",
        "B4:C4",
        "A6:A8",
        "A9:A10",
        "B9:C9",
        "D9:E9",
        "B10:C10",
        "D10:E10",
        "C11:D11",
      ])
    );
  });

  it("merges 三级 C:D and offers drop-downs on every skeleton row", () => {
    const rows = readSheet(gridFromPlan(plan)).forms[0].record.indicators;
    expect(rows.length).toBeGreaterThanOrEqual(8);
    for (let i = 0; i < rows.length; i++) expect(merges).toContain(`C${12 + i}:D${12 + i}`);
    expect(lists.map((l) => l.range)).toEqual([
      `A12:A${11 + rows.length}`,
      `B12:B${11 + rows.length}`,
    ]);
  });

  it("reads back as a form for its year and unit with the skeleton's 一级", () => {
    const [form] = readSheet(gridFromPlan(plan)).forms;
    expect(form.record.year).toBe(2024);
    expect(form.record.unit).toBe("某单位");
    expect(new Set(form.record.indicators.map((i) => i.level1))).toEqual(
      new Set(["产出指标", "效益指标", "满意度指标"])
    );
  });

  it("sets A4 printing and column widths", () => {
    expect(plan.ops).toContainEqual(expect.objectContaining({ kind: "print", paper: "A4" }));
    expect(plan.ops).toContainEqual(expect.objectContaining({ kind: "columnWidths" }));
  });
});
