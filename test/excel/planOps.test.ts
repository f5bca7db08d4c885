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
