import { INPUT_HINTS } from "../../src/form/template";
import {
  AddinError,
  checkSheet,
  indicatorRowTarget,
  insertIndicatorRow,
  insertTemplate,
  mergeIntoSummary,
} from "../../src/excel";
import { readSheet } from "../../src/form";
import { parseLocal } from "../../src/emulator/model/address";
import { createEmulatedExcel } from "../../src/emulator";
import { HOSTS, countSyncs, installHost, useHost, type Host } from "./host";
import { workbookState } from "./state";
import { snapshotOf } from "./workbook";

/*
 * 插入指标行 as a clerk uses it, through the genuine Office.js library on the emulator:
 * insert the template, fill it in, add a row under 产出指标/数量指标, fill that, check, merge.
 */

/** Fill the inserted template as a person types: header, amounts, the skeleton's indicators. */
function fillForm(host: Host, sheet: string): void {
  const type = (cell: string, value: string | number) =>
    host.workbook.typeValues(sheet, cell, [[value]]);
  type("B4", "职业技能培训");
  type("E4", "2024年1月-2024年12月");
  type("B5", "人社局");
  type("E5", "就业服务中心");
  host.workbook.typeValues(sheet, "C6", [[100], [100], [0]]);
  host.workbook.typeValues(sheet, "E6", [[100], [100], [0]]);
  type("B10", "完成培训任务");
  type("D10", "年度完成培训");
  const names = [
    "培训人次",
    "培训班次",
    "合格率",
    "完成时间",
    "人均成本",
    "就业率",
    "持续就业",
    "满意度",
  ];
  const values = ["≥500人次", "≥10期", "≥90%", "2024年12月底前", "≤2000元", "≥60%", "长期", "≥90%"];
  names.forEach((name, i) => {
    type(`C${12 + i}`, name);
    type(`E${12 + i}`, values[i]);
  });
}

function select(host: Host, sheet: string, cell: string): void {
  const worksheet = host.workbook.sheet(sheet)!;
  worksheet.selection = parseLocal(cell)!;
  host.workbook.active = worksheet;
}

