/**
 * @jest-environment jsdom
 */
import type { Merged } from "../../src/excel";
import { AddinError } from "../../src/excel/errors";
import { mountPane } from "../../src/taskpane/app";
import { importPicked } from "../../src/taskpane/mergeActions";
import { buildReport } from "../../src/form/report";
import { checkResultOf, environment, fakeActions, settle } from "./fakes";

// What a person meets less often than the pane's main paths (test/taskpane/pane.test.ts): forms
// that disagree, a check of one sheet, a workbook whose fix record cannot be read, live check that
// cannot stop. Each was a change to the pane no test noticed (docs/architecture.md, Mutation testing).

function mount(fakes = fakeActions()) {
  const root = document.createElement("main");
  document.body.replaceChildren(root);
  const pane = mountPane(root, fakes.actions, environment());
  return { root, pane, ...fakes };
}

async function click(root: HTMLElement, id: string) {
  root.querySelector<HTMLButtonElement>(`#${id}`)!.click();
  await settle();
}

const status = (root: HTMLElement) => root.querySelector("#status")!;

const live = (root: HTMLElement) => root.querySelector<HTMLInputElement>("#live-check")!;

/** The person ticks or unticks 编辑时自动重新校验当前表. */
async function setLive(root: HTMLElement, on: boolean) {
  live(root).checked = on;
  live(root).dispatchEvent(new Event("change"));
  await settle();
}

const merged = (disagreements: Merged["disagreements"]): Merged => ({
  sheet: "汇总表",
  forms: 5,
  leftOut: 0,
  checks: "检查结果",
  year: 2024,
  yearGiven: false,
  disagreements,
});

describe("the pane's summary, when the forms disagree", () => {
  it("says which units and years the forms carry and which one the summary used, in either language", async () => {
    const { root, actions } = mount();
    let answer = merged({
      unit: [
        ["甲单位", 3],
        ["乙单位", 2],
      ],
      year: [
        [2024, 4],
        [2023, 1],
      ],
    });
    actions.mergeIntoSummary = async () => answer;
    await click(root, "tab-merge");
    await click(root, "merge");
    const zh = status(root).textContent!;
    expect(zh).toContain("注意：各表的单位不一致（甲单位×3、乙单位×2），已使用“甲单位”。");
    expect(zh).toContain("注意：各表的年度不一致（2024×4、2023×1），已使用“2024”。");
    // The summary's own line, then each note, a space between.
    expect(zh.split(" 注意：")).toHaveLength(3);
    await click(root, "switch-language");
    await click(root, "merge");
    const en = status(root).textContent!;
    expect(en).toContain(
      "Note: the forms disagree on the unit (甲单位×3, 乙单位×2); used \u201c甲单位\u201d."
    );
    expect(en).toContain(
      "Note: the forms disagree on the year (2024×4, 2023×1); used \u201c2024\u201d."
    );

    answer = merged({
      year: [
        [2025, 2],
        [2024, 1],
      ],
    });
    await click(root, "merge");
    expect(status(root).textContent).not.toContain("unit");
    expect(status(root).textContent).toContain("disagree on the year");

    answer = merged({});
    await click(root, "merge");
    expect(status(root).textContent).not.toContain("Note");
  });
});

describe("the pane's check of one sheet", () => {
  it("checks only the current sheet once the person chooses it, with messages in the pane's language", async () => {
    const { root, calls } = mount();
    const sheetScope = root.querySelector<HTMLInputElement>("#scope-sheet")!;
    sheetScope.checked = true;
    sheetScope.dispatchEvent(new Event("change"));
    await click(root, "check");
    await click(root, "switch-language");
    await click(root, "check");
    const checks = calls.filter((c) => c.name.startsWith("check"));
    expect(checks).toEqual([
      { name: "checkSheet", args: [undefined, { locale: "zh" }] },
      { name: "checkSheet", args: [undefined, { locale: "en" }] },
    ]);
    const workbookScope = root.querySelector<HTMLInputElement>("#scope-workbook")!;
    workbookScope.checked = true;
    workbookScope.dispatchEvent(new Event("change"));
    await click(root, "check");
    expect(calls.at(-1)).toEqual({ name: "checkWorkbook", args: [{ locale: "en" }] });
  });
});

