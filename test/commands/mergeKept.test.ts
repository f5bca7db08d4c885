import { commandHandlers, type CommandDeps } from "../../src/commands/commands";
import { mergeIntoSummary } from "../../src/excel";
import { FakeEt } from "../../src/emulator/wps/fakeEt";
import { wpsHost } from "../../src/wps/operations";
import { sampleGrid } from "../support/sampleGrid";
import { installHost } from "../excel/host";
import { seedGrid } from "../excel/workbook";

/*
 * The ribbon's 汇总 has no pane to ask in (docs/addin.md, "Summary"): where the old summary holds
 * the person's writing, it keeps that sheet renamed and says so in its dialog.
 */
function ribbon(merge: CommandDeps["mergeIntoSummary"], locale: CommandDeps["locale"] = "zh") {
  const shown: string[] = [];
  const deps: CommandDeps = {
    insertTemplate: () => Promise.reject(new Error("not pressed")),
    checkWorkbook: () => Promise.reject(new Error("not pressed")),
    mergeIntoSummary: merge,
    showOutcome: async (text) => void shown.push(text),
    locale,
  };
  const press = () => commandHandlers(deps).mergeSummary({ completed: () => undefined });
  return { shown, press };
}

describe("the ribbon's 汇总 over a summary the person wrote on", () => {
  it("in Excel keeps the old sheet as 汇总表（旧） and says so, in both languages", async () => {
    const host = installHost(undefined, ["说明"]);
    seedGrid(host.workbook, { ...sampleGrid(), sheet: "项目表" });
    const zh = ribbon(() => mergeIntoSummary());
    await zh.press();
    expect(zh.shown).toEqual(["已生成“汇总表”，共 5 个项目。汇总年度为2023年（多数表格的年度）。"]);
    host.workbook.typeValues("汇总表", "A30", [["请财务科复核第三个项目"]]);
    await zh.press();
    expect(zh.shown[1]).toBe(
      "已生成“汇总表”，共 5 个项目。汇总年度为2023年（多数表格的年度）。旧表中有您写下的内容，已保留为“汇总表（旧）”。"
    );
    expect(host.workbook.values("汇总表（旧）", "A30")).toEqual([["请财务科复核第三个项目"]]);

    host.workbook.typeValues("汇总表", "A30", [["Please check"]]);
    const en = ribbon(() => mergeIntoSummary(), "en");
    await en.press();
    expect(en.shown[0]).toBe(
      'Built "汇总表" from 5 project(s). The summary is for 2023, the year most forms carry. The old sheets held your writing and are kept as "汇总表（旧） (2)".'
    );
  });

  it("in WPS the same", async () => {
    const et = new FakeEt();
    const host = wpsHost(et.application);
    sampleGrid().values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null) et.sheets[0].cell(r, c, true)!.value = value;
      })
    );
    const zh = ribbon(() => host.mergeIntoSummary());
    await zh.press();
    et.type("汇总表", "A30", "请财务科复核第三个项目");
    await zh.press();
    expect(zh.shown[1]).toBe(
      "已生成“汇总表”，共 5 个项目。汇总年度为2023年（多数表格的年度）。旧表中有您写下的内容，已保留为“汇总表（旧）”。"
    );
  });
});
