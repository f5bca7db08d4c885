/**
 * @jest-environment jsdom
 */
import { AddinError } from "../../src/excel/errors";
import { mountPane } from "../../src/taskpane/app";
import { BUSY_RETRY_MS } from "../../src/taskpane/liveCheck";
import { reportCsv } from "../../src/taskpane/exportReport";
import { gridFromText } from "../support/sampleGrid";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkResultOf, environment, fakeActions, settle } from "./fakes";

function mount(result = checkResultOf()) {
  document.body.innerHTML = '<h1 id="pane-title">项目支出绩效目标表</h1>';
  const root = document.createElement("main");
  document.body.appendChild(root);
  const fakes = fakeActions(result);
  const env = environment();
  const pane = mountPane(root, fakes.actions, env);
  return { root, pane, env, ...fakes };
}

const button = (root: HTMLElement, id: string) => root.querySelector<HTMLButtonElement>(`#${id}`)!;

async function click(root: HTMLElement, id: string) {
  button(root, id).click();
  await settle();
}

describe("the task pane", () => {
  it("opens in Chinese on the check tab and switches to English and back", async () => {
    const { root } = mount();
    const title = document.getElementById("pane-title")!;
    expect(title.textContent).toBe("项目支出绩效目标表");
    expect(root.querySelector('[role="tab"][aria-selected="true"]')!.textContent).toBe("校验");
    await click(root, "switch-language");
    expect(title.textContent).toBe("Performance target forms");
    expect(button(root, "check").textContent).toBe("Check now");
    await click(root, "switch-language");
    expect(button(root, "check").textContent).toBe("开始校验");
  });

  it("checks, shows the summary line and the findings grouped by form, and goes to a finding's cell", async () => {
    const { root, calls } = mount();
    await click(root, "check");
    // The fix record is read once as the pane loads (for 撤销修正), then the check.
    expect(calls.map((c) => c.name)).toEqual(["fixesToUndo", "checkWorkbook"]);
    expect(root.querySelector("#status")!.textContent).toMatch(/^5 张表：\d+ 个错误/);
    const groups = [...root.querySelectorAll(".finding-group h3")].map((h) => h.textContent);
    expect(groups.some((g) => g!.includes("社会事务补助工作经费"))).toBe(true);
    const misplaced = [...root.querySelectorAll<HTMLButtonElement>("button.finding")].find((b) =>
      b.textContent!.includes("B137")
    )!;
    misplaced.click();
    await settle();
    expect(calls.at(-1)).toEqual({ name: "selectCell", args: ["sample", "B137"] });
  });

  it("shows text from cells as text, never as HTML", async () => {
    const text = readFileSync(
      join(__dirname, "../../examples/2023-unit-performance-targets.txt"),
      "utf8"
    ).replace(
      "社会事务补助工作经费",
      '<img src=x onerror="window.hacked=1"><script>window.hacked=2</script>'
    );
    const { root } = mount(checkResultOf(gridFromText(text, "sample")));
    await click(root, "check");
    expect(root.querySelector("img, script")).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror="window.hacked=1">');
    expect((window as unknown as { hacked?: number }).hacked).toBeUndefined();
  });

  it("lists the safe fixes' changes first, applies them on the person's yes, then checks again", async () => {
    const { root, calls } = mount();
    await click(root, "check");
    await click(root, "apply-fixes");
    expect(calls.some((c) => c.name === "applyFixes")).toBe(false);
    const changes = [...root.querySelectorAll("#fix-preview li")].map((li) => li.textContent);
    expect(changes).toEqual(['sample · E30: "100%" → "=100%"']);
    await click(root, "confirm-fixes");
    const applied = calls.find((c) => c.name === "applyFixes")!;
    expect((applied.args[0] as { fix?: unknown }[]).every((f) => f.fix)).toBe(true);
    expect(calls.map((c) => c.name).slice(-2)).toEqual(["applyFixes", "checkWorkbook"]);
    const count = (applied.args[0] as unknown[]).length;
    expect(root.querySelector("#status")!.textContent).toBe(`已修正 ${count} 处单元格。`);
  });

  it("closes the list of changes when the fixes are refused, as it no longer says what the cells hold", async () => {
    const { root, actions } = mount();
    actions.applyFixes = async () => {
      throw new AddinError("fixesStale", { count: 1, cells: "sample!E30" });
    };
    await click(root, "check");
    await click(root, "apply-fixes");
    await click(root, "confirm-fixes");
    expect(root.querySelector("#status")!.textContent).toContain("在校验后已被修改（sample!E30）");
    expect(root.querySelector("#fix-preview")).toBeNull();
    expect(button(root, "confirm-fixes")).toBeNull();
    // The way back is the usual one: 应用全部安全修正 lists the changes again.
    await click(root, "apply-fixes");
    expect(root.querySelector("#fix-preview li")!.textContent).toBe(
      'sample · E30: "100%" → "=100%"'
    );
  });

  it("says an Excel failure on the status line as an alert, in the pane's language", async () => {
    const { root, actions } = mount();
    actions.clearMarks = async () => {
      throw new AddinError("sheetNotFound", { sheet: "项目表" });
    };
    await click(root, "check");
    await click(root, "clear-marks");
    const status = root.querySelector("#status")!;
    expect(status.getAttribute("role")).toBe("alert");
    expect(status.textContent).toContain("找不到工作表“项目表”");
  });

  it("exports the report as CSV with a BOM, and makes formula-like cell text inert", async () => {
    const { root, env } = mount();
    await click(root, "check");
    await click(root, "export-csv");
    expect(env.downloads[0].name).toMatch(/\.csv$/);
    expect(env.downloads[0].content.startsWith("\uFEFF文件,工作表,单元格")).toBe(true);
    const report = checkResultOf().report;
    report.files[0].file = "=cmd|' /C calc'!A0";
    expect(reportCsv(report)).toContain("'=cmd|' /C calc'!A0");
    expect(reportCsv(report)).not.toMatch(/(^|,)=cmd/m);
  });

  it("exports the CSV with levels as words in the pane's language, never the bare severity ids", async () => {
    const { root, env } = mount();
    await click(root, "check");
    await click(root, "export-csv");
    const levels = (csv: string) =>
      csv
        .trim()
        .split("\r\n")
        .slice(1)
        .map((line) => line.split(",")[3]);
    const zh = levels(env.downloads[0].content);
    expect(zh).toContain("错误");
    expect(new Set(zh)).toEqual(new Set(["错误", "警告", "提示"]));
    await click(root, "switch-language");
    await click(root, "check");
    await click(root, "export-csv");
    const en = env.downloads[1].content;
    expect(en.startsWith("\uFEFFFile,Sheet,Cell,Severity")).toBe(true);
    expect(new Set(levels(en))).toEqual(new Set(["error", "warning", "info"]));
  });

  it("remembers the insert tab's year and unit, and inserts with them", async () => {
    const { root, env, calls } = mount();
    await click(root, "tab-insert");
    const year = root.querySelector<HTMLInputElement>("#insert-year")!;
    year.value = "2025";
    year.dispatchEvent(new Event("input"));
    const unit = root.querySelector<HTMLInputElement>("#insert-unit")!;
    unit.value = "某某局";
    unit.dispatchEvent(new Event("input"));
    await click(root, "insert");
    // Then where 插入指标行 would go in the new form is read.
    expect(calls.slice(-2)).toEqual([
      { name: "insertTemplate", args: [{ year: 2025, unit: "某某局" }] },
      { name: "indicatorRowTarget", args: [] },
    ]);
    expect(env.settings.get("year")).toBe("2025");
    expect(env.settings.get("unit")).toBe("某某局");
  });

  it("moves between tabs with the arrow keys", async () => {
    const { root } = mount();
    button(root, "tab-check").dispatchEvent(
      new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true })
    );
    await settle();
    expect(root.querySelector('[role="tab"][aria-selected="true"]')!.id).toBe("tab-merge");
    expect(document.activeElement!.id).toBe("tab-merge");
  });

  it("shows each imported file's outcome and the progress", async () => {
    const { root, actions } = mount();
    actions.importWorkbooks = async (files, onProgress) => {
      const outcomes = [
        { file: "甲.xlsx", inserted: true, sheets: ["项目表 (2)"] },
        {
          file: "乙.xls",
          inserted: false,
          sheets: [],
          reason: { zh: "不是 .xlsx", en: "not .xlsx" },
        },
      ];
      outcomes.forEach((o, i) => onProgress(i + 1, files.length, o));
      return outcomes;
    };
    await click(root, "tab-merge");
    const picker = root.querySelector<HTMLInputElement>("#import-files")!;
    const files = [new File(["PK"], "甲.xlsx"), new File(["x"], "乙.xls")];
    Object.defineProperty(picker, "files", { value: files });
    picker.dispatchEvent(new Event("change"));
    await settle();
    await settle();
    const items = [...root.querySelectorAll("#import-outcomes li")].map((li) => li.textContent);
    expect(items).toEqual(["甲.xlsx 已导入：项目表 (2)", "乙.xls 不是 .xlsx"]);
    expect(root.querySelector<HTMLProgressElement>("#import-progress")!.value).toBe(2);
    // The status ends on what happened, never on "正在导入 2/2".
    expect(root.querySelector("#status")!.textContent).toBe(
      "导入完成：2 个文件中 1 个已导入，结果见下。"
    );
  });

  it("builds the summary for the year typed, else for the year most forms carry", async () => {
    const { root, calls } = mount();
    await click(root, "tab-merge");
    await click(root, "merge");
    const year = root.querySelector<HTMLInputElement>("#merge-year")!;
    year.value = "2024";
    year.dispatchEvent(new Event("input"));
    await click(root, "merge");
    const merges = calls.filter((c) => c.name === "mergeIntoSummary").map((c) => c.args[0]);
    expect(merges).toEqual([{ whenChanged: "ask" }, { year: 2024, whenChanged: "ask" }]);
    expect(root.querySelector<HTMLInputElement>("#merge-year")!.value).toBe("2024");
  });

  it("lists the findings in the pane's language, and again in the other after a switch", async () => {
    const { root } = mount();
    await click(root, "check");
    const misplaced = checkResultOf()
      .report.files[0].forms.flatMap((f) => f.findings)
      .find((f) => f.code === "indicator.level2-misplaced" && f.cell === "B137")!;
    const shown = () =>
      [...root.querySelectorAll("button.finding")].find((b) => b.textContent!.includes("B137"))!;
    expect(shown().querySelector(".message")!.textContent).toBe(misplaced.message);
    expect(shown().querySelector(".severity")!.textContent).toBe("错误");
    await click(root, "switch-language");
    expect(shown().querySelector(".message")!.textContent).toBe(misplaced.messageEn);
    expect(shown().querySelector(".severity")!.textContent).toBe("error");
  });

  it("says on the status line when a finding's sheet is gone, instead of doing nothing", async () => {
    const { root, actions } = mount();
    actions.selectCell = async (sheet) => {
      throw new AddinError("sheetNotFound", { sheet });
    };
    await click(root, "check");
    root.querySelector<HTMLButtonElement>("button.finding")!.click();
    await settle();
    const status = root.querySelector("#status")!;
    expect(status.getAttribute("role")).toBe("alert");
    expect(status.textContent).toContain("找不到工作表“sample”");
  });

  it("never runs a live check while another operation is still running, and runs it after", async () => {
    const { root, actions, calls } = mount();
    let change: ((sheet: string) => void) | undefined;
    actions.watchChanges = async (listener) => {
      change = listener.changed;
      return async () => undefined;
    };
    let finishClear: () => void = () => undefined;
    actions.clearMarks = () =>
      new Promise((resolve) => {
        finishClear = () => resolve({ cells: 7, sheets: 1 });
      });
    const live = root.querySelector<HTMLInputElement>("#live-check")!;
    live.checked = true;
    live.dispatchEvent(new Event("change"));
    await settle();
    expect(change).toBeDefined();
    await click(root, "check");
    await click(root, "clear-marks"); // still running: Excel has not answered
    change!("sample");
    await new Promise((resolve) => setTimeout(resolve, BUSY_RETRY_MS * 3));
    expect(calls.filter((c) => c.name === "checkSheet")).toEqual([]);
    finishClear();
    await new Promise((resolve) => setTimeout(resolve, BUSY_RETRY_MS * 2));
    await settle();
    // The change waited for the clear, then was checked once: never dropped, never alongside.
    expect(calls.filter((c) => c.name === "checkSheet").map((c) => c.args[0])).toEqual(["sample"]);
    expect(root.querySelector("#status")!.getAttribute("role")).not.toBe("alert");
  });
});