describe("the pane when the workbook's fix record cannot be read", () => {
  it("opens all the same, offers no undo, says why on the console, and checks", async () => {
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    const fakes = fakeActions();
    fakes.actions.fixesToUndo = async () => {
      throw new Error("record unreadable");
    };
    const { root, pane } = mount(fakes);
    await settle();
    expect(pane.state.undoable).toBe(0);
    expect(root.querySelector("#undo-fixes")).toBeNull();
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining("could not read the fix record"),
      expect.any(Error)
    );
    warn.mockRestore();
    await click(root, "check");
    expect(status(root).getAttribute("role")).toBe("status");
  });

  it("offers undo for as many cells as the record lists, after a reload", async () => {
    const fakes = fakeActions();
    fakes.actions.fixesToUndo = async () => [
      { sheet: "表1", cell: "E30", code: "x", before: "100%", numberFormat: "General", after: "1" },
      {
        sheet: "表1",
        cell: "E31",
        code: "x",
        before: "90%",
        numberFormat: "General",
        after: "0.9",
      },
    ];
    const { root, pane } = mount(fakes);
    await settle();
    expect(pane.state.undoable).toBe(2);
    expect(root.querySelector("#undo-bar")!.textContent).toContain("2");
  });
});

describe("live check that cannot stop", () => {
  it("says why on the status line, and shows live check off", async () => {
    const fakes = fakeActions();
    fakes.actions.watchChanges = async () => async () => {
      throw new AddinError("sheetNotFound", { sheet: "表9" });
    };
    const { root, pane } = mount(fakes);
    await setLive(root, true);
    expect(pane.state.live).toBe(true);
    // On, and the person can turn it off again.
    expect(live(root).checked).toBe(true);
    expect(live(root).disabled).toBe(false);
    await setLive(root, false);
    expect(pane.state.live).toBe(false);
    expect(live(root).checked).toBe(false);
    expect(status(root).getAttribute("role")).toBe("alert");
    expect(status(root).textContent).toContain("表9");
  });
});

describe("the import picker", () => {
  it("does nothing when the person cancels, or a picker gives no list", async () => {
    const { root, pane, calls } = mount();
    await click(root, "tab-merge");
    const picker = root.querySelector<HTMLInputElement>("#import-files")!;
    Object.defineProperty(picker, "files", { value: [] });
    picker.dispatchEvent(new Event("change"));
    await settle();
    await importPicked(pane, null);
    expect(calls.some((c) => c.name === "importWorkbooks")).toBe(false);
    expect(pane.state.imports).toBeNull();
    expect(root.querySelector("#import-progress")).toBeNull();
  });
});

describe("the safe fixes' list of changes", () => {
  it("writes exactly the fixes it listed, then closes, leaving the count of cells fixed and the undo", async () => {
    const { root, calls } = mount();
    await click(root, "check");
    await click(root, "apply-fixes");
    const listed = root.querySelectorAll("#fix-preview li").length;
    expect(listed).toBeGreaterThan(0);
    await click(root, "confirm-fixes");
    expect(root.querySelector("#fix-preview")).toBeNull();
    const applied = calls.find((c) => c.name === "applyFixes")!.args[0] as unknown[];
    expect(applied).toHaveLength(listed);
    expect(status(root).textContent).toBe(`已修正 ${listed} 处单元格。`);
    expect(root.querySelector("#undo-fixes")).not.toBeNull();
  });
});

