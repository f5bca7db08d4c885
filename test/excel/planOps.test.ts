import { queuePlan } from "../../src/excel/applyPlan";
import { capabilities } from "../../src/excel/features";
import type { PlanOp } from "../../src/form/plan";
import { HOSTS, installHost, type Host } from "./host";

// A sheet plan is one description for both writers (docs/architecture.md): the .xlsx writer
// (src/files/xlsxWrite.ts) and Excel (src/excel/applyPlan.ts) must take every plan the type
// admits alike, including the cases the add-in's own plans do not use today (a freeze of rows
// only or of columns only, a print with no print area), so that a plan made tomorrow is not
// applied differently in the pane than in the CLI's file.

async function apply(host: Host, ops: PlanOp[]): Promise<void> {
  await Excel.run(async (context) => {
    const worksheet = context.workbook.worksheets.getItem("表");
    queuePlan({ sheet: "表", ops }, { worksheet, caps: capabilities() });
    await context.sync();
  });
  void host;
}

describe.each(HOSTS)(
  "the plan ops the add-in's own plans do not use yet, on $name",
  ({ requirementSets }) => {
    it("freezes rows only, then columns only, then both, as the .xlsx writer's xSplit and ySplit", async () => {
      const host = installHost(requirementSets, ["表"]);
      const frozen = () => ({ ...host.workbook.sheet("表")!.frozen });
      await apply(host, [{ kind: "freeze", rows: 3, columns: 0 }]);
      expect(frozen()).toEqual({ rows: 3, columns: 0 });
      await apply(host, [{ kind: "freeze", rows: 0, columns: 2 }]);
      expect(frozen()).toEqual({ rows: 0, columns: 2 });
      await apply(host, [{ kind: "freeze", rows: 4, columns: 1 }]);
      expect(frozen()).toEqual({ rows: 4, columns: 1 });
    });

    it("prints a sheet with no print area and no title rows: neither is set", async () => {
      const host = installHost(requirementSets, ["表"]);
      await apply(host, [
        { kind: "print", paper: "A4", orientation: "landscape", fitToWidth: false },
      ]);
      // Excel 2019 has no page layout (ExcelApi 1.9): the sheet keeps Excel's defaults.
      const set = capabilities().pageLayout ? { paperSize: "A4", orientation: "Landscape" } : {};
      expect(host.workbook.sheet("表")!.pageLayout).toEqual(set);
    });
  }
);

describe.each(HOSTS)("what a plan sets and what it leaves, on $name", ({ requirementSets }) => {
  it("a font named where the plan names one, Excel's own font kept where it does not", async () => {
    const host = installHost(requirementSets, ["表"]);
    await apply(host, [
      {
        kind: "format",
        range: "A1",
        format: { font: { name: "仿宋", size: 14, color: "#C00000" } },
      },
      { kind: "format", range: "B1", format: { font: { bold: true } } },
    ]);
    const font = (col: number) => {
      const style = host.workbook.sheet("表")!.cell(0, col)?.style ?? {};
      return ["name", "size", "bold", "color"].map((key) => style[`format.font.${key}`]);
    };
    expect(font(0)).toEqual(["仿宋", 14, undefined, "#C00000"]);
    expect(font(1)).toEqual([undefined, undefined, true, undefined]);
  });

  it("prints the plan's area with its title rows on every page", async () => {
    const host = installHost(requirementSets, ["表"]);
    await apply(host, [
      {
        kind: "print",
        paper: "A4",
        orientation: "portrait",
        fitToWidth: true,
        area: "A1:N12",
        titleRows: "9:12",
      },
    ]);
    const layout = host.workbook.sheet("表")!.pageLayout;
    if (!capabilities().pageLayout) expect(layout).toEqual({});
    else
      expect(layout).toMatchObject({
        printArea: expect.stringMatching(/^(表!)?\$?A\$?1:\$?N\$?12$/),
        printTitleRows: "$9:$12",
        zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      });
  });
});

describe.each(HOSTS)("a plan's borders, on $name", ({ requirementSets }) => {
  it("frames a lone cell on its four sides, and a block outside and between its cells", async () => {
    const host = installHost(requirementSets, ["表"]);
    await apply(host, [
      { kind: "format", range: "B2", format: { border: "thin" } },
      { kind: "format", range: "D2:F4", format: { border: "thin" } },
    ]);
    const sheet = host.workbook.sheet("表")!;
    const sides = (row: number, col: number) =>
      ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"].filter(
        (side) => sheet.cell(row, col)?.style?.[`format.borders.${side}.style`] === "Continuous"
      );
    const all = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
    expect(sides(1, 1)).toEqual(all);
    for (let row = 1; row <= 3; row++)
      for (let col = 3; col <= 5; col++)
        expect({ row, col, sides: sides(row, col) }).toEqual({ row, col, sides: all });
    // A line is shared by the cells either side of it (B1's bottom is B2's top); none further out.
    expect(sides(0, 1)).toEqual(["EdgeBottom"]);
    expect(sides(0, 0)).toEqual([]);
    expect(sides(5, 4)).toEqual([]);
  });
});
