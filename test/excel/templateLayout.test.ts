import { insertTemplate } from "../../src/excel";
import { parseArea } from "../../src/form/address";
import type { Area } from "../../src/form/grid";
import { LEVEL1_CHOICES, LEVEL2_CHOICES } from "../../src/form/template";
import { templatePlan } from "../../src/form/templatePlan";
import { HOSTS, installHost, type Host } from "./host";

// What a person meets in an inserted template besides its text (docs/addin.md, "Insert"): its
// merged areas and its drop-downs, as the core's template plan lays them out.

const sorted = (areas: (Area | null)[]) =>
  areas.map((a) => JSON.stringify(a)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

/** The list a cell's drop-down offers, as Excel keeps its rule. */
function dropDownOf(host: Host, sheet: string, cell: string) {
  const area = parseArea(cell)!;
  const rule = host.workbook.sheet(sheet)!.cell(area.top, area.left)?.style?.[
    "dataValidation.rule"
  ] as { list?: { inCellDropDown: boolean; source: string } } | undefined;
  return rule?.list;
}

describe.each(HOSTS)("an inserted template on $name", ({ requirementSets }) => {
  it("merges each area of the form whole: the funding and goal labels (A6:A8, A9:A10) one cell each", async () => {
    const host = installHost(requirementSets);
    const { sheet } = await insertTemplate({ year: 2026, unit: "某单位" });
    const planned = templatePlan({ year: 2026, unit: "某单位", sheet }).ops.flatMap((op) =>
      op.kind === "merge" ? [parseArea(op.range)] : []
    );
    // Areas more than one row tall, which a merge row by row would cut into strips.
    expect(planned).toEqual(expect.arrayContaining([parseArea("A6:A8"), parseArea("A9:A10")]));
    expect(sorted(host.workbook.sheet(sheet)!.merges)).toEqual(sorted(planned));
  });

  it("prints on A4 paper one page wide, where Excel has page layout (ExcelApi 1.9)", async () => {
    const host = installHost(requirementSets);
    const { sheet } = await insertTemplate({ year: 2026 });
    const layout = host.workbook.sheet(sheet)!.pageLayout;
    if (requirementSets?.ExcelApi === "1.8") expect(layout).toEqual({});
    else
      expect(layout).toMatchObject({
        paperSize: "A4",
        zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      });
  });

  it("wraps a long indicator's text within its cell, in the form's body only", async () => {
    const host = installHost(requirementSets);
    const { sheet } = await insertTemplate({ year: 2026 });
    const wraps = (cell: string) => {
      const { top, left } = parseArea(cell)!;
      return host.workbook.sheet(sheet)!.cell(top, left)?.style?.["format.wrapText"] ?? false;
    };
    expect(["A12", "C12", "E12", "C19"].map(wraps)).toEqual([true, true, true, true]);
    expect(wraps("A1")).toBe(false);
  });

  it("draws thin lines round the form's body, and none round its title", async () => {
    const host = installHost(requirementSets);
    const { sheet } = await insertTemplate({ year: 2026 });
    const edges = (cell: string) => {
      const { top, left } = parseArea(cell)!;
      const style = host.workbook.sheet(sheet)!.cell(top, left)?.style ?? {};
      return ["Top", "Bottom", "Left", "Right"].map(
        (edge) => style[`format.borders.Edge${edge}.style`]
      );
    };
    expect(edges("C12")).toEqual(Array(4).fill("Continuous"));
    expect(edges("A1")).toEqual(Array(4).fill(undefined));
  });

  it("offers the 一级 and 二级 choices in the cell's drop-down, one item each", async () => {
    const host = installHost(requirementSets);
    const { sheet } = await insertTemplate({ year: 2026 });
    for (const [cell, choices] of [
      ["A12", LEVEL1_CHOICES],
      ["B12", LEVEL2_CHOICES],
    ] as const) {
      const list = dropDownOf(host, sheet, cell);
      expect(list?.inCellDropDown).toBe(true);
      expect(list?.source.split(",")).toEqual([...choices]);
    }
  });
});
