import { INPUT_HINTS } from "../../src/form/template";
import { readSheet } from "../../src/form";
import { areaA1 } from "../../src/form/address";
import { readSnapshot } from "../../src/wps/snapshot";
import { wpsHost } from "../../src/wps/operations";
import { FakeEt } from "../../src/emulator/wps/fakeEt";

/**
 * 插入指标行 in WPS 表格, over the fake object model: the same core plan as in Excel, with the row
 * inserted by Range.EntireRow.Insert(xlShiftDown).
 */
async function filledTemplate() {
  const et = new FakeEt();
  const host = wpsHost(et.application);
  const { sheet } = await host.insertTemplate({ year: 2024 });
  const cells = et.sheet(sheet);
  const type = (row: number, col: number, value: string) =>
    (cells.cell(row, col, true)!.value = value);
  type(11, 2, "培训人次");
  type(11, 4, "≥500人次");
  type(13, 2, "合格率");
  type(13, 4, "≥90%");
  return { et, host, sheet };
}

describe("插入指标行 in WPS", () => {
  it("lists the active cell's form and inserts a row under its 二级, moving what is below", async () => {
    const { et, host, sheet } = await filledTemplate();
    await host.selectCell(sheet, "C13");
    const target = await host.indicatorRowTarget();
    expect(target).toMatchObject({ sheet, selected: 0 });
    expect(target!.blocks[0]).toMatchObject({ level2: "数量指标", lastRow: 12 });
    const inserted = await host.insertIndicatorRow(sheet, 12);
    expect(inserted).toEqual({ sheet, level1: "产出指标", level2: "数量指标", cell: "C14" });
    const cells = et.sheet(sheet);
    expect([0, 1, 2, 4].map((c) => cells.cell(13, c)?.value ?? "")).toEqual([
      "产出指标",
      "数量指标",
      "",
      "",
    ]);
    expect([1, 2, 4].map((c) => cells.cell(14, c)?.value)).toEqual(["质量指标", "合格率", "≥90%"]);
    expect(cells.merges.map(areaA1)).toEqual(expect.arrayContaining(["C14:D14", "C15:D15"]));
    expect(cells.cell(13, 1)?.validation?.inputMessage).toBe(INPUT_HINTS.level2.message);
    expect(cells.selection).toEqual({ top: 13, left: 2, bottom: 13, right: 2 });
    cells.cell(13, 2, true)!.value = "新增人次";
    cells.cell(13, 4, true)!.value = "≥100人次";
    const [form] = readSheet(readSnapshot(et.application.ActiveWorkbook.ActiveSheet)).forms;
    expect(form.record.indicators.find((i) => i.name === "新增人次")).toMatchObject({
      level1: "产出指标",
      level2: "数量指标",
      cell: "E14",
    });
  });

  it("has no target outside a form, and refuses to insert there in both languages", async () => {
    const et = new FakeEt();
    et.sheets[0].cell(0, 0, true)!.value = "别的表格";
    const host = wpsHost(et.application);
    expect(await host.indicatorRowTarget()).toBeNull();
    await expect(host.insertIndicatorRow("Sheet1", 0)).rejects.toMatchObject({
      en: "Select a cell in an indicator row of a form first, then insert a row.",
    });
    expect(et.sheets[0].cell(0, 0)?.value).toBe("别的表格");
  });
});
