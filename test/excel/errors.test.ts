import { AddinError, errorText, runExcel, toAddinError } from "../../src/excel/errors";
import { installHost } from "./host";

// What a person reads when an operation fails (docs/addin.md, "Errors"): Excel's refusals in
// their words, with the operation and the sheet; our own bugs as themselves.

const missingSheet = (context: Excel.RequestContext) => {
  context.workbook.worksheets.getItem("无此表").load("name");
  return context.sync();
};

describe("an operation Excel refuses", () => {
  beforeEach(() => installHost(undefined, ["表"]));

  it("names the operation, the sheet and what to do, in both languages", async () => {
    const error = await runExcel("merge", missingSheet, "表").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AddinError);
    const failed = error as AddinError;
    expect(failed.excelCode).toBe("ItemNotFound");
    expect(failed.text("zh")).toBe("汇总失败（工作表“表”）：要操作的对象已不存在，请刷新后重试");
    expect(failed.message).toBe(failed.text("zh"));
    expect(failed.text("en")).toBe(
      'Building the summary failed (sheet "表"): something it needed no longer exists; refresh and try again'
    );
    expect(errorText(error, "en")).toBe(failed.text("en"));
    expect(failed.detail).toEqual(expect.any(String));
    expect(failed.name).toBe("AddinError");
  });

  it("without a sheet, says no sheet", async () => {
    const error = (await runExcel("selectCell", missingSheet).catch(
      (e: unknown) => e
    )) as AddinError;
    expect(error.text("zh")).toBe("定位单元格失败：要操作的对象已不存在，请刷新后重试");
    expect(error.text("en")).toBe(
      "Selecting the cell failed: something it needed no longer exists; refresh and try again"
    );
  });

  it("an AddinError raised inside passes unchanged", async () => {
    const ours = new AddinError("nothingToUndo", {});
    const error = await runExcel("undoFixes", () => Promise.reject(ours)).catch((e: unknown) => e);
    expect(error).toBe(ours);
    expect(toAddinError(ours, "check")).toBe(ours);
  });

  it("a bug of ours (no Excel code) stays itself", async () => {
    const bug = new TypeError("x is undefined");
    const error = await runExcel("check", () => Promise.reject(bug)).catch((e: unknown) => e);
    expect(error).toBe(bug);
    expect(errorText(bug, "zh")).toBe("操作失败：TypeError: x is undefined");
    expect(errorText("boom", "en")).toBe("Something went wrong: boom");
  });
});

describe("a failure turned into a message outside Excel.run", () => {
  it("a code Excel gives no words for: the code itself, and what to try", () => {
    const error = toAddinError({ code: "Conflict", message: "busy" }, "applyFixes");
    expect(error.excelCode).toBe("Conflict");
    expect(error.detail).toBe("[object Object]");
    expect(error.text("en")).toBe(
      "Applying the fixes failed: Excel returned Conflict; try again, and if it persists save the workbook and reopen it"
    );
  });

  it("no code at all: the error's own words stand in for it", () => {
    const error = toAddinError(new Error("lost"), "importWorkbooks", "导入");
    expect(error.excelCode).toBeUndefined();
    expect(error.detail).toBe("lost");
    expect(error.text("zh")).toBe(
      "导入工作簿失败（工作表“导入”）：Excel 返回错误 Error: lost，请重试；如仍失败，请保存工作簿后重新打开"
    );
    for (const odd of ["text", null, 7, { code: 7 }])
      expect(toAddinError(odd, "check").excelCode).toBeUndefined();
  });

  it("a reason in both languages is the person's own", () => {
    const reason = { zh: "文件已损坏", en: "the file is damaged" };
    expect(errorText(reason, "zh")).toBe("文件已损坏");
    expect(errorText(reason, "en")).toBe("the file is damaged");
    // Half a pair is no reason in both languages.
    expect(errorText({ zh: "文件已损坏" }, "zh")).toBe("操作失败：[object Object]");
    expect(errorText({ en: "damaged" }, "en")).toBe("Something went wrong: [object Object]");
    expect(errorText({ zh: 1, en: "x" }, "en")).toBe("Something went wrong: [object Object]");
    expect(errorText(null, "en")).toBe("Something went wrong: null");
    expect(errorText(undefined, "zh")).toBe("操作失败：undefined");
  });
});
