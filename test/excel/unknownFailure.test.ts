import { AddinError, mergeIntoSummary } from "../../src/excel";
import { generalException } from "../../src/emulator/errors";
import { TYPES } from "../../src/emulator/types";
import { sampleGrid } from "../support/sampleGrid";
import { installHost } from "./host";
import { seedGrid } from "./workbook";

// Where Excel fails without saying why (GeneralException, a code the add-in has no words for),
// the person is told Excel's code and what to do: try again, then save and reopen
// (docs/addin.md, "Errors").

describe("a summary Excel fails without saying why", () => {
  it("names the operation and Excel's code, and says to try again, then save and reopen", async () => {
    const host = installHost(undefined, ["说明"]);
    seedGrid(host.workbook, { ...sampleGrid(), sheet: "项目表" });
    const methods = TYPES.worksheets.methods!;
    const add = methods.add;
    methods.add = () => {
      throw generalException();
    };
    const error = (await mergeIntoSummary()
      .then(
        () => null,
        (e: unknown) => e
      )
      .finally(() => void (methods.add = add))) as AddinError;
    expect(error).toBeInstanceOf(AddinError);
    expect(error!.text("zh")).toBe(
      "汇总失败：Excel 返回错误 GeneralException，请重试；如仍失败，请保存工作簿后重新打开"
    );
    expect(error!.text("en")).toMatch(
      /^Building the summary failed: Excel returned GeneralException; try again/
    );
    expect(host.workbook.sheets.map((s) => s.name)).toEqual(["说明", "项目表"]);
  });
});
