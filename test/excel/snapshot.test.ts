import { checkSheet } from "../../src/excel";
import { sampleGrid } from "../support/sampleGrid";
import { installHost } from "./host";
import { seedGrid } from "./workbook";

/*
 * What the check reads of a sheet is what the person sees in it (src/excel/snapshot.ts): TRUE as
 * Excel shows it, a number under a percent format as the percentage, an emptied cell as empty.
 */
it("reads TRUE, 0.95 under 0%, and an emptied cell as the person sees them", async () => {
  const host = installHost(undefined, ["说明"]);
  seedGrid(host.workbook, { ...sampleGrid(), sheet: "项目表" });
  host.workbook.typeValues("项目表", "E33", [[true]]);
  host.workbook.typeValues("项目表", "E32", [[0.95]]);
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("项目表").getRange("E32").numberFormat = [["0%"]];
    await context.sync();
  });
  host.workbook.typeValues("项目表", "E31", [[""]]);
  const { report } = await checkSheet("项目表");
  const [form] = report.files[0].forms;
  const raw = (cell: string) => form.record.indicators.find((i) => i.cell === cell)?.value.raw;
  expect(raw("E33")).toBe("TRUE");
  expect(raw("E32")).toBe("95%");
  expect(raw("E31")).toBe("");
  const onTrue = form.findings.find((f) => f.cell === "E33");
  expect(onTrue?.message).toContain("的值“TRUE”");
  expect(onTrue?.messageEn).toContain('has value "TRUE"');
});
