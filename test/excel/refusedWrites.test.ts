import { AddinError, addSheets, applyFixes, checkSheet } from "../../src/excel";
import { createEmulatedExcel } from "../../src/emulator";
import { templatePlan } from "../../src/form";
import { sampleGrid } from "../support/sampleGrid";
import { installHost, useHost } from "./host";
import { seedGrid } from "./workbook";

// Where Excel on the web refuses a request or its answer (over 5 MB; a stand-in limit of a few
// kilobytes here), the person reads which operation failed and why, and the workbook is as it was
// (docs/addin.md, "Errors").

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => e as AddinError
  );

describe("operations Excel on the web refuses", () => {
  it("应用全部安全修正, checked on the desktop and applied on the web where the sheet is too big to read back", async () => {
    const desktop = installHost(undefined, ["说明"]);
    seedGrid(desktop.workbook, { ...sampleGrid(), sheet: "项目表" });
    desktop.workbook.setValues("项目表", "E33", [[">=95%"]]);
    const { report } = await checkSheet("项目表");
    const fixes = report.files[0].forms.flatMap((f) => f.findings).filter((f) => f.fix);
    expect(fixes.length).toBeGreaterThan(0);
    useHost(
      createEmulatedExcel({
        workbook: desktop.workbook,
        payloadLimit: { request: null, response: 1_000 },
      })
    );
    const error = await failure(applyFixes(fixes));
    expect(error).toBeInstanceOf(AddinError);
    expect(error!.text("zh")).toMatch(/^应用修正失败/);
    expect(error!.text("en")).toMatch(/^Applying the fixes failed/);
    expect(desktop.workbook.values("项目表", "E33")).toEqual([[">=95%"]]);
  });

  it("the preview's sample sheets, written where a request may be only a few kilobytes", async () => {
    const host = installHost(undefined, ["Sheet1"]);
    useHost(
      createEmulatedExcel({
        workbook: host.workbook,
        payloadLimit: { request: 4_000, response: null },
      })
    );
    const error = await failure(addSheets([templatePlan({ year: 2024 })]));
    expect(error).toBeInstanceOf(AddinError);
    expect(error!.text("zh")).toMatch(/^添加工作表失败/);
    expect(error!.text("en")).toMatch(/^Adding sheets failed/);
    expect(host.workbook.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });
});
