import { createEmulatedExcel } from "../../src/emulator";
import { AddinError, checkSheet, clearMarks } from "../../src/excel";
import { sampleGrid } from "../support/sampleGrid";
import { installHost, useHost } from "./host";
import { marksOn, seedGrid } from "./workbook";

// When Excel refuses a clear, the person reads which operation failed, in their language, and
// the marks are still there to clear again elsewhere (docs/addin.md, "Clear").

describe("a clear Excel refuses", () => {
  it("names the clear in both languages, and the marks stay", async () => {
    const desktop = installHost(undefined, ["sample"]);
    seedGrid(desktop.workbook, sampleGrid());
    const { marked } = await checkSheet("sample");
    // The same workbook opened where answers are tiny (a stand-in for Excel on the web's limit).
    useHost(
      createEmulatedExcel({
        workbook: desktop.workbook,
        payloadLimit: { request: null, response: 1_000 },
      })
    );
    const error = await clearMarks().then(
      () => null,
      (e: unknown) => e as AddinError
    );
    expect(error).toBeInstanceOf(AddinError);
    expect(error!.text("zh")).toMatch(/^清除标记失败/);
    expect(error!.text("en")).toMatch(/^Clearing the marks failed/);
    // And why, with what to do: the web's limit on an answer, one sheet at a time.
    expect(error!.text("zh")).toContain("工作簿太大，一次读取超过了网页版 Excel 的 5 MB 上限");
    expect(error!.text("en")).toContain("too big for Excel on the web to read at once (5 MB)");
    expect(marksOn(desktop.workbook, "sample")).toHaveLength(marked);
  });
});