describe("the pane's frame", () => {
  it("opens in the language the document remembers, else Office's, and says it to the page", async () => {
    const env = environment();
    const root = document.createElement("main");
    document.body.replaceChildren(root);
    mountPane(root, fakeActions().actions, env);
    expect(document.documentElement.lang).toBe("zh-CN");
    await click(root, "switch-language");
    expect(document.documentElement.lang).toBe("en");
    expect(env.settings.get("locale")).toBe("en");
    // The document reopened: its setting wins over Office's Chinese.
    mountPane(root, fakeActions().actions, env);
    expect(root.querySelector("#check")!.textContent).toBe("Check now");
    // A new document in an English Office.
    mountPane(root, fakeActions().actions, { ...environment(), locale: "en" });
    expect(document.documentElement.lang).toBe("en");
  });

  it("offers next year's form by default, and the document's own year and unit once remembered", async () => {
    const { root } = mount();
    await click(root, "tab-insert");
    const year = () => root.querySelector<HTMLInputElement>("#insert-year")!.value;
    expect(year()).toBe(String(new Date().getFullYear() + 1));
    // No unit remembered: the field is empty, its hint showing.
    expect(root.querySelector<HTMLInputElement>("#insert-unit")!.value).toBe("");
    const env = environment();
    env.settings.set("year", "2026");
    env.settings.set("unit", "某某局");
    mountPane(root, fakeActions().actions, env);
    await click(root, "tab-insert");
    expect(year()).toBe("2026");
    expect(root.querySelector<HTMLInputElement>("#insert-unit")!.value).toBe("某某局");
  });

  it("moves between tabs with either arrow, round the ends, ignores other keys, and ties each tab to its panel", async () => {
    const { root } = mount();
    const selected = () => root.querySelector('[role="tab"][aria-selected="true"]')!;
    const press = async (key: string) => {
      selected().dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true }));
      await settle();
    };
    await press("ArrowLeft");
    expect(selected().id).toBe("tab-insert");
    await press("ArrowLeft");
    expect(selected().id).toBe("tab-merge");
    await press("ArrowRight");
    expect(selected().id).toBe("tab-insert");
    await press("Enter");
    expect(selected().id).toBe("tab-insert");
    // The three tabs are one tab list, as a screen reader announces them.
    const tabs = [...root.querySelectorAll<HTMLElement>('[role="tablist"] > [role="tab"]')];
    expect(tabs.map((tab) => tab.tabIndex)).toEqual([0, -1, -1]);
    expect(tabs.map((tab) => tab.getAttribute("aria-controls"))).toEqual([
      "panel-insert",
      "panel-check",
      "panel-merge",
    ]);
    const panel = root.querySelector('[role="tabpanel"]')!;
    expect(panel.id).toBe("panel-insert");
    expect(panel.getAttribute("aria-labelledby")).toBe("tab-insert");
  });

  it("clears the status line on another tab or language, and keeps the focus where it was as the pane redraws", async () => {
    const { root, actions } = mount();
    actions.clearMarks = async () => {
      throw new AddinError("sheetNotFound", { sheet: "项目表" });
    };
    await click(root, "clear-marks");
    expect(status(root).className).toBe("status error");
    await click(root, "tab-merge");
    expect(status(root).textContent).toBe("");
    expect(status(root).className).toBe("status");
    await click(root, "tab-check");
    await click(root, "check");
    expect(status(root).textContent).not.toBe("");
    root.querySelector<HTMLButtonElement>("#switch-language")!.focus();
    await click(root, "switch-language");
    expect(status(root).textContent).toBe("");
    // The pane was drawn anew: the focus is on the new button of the same id.
    expect(document.activeElement!.id).toBe("switch-language");
    expect(root.contains(document.activeElement)).toBe(true);
  });

  it("gives the focus back to the button pressed once the operation ends (a disabled button loses it)", async () => {
    const { root } = mount();
    await click(root, "tab-check");
    const check = root.querySelector<HTMLButtonElement>("#check")!;
    check.focus();
    check.click();
    // Busy: the button is disabled and the page holds the focus.
    expect(root.querySelector<HTMLButtonElement>("#check")!.disabled).toBe(true);
    await settle();
    expect(document.activeElement!.id).toBe("check");
    expect(root.contains(document.activeElement)).toBe(true);
  });
});

describe("undo, clear and 提交前检查 from the check panel", () => {
  const recorded = [
    {
      sheet: "sample",
      cell: "E30",
      code: "x",
      before: "100%",
      numberFormat: "General",
      after: "1",
    },
    {
      sheet: "sample",
      cell: "E31",
      code: "x",
      before: "90%",
      numberFormat: "General",
      after: "0.9",
    },
  ];

  it("undoes the fixes of an earlier session without a check the person did not ask for", async () => {
    const fakes = fakeActions(undefined, [...recorded]);
    const { root, calls } = mount(fakes);
    await settle();
    await click(root, "undo-fixes");
    expect(calls.map((c) => c.name)).toEqual(["fixesToUndo", "undoFixes"]);
    expect(status(root).textContent).toBe("已撤销 2 处修正。");
    expect(root.querySelector("#undo-fixes")).toBeNull();
  });

  it("takes the findings off the list when the marks are cleared, and says how many cells", async () => {
    const { root } = mount();
    await click(root, "check");
    expect(root.querySelectorAll("button.finding").length).toBeGreaterThan(0);
    await click(root, "clear-marks");
    expect(root.querySelectorAll("button.finding")).toHaveLength(0);
    expect(status(root).textContent).toBe("已清除 7 处标记。");
  });

  it("checks the whole workbook in the pane's language before saying whether it is ready", async () => {
    const { root, calls } = mount();
    await click(root, "switch-language");
    await click(root, "ready");
    expect(calls.find((c) => c.name === "checkWorkbook")!.args).toEqual([{ locale: "en" }]);
  });
});