describe.each(HOSTS)("插入指标行 on $name", ({ requirementSets }) => {
  it("a clerk's journey: insert → fill → add a row under 数量指标 → fill it → check → merge", async () => {
    const host = installHost(requirementSets, ["Sheet1"]);
    const { sheet } = await insertTemplate({ year: 2024, unit: "某区人社局" });
    fillForm(host, sheet);
    // A formula of the person's own on another sheet keeps counting the form's rows.
    host.workbook.typeValues("Sheet1", "A1", [[`=COUNTA('${sheet}'!C12:C19)`]]);
    select(host, sheet, "C13");
    const target = await indicatorRowTarget();
    expect(target).toMatchObject({ sheet, selected: 0 });
    expect(target!.blocks[0]).toMatchObject({ level2: "数量指标", firstRow: 11, lastRow: 12 });

    const { result, syncs } = await countSyncs(host, () =>
      insertIndicatorRow(sheet, target!.blocks[0].lastRow)
    );
    expect(syncs).toBe(2);
    expect(result).toEqual({ sheet, level1: "产出指标", level2: "数量指标", cell: "C14" });
    expect(host.workbook.selection).toMatchObject({ sheet, area: parseLocal("C14") });
    // Inserted, not written over: the 质量指标 row moved down with what the person typed.
    expect(host.workbook.values(sheet, "A14:E15")).toEqual([
      ["产出指标", "数量指标", "", "", ""],
      ["产出指标", "质量指标", "合格率", "", "≥90%"],
    ]);
    const ws = host.workbook.sheet(sheet)!;
    expect(host.workbook.sheet("Sheet1")!.cell(0, 0)?.formula).toBe(`=COUNTA('${sheet}'!C12:C20)`);
    expect(ws.merges).toContainEqual(parseLocal("C14:D14"));
    expect(ws.merges).toContainEqual(parseLocal("C15:D15"));
    const style = ws.cell(13, 1)?.style ?? {};
    expect(JSON.stringify(style["dataValidation.rule"])).toContain("数量指标");
    expect(style["dataValidation.prompt"]).toMatchObject({ message: INPUT_HINTS.level2.message });
    expect(style["format.borders.EdgeBottom.style"]).toBe("Continuous");

    host.workbook.typeValues(sheet, "C14", [["新增培训人次"]]);
    host.workbook.typeValues(sheet, "E14", [["100"]]);
    const checked = await checkSheet(sheet);
    const cells = checked.report.files[0].forms[0].findings.map((f) => f.cell);
    // "100" without an operator or unit gets the same findings as on a template row would.
    expect(cells).toEqual(expect.arrayContaining(["E14"]));
    const [form] = readSheet(snapshotOf(host.workbook, sheet)).forms;
    expect(form.record.indicators.find((i) => i.name === "新增培训人次")).toMatchObject({
      level1: "产出指标",
      level2: "数量指标",
      cell: "E14",
    });

    const merged = await mergeIntoSummary({ year: 2024 });
    expect(merged.forms).toBe(1);
    const detail = snapshotOf(host.workbook, "指标明细").values;
    const line = detail.find((row) => row.includes("新增培训人次"));
    expect(line).toEqual(expect.arrayContaining(["产出指标", "数量指标", "100"]));
    // Nine indicators now: the template's eight and the new one, each a line of its own.
    expect(detail.filter((row) => typeof row[0] === "number")).toHaveLength(9);
  });

  it("the target is null when the selection is in no form; inserting there is refused", async () => {
    const host = installHost(requirementSets, ["Sheet1"]);
    host.workbook.setValues("Sheet1", "A1", [["别的表格"]]);
    select(host, "Sheet1", "A1");
    expect(await indicatorRowTarget()).toBeNull();
    const error = await insertIndicatorRow("Sheet1", 0).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AddinError);
    expect((error as AddinError).text("en")).toMatch(/Select a cell in an indicator row/);
    expect(host.workbook.values("Sheet1", "A1:A2")).toEqual([["别的表格"], [""]]);
  });

  it("under the last 二级 (满意度) the new row is 满意度 and lies inside the form", async () => {
    const host = installHost(requirementSets, ["Sheet1"]);
    const { sheet } = await insertTemplate({ year: 2024 });
    host.workbook.typeValues(sheet, "A21", [["填表人："]]);
    const inserted = await insertIndicatorRow(sheet, 18);
    expect(inserted.cell).toBe("C20");
    expect(host.workbook.values(sheet, "A21:A22")).toEqual([[""], ["填表人："]]);
    host.workbook.typeValues(sheet, "C20", [["群众满意度"]]);
    host.workbook.typeValues(sheet, "E20", [["≥90%"]]);
    const [form] = readSheet(snapshotOf(host.workbook, sheet)).forms;
    expect(form.record.indicators.at(-1)).toMatchObject({
      name: "群众满意度",
      level1: "满意度指标",
      level2: "服务对象满意度指标",
    });
  });

  it("Excel refuses the insert (its request over Excel on the web's limit): the person reads that 插入指标行 failed, and the form is as it was", async () => {
    const desktop = installHost(requirementSets, ["Sheet1"]);
    const { sheet } = await insertTemplate({ year: 2024 });
    fillForm(desktop, sheet);
    const before = workbookState(desktop.workbook);
    // The same workbook where a request may be only a few kilobytes: the read passes, the write not.
    useHost(
      createEmulatedExcel({
        workbook: desktop.workbook,
        requirementSets,
        payloadLimit: { request: 4_000, response: null },
      })
    );
    const error = await insertIndicatorRow(sheet, 12).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AddinError);
    expect((error as AddinError).text("zh")).toMatch(/^插入指标行失败/);
    expect((error as AddinError).text("en")).toMatch(/^Inserting an indicator row failed/);
    expect(workbookState(desktop.workbook)).toEqual(before);
  });
});
