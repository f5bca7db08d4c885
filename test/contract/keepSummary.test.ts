/**
 * @jest-environment jsdom
 */
import { TextDecoder, TextEncoder } from "node:util";
import { FakeEt } from "../../src/emulator/wps/fakeEt";
import type { PaneActions } from "../../src/taskpane/actions";
import { mountPane } from "../../src/taskpane/app";
import { excelActions } from "../../src/taskpane/excelActions";
import type { Pane } from "../../src/taskpane/pane";
import { wpsActions } from "../../src/taskpane/wpsActions";
import type { WpsWorksheet } from "../../src/wps/model";
import { wpsHost } from "../../src/wps/operations";
import { installHost } from "../excel/host";
import { workbookState } from "../excel/state";
import { environment, settle } from "../taskpane/fakes";

/*
 * A clerk's summary through the pane, in Excel (the emulator) and in WPS (the fake): sign it, fix
 * a form, refresh, write a note on it, refresh again (docs/addin.md, "Summary"). Nothing the
 * person wrote is lost without their say.
 */
interface SummaryDesk {
  actions: PaneActions;
  type(sheet: string, cell: string, value: string): void;
  value(sheet: string, cell: string): unknown;
  sheetNames(): string[];
  /** Everything the workbook holds, to compare before and after. */
  state(): unknown;
}

// jsdom's window has no TextEncoder; the emulator's Office.js needs one, as a browser has.
Object.assign(globalThis, { TextEncoder, TextDecoder });

const DESKS: Record<"Excel" | "WPS", () => SummaryDesk> = {
  Excel: () => {
    const host = installHost(undefined, ["Sheet1"]);
    return {
      actions: excelActions(),
      type: (sheet, cell, value) => host.workbook.typeValues(sheet, cell, [[value]]),
      value: (sheet, cell) => host.workbook.values(sheet, cell)[0][0],
      sheetNames: () =>
        host.workbook.sheets.filter((s) => s.visibility !== "VeryHidden").map((s) => s.name),
      state: () => workbookState(host.workbook),
    };
  },
  WPS: () => {
    const et = new FakeEt();
    const host = wpsHost(et.application);
    return {
      actions: wpsActions(host),
      type: (sheet, cell, value) => et.type(sheet, cell, value),
      value: (sheet, cell) => {
        const worksheet = et.application.ActiveWorkbook.Worksheets.Item(sheet) as WpsWorksheet;
        return worksheet.Range(cell).Value2 ?? "";
      },
      sheetNames: () => et.sheets.filter((s) => s.visible !== 2).map((s) => s.name),
      state: () =>
        JSON.stringify({
          sheets: et.sheets.map((s) => [s.name, [...s.cells], s.merges, s.names]),
          names: et.names,
        }),
    };
  },
};

const FORM: [string, string][] = [
  ["B4", "道路养护"],
  ["B5", "某区交通局"],
  ["E5", "某区公路站"],
  ["E4", "2025年1月至12月"],
  ["C6", "100"],
  ["C7", "100"],
  ["E6", "100"],
  ["E7", "100"],
];

function mount(desk: SummaryDesk) {
  const root = document.createElement("main");
  document.body.replaceChildren(root);
  const pane = mountPane(root, desk.actions, environment());
  return { root, pane };
}

async function press(root: HTMLElement, pane: Pane, id: string) {
  root.querySelector<HTMLButtonElement>(`#${id}`)!.click();
  do await settle();
  while (pane.state.busy);
}

const status = (root: HTMLElement) => root.querySelector("#status")!.textContent ?? "";

describe.each(["Excel", "WPS"] as const)("the summary through the pane, in %s", (name) => {
  it("keeps the signatures across a refresh, and asks before it would lose a note", async () => {
    const desk = DESKS[name]();
    const { root, pane } = mount(desk);
    const { sheet } = await desk.actions.insertTemplate({ year: 2025 });
    for (const [cell, value] of FORM) desk.type(sheet, cell, value);
    await press(root, pane, "tab-merge");
    await press(root, pane, "merge");
    expect(status(root)).toContain("已生成“汇总表”，共 1 个项目");
    // One project: title, unit, header, the project, 合计, two blank rows, the signatures.
    expect(desk.value("汇总表", "A8")).toBe("单位负责人：");
    desk.type("汇总表", "A8", "单位负责人：张三");
    desk.type("汇总表", "J8", "联系电话：0411-8888");
    desk.type(sheet, "C6", "120");
    desk.type(sheet, "E6", "120");

    await press(root, pane, "merge");
    expect(root.querySelector("#merge-question")).toBeNull();
    expect([desk.value("汇总表", "A8"), desk.value("汇总表", "J8")]).toEqual([
      "单位负责人：张三",
      "联系电话：0411-8888",
    ]);
    expect(Number(desk.value("汇总表", "G4"))).toBe(120);

    // A note beside the project, with markup in it: shown as text, and asked about.
    desk.type("汇总表", "P4", "<b>已复核</b>");
    const before = desk.state();
    await press(root, pane, "merge");
    const question = root.querySelector("#merge-question")!;
    expect(question.textContent).toContain("“汇总表”：1 行");
    expect(question.textContent).toContain("第 4 行（您添加的）：P4 <b>已复核</b>");
    expect(question.querySelector("b")).toBeNull();
    expect(document.activeElement?.id).toBe("merge-keep");
    expect(desk.state()).toEqual(before);

    await press(root, pane, "merge-cancel");
    expect(status(root)).toBe("已取消，工作簿未改动。");
    expect(root.querySelector("#merge-question")).toBeNull();
    expect(desk.state()).toEqual(before);

    await press(root, pane, "merge");
    await press(root, pane, "merge-keep");
    expect(status(root)).toContain("已保留为“汇总表（旧）”");
    expect(desk.value("汇总表（旧）", "P4")).toBe("<b>已复核</b>");
    expect(desk.value("汇总表", "A8")).toBe("单位负责人：张三");

    desk.type("汇总表", "B4", "道路养护（已核对）");
    await press(root, pane, "merge");
    expect(root.querySelector("#merge-question")!.textContent).toContain("B4 道路养护（已核对）");
    await press(root, pane, "merge-replace");
    expect(desk.value("汇总表", "B4")).toBe("道路养护");
    expect(desk.sheetNames().filter((s) => s.startsWith("汇总表"))).toEqual([
      "汇总表",
      "汇总表（旧）",
    ]);
  });
});