describe("提交前检查's answer", () => {
  it("checks the whole workbook whatever scope was chosen, and closes an open list of fixes", async () => {
    const { root } = mount();
    const sheetScope = root.querySelector<HTMLInputElement>("#scope-sheet")!;
    sheetScope.checked = true;
    sheetScope.dispatchEvent(new Event("change"));
    await click(root, "check");
    await click(root, "apply-fixes");
    expect(root.querySelector("#fix-preview")).not.toBeNull();
    await click(root, "ready");
    expect(root.querySelector("#fix-preview")).toBeNull();
    expect(root.querySelector<HTMLInputElement>("#scope-workbook")!.checked).toBe(true);
    expect(root.querySelector("#filter-error")!.getAttribute("aria-pressed")).toBe("true");
    const { errors } = checkResultOf().report.summary;
    expect(status(root).textContent).toBe(`还不能提交：有 ${errors} 个错误需要改正，见下方列表。`);
  });

  it("leaves the findings' filter alone when the workbook is ready", async () => {
    const fakes = fakeActions();
    const withErrors = fakes.actions.checkWorkbook;
    const clean = { ...checkResultOf(), report: buildReport([]) };
    fakes.actions.checkWorkbook = async () => clean;
    const { root } = mount(fakes);
    await click(root, "ready");
    expect(status(root).textContent).toBe(
      "可以提交：没有错误，标记已清除（另有 0 个警告可酌情处理）。"
    );
    fakes.actions.checkWorkbook = withErrors;
    await click(root, "check");
    expect(root.querySelector("#filter-all")!.getAttribute("aria-pressed")).toBe("true");
  });
});

describe("live check where Excel cannot watch", () => {
  it("is offered off and disabled below ExcelApi 1.7, and says so", async () => {
    const { root, pane } = mount(); // the fakes' watchChanges answers null, as such an Excel does
    await setLive(root, true);
    expect(pane.state.live).toBe(false);
    expect(live(root).disabled).toBe(true);
    expect(live(root).parentElement!.textContent).toBe("此 Excel 版本不支持编辑时自动校验。");
  });

  it("stays on offer when watching failed for a reason, so the person can try again", async () => {
    const fakes = fakeActions();
    fakes.actions.watchChanges = async () => {
      throw new AddinError("sheetNotFound", { sheet: "表9" });
    };
    const { root, pane } = mount(fakes);
    await setLive(root, true);
    expect(pane.state.live).toBe(false);
    expect(live(root).disabled).toBe(false);
    expect(status(root).textContent).toContain("表9");
  });
});

describe("the summary's year", () => {
  it("is left to the forms when the person typed only spaces or cleared it", async () => {
    const { root, calls } = mount();
    await click(root, "tab-merge");
    const year = root.querySelector<HTMLInputElement>("#merge-year")!;
    for (const typed of ["   ", ""]) {
      year.value = typed;
      year.dispatchEvent(new Event("input"));
      await click(root, "merge");
    }
    const merges = calls.filter((c) => c.name === "mergeIntoSummary").map((c) => c.args);
    expect(merges).toStrictEqual([[{ whenChanged: "ask" }], [{ whenChanged: "ask" }]]);
  });
});

describe("importing workbooks from the pane", () => {
  it("hands Excel each file's bytes, and shows each outcome as it arrives, before the import ends", async () => {
    const fakes = fakeActions();
    const { root } = mount(fakes);
    const seen: { names: string[]; bytes: number[][] } = { names: [], bytes: [] };
    const during: (string | null)[][] = [];
    const shown = () =>
      [...root.querySelectorAll("#import-outcomes li")].map((li) => li.textContent);
    fakes.actions.importWorkbooks = async (files, onProgress) => {
      seen.names = files.map((f) => f.name);
      seen.bytes = files.map((f) => [...f.bytes]);
      during.push(shown());
      const first = { file: "甲.xlsx", inserted: true, sheets: ["项目表"] };
      onProgress(1, 2, first);
      during.push(shown());
      const second = { file: "乙.xlsx", inserted: true, sheets: ["项目表 (2)"] };
      onProgress(2, 2, second);
      during.push(shown());
      return [first, second];
    };
    await click(root, "tab-merge");
    const picker = root.querySelector<HTMLInputElement>("#import-files")!;
    const files = [new File(["PK"], "甲.xlsx"), new File(["PK3"], "乙.xlsx")];
    Object.defineProperty(picker, "files", { value: files });
    picker.dispatchEvent(new Event("change"));
    for (let i = 0; i < 5; i++) await settle();
    expect(seen.names).toEqual(["甲.xlsx", "乙.xlsx"]);
    expect(seen.bytes).toEqual([
      [0x50, 0x4b],
      [0x50, 0x4b, 0x33],
    ]);
    expect(during).toEqual([
      [],
      ["甲.xlsx 已导入：项目表"],
      ["甲.xlsx 已导入：项目表", "乙.xlsx 已导入：项目表 (2)"],
    ]);
  });
});
