/**
 * @jest-environment jsdom
 */
import { TextDecoder, TextEncoder } from "node:util";
import { createEmulatedExcel } from "../../src/emulator";
import { cellA1 } from "../../src/form/address";
import type { GridSnapshot } from "../../src/form/grid";
import { gridFromPlan } from "../../src/form/gridFromPlan";
import { templatePlan } from "../../src/form/templatePlan";
import { mountPane } from "../../src/taskpane/app";
import { OWN_EVENT_GRACE_MS } from "../../src/excel/ownWrites";
import { excelActions } from "../../src/taskpane/excelActions";
import { useHost } from "../excel/host";
import { seedGrid } from "../excel/workbook";
import { sampleGrid } from "../support/sampleGrid";
import { environment, settle } from "./fakes";

// jsdom leaves out what the emulator's Node sandbox needs; Node has them.
Object.assign(globalThis, { TextEncoder, TextDecoder });

/*
 * The findings list as a clerk reads it after 校验 (docs/addin.md, "The task pane"), the pane in
 * jsdom over the emulated Excel: each form's title and verdict, a workbook without any form, and
 * what the list says when nothing is wrong or the filter leaves nothing. Each was a change to
 * src/taskpane/findingsList.ts or findingGroups.ts that no test noticed (docs/architecture.md,
 * Mutation testing).
 */

/** The template of 2025 filled in completely and correctly, on a sheet of the given name. */
function cleanForm(sheet: string): GridSnapshot {
  const grid = { ...gridFromPlan(templatePlan({ year: 2025 })), sheet };
  const typed: [string, string][] = [
    ["B4", "道路养护"],
    ["E4", "2025年1月至12月"],
    ["B5", "某区交通局"],
    ["E5", "某区公路站"],
    ["C6", "100"],
    ["C7", "100"],
    ["E6", "100"],
    ["E7", "100"],
    ["B10", "完成道路养护"],
    ["D10", "完成道路养护"],
    ["C12", "公路养护里程"],
    ["E12", "≥20公里"],
    ["C13", "养护桥梁数"],
    ["E13", "≥3座"],
    ["C14", "养护合格率"],
    ["E14", "≥95%"],
    ["C15", "完成时间"],
    ["E15", "≤12月"],
    ["C16", "养护成本"],
    ["E16", "≤100万元"],
    ["C17", "道路通行状况"],
    ["E17", "明显改善"],
    ["C18", "道路使用年限"],
    ["E18", "≥10年"],
    ["C19", "群众满意度"],
    ["E19", "≥90%"],
  ];
  const values = grid.values.map((row) => [...row]);
  for (const [address, text] of typed) {
    const row = Number(address.slice(1)) - 1;
    values[row][address.charCodeAt(0) - 65] = text;
  }
  return { ...grid, values };
}

/** The pane opened over a workbook holding these sheets' grids (and an empty Sheet1). */
function open(grids: GridSnapshot[]) {
  const host = useHost(createEmulatedExcel({ sheets: ["Sheet1"] }));
  for (const grid of grids) seedGrid(host.workbook, grid);
  const root = document.createElement("main");
  document.body.replaceChildren(root);
  const actions = excelActions();
  const checked: (string | undefined)[] = [];
  const checkSheet = actions.checkSheet;
  actions.checkSheet = (sheet, options) => {
    checked.push(sheet);
    return checkSheet(sheet, options);
  };
  const pane = mountPane(root, actions, environment());
  return { root, pane, host, checked };
}

const $ = (root: HTMLElement, selector: string) => root.querySelector<HTMLElement>(selector)!;
const $$ = (root: HTMLElement, selector: string) => [
  ...root.querySelectorAll<HTMLElement>(selector),
];

/** The person presses a button (by its id) and waits until the pane is no longer busy. */
async function press(
  root: HTMLElement,
  pane: ReturnType<typeof open>["pane"],
  button: string | HTMLElement
) {
  (typeof button === "string" ? $(root, `#${button}`) : button).click();
  do await settle();
  while (pane.state.busy);
}

async function choose(root: HTMLElement, id: string, value: string) {
  const select = $(root, `#${id}`) as HTMLSelectElement;
  select.value = value;
  select.dispatchEvent(new Event("change"));
  await settle();
}

const groups = (root: HTMLElement) =>
  $$(root, ".findings > .finding-group").map((group) => ({
    title: group.querySelector(".title")!.textContent,
    verdict: group.querySelector(".verdict")!.textContent,
    verdictClass: group.querySelector(".verdict")!.className,
  }));

describe("the findings list of a checked workbook", () => {
  it("titles each form by its project and place, the sheet said once when named after the project, with its verdict", async () => {
    const { root, pane } = open([cleanForm("道路养护"), sampleGrid()]);
    await press(root, pane, "tab-check");
    // Nothing checked yet: nothing to fix either.
    expect(root.querySelector("#apply-fixes")).toBeNull();
    await press(root, pane, "check");
    expect($(root, "#apply-fixes").textContent).toBe("应用全部安全修正（1）");
    const zh = groups(root);
    expect(zh.map((g) => g.title)).toEqual([
      "道路养护（A1:E19）",
      "产业发展研究院工作业务经费（sample · A3:E33）",
      "七贤荟日常工作经费及品牌运营服务费（sample · A37:E60）",
      "政策课题研究报告费（sample · A64:E86）",
      "龙头分园工作业务经费（sample · A90:E113）",
      "社会事务补助工作经费（sample · A117:E139）",
    ]);
    // A form with only a hint passes; warnings, then errors, are counted.
    expect(zh.map((g) => [g.verdict, g.verdictClass])).toEqual([
      ["通过", "verdict passes"],
      ["1 个警告", "verdict warns"],
      ["1 个警告", "verdict warns"],
      ["通过", "verdict passes"],
      ["2 个警告", "verdict warns"],
      ["3 个错误", "verdict fails"],
    ]);
    // The passing form is its title and verdict only, with no empty list under it.
    const [passing, warned] = $$(root, ".findings > .finding-group");
    expect(passing.querySelector("ul")).toBeNull();
    expect(warned.querySelectorAll("ul > li")).toHaveLength(2);
    await press(root, pane, "switch-language");
    expect(groups(root).map((g) => g.verdict)).toEqual([
      "Passes",
      "1 warning(s)",
      "1 warning(s)",
      "Passes",
      "2 warning(s)",
      "3 error(s)",
    ]);
  });

  it("says no problem was found for a form without findings, and nothing to show when the filter leaves none", async () => {
    const { root, pane } = open([cleanForm("道路养护"), sampleGrid()]);
    await press(root, pane, "tab-check");
    await press(root, pane, "check");
    await choose(root, "filter-form", "道路养护!A1:E19");
    // Said quietly, as the pane's secondary text.
    const note = () => $(root, "#panel-check .filters + p.secondary").textContent;
    expect(note()).toBe("没有发现问题。");
    expect($$(root, ".finding-group")).toHaveLength(0);

    // 政策课题研究报告费 has a hint only: no error to show under 错误.
    await choose(root, "filter-form", "sample!A64:E86");
    expect($$(root, ".finding-group .title").map((t) => t.textContent)).toEqual([
      "政策课题研究报告费（sample · A64:E86）",
    ]);
    await press(root, pane, "filter-error");
    expect($$(root, ".finding-group")).toHaveLength(0);
    expect(note()).toBe("此筛选下没有问题。");
  });

  it("shows a workbook without any form as one finding about the workbook, with no cell to go to", async () => {
    const { root, pane } = open([]);
    await press(root, pane, "tab-check");
    await press(root, pane, "check");
    const [group] = groups(root);
    expect(groups(root)).toHaveLength(1);
    expect(group.title).toMatch(/^工作簿 \S/);
    expect(group.verdictClass).toBe("verdict fails");
    expect($$(root, "button.finding")).toHaveLength(0);
    const finding = $(root, "div.finding.severity-error");
    expect(finding.querySelector(".cell")!.textContent).toBe("");
    expect(finding.querySelector(".message")!.textContent).toContain("工作表都是空的");
    // The workbook's finding has no fix: nothing is offered to fix.
    expect(root.querySelector("#apply-fixes")).toBeNull();
    // Nothing to move to: the arrow keys are left to the page.
    const down = new KeyboardEvent("keydown", {
      key: "ArrowDown",
      bubbles: true,
      cancelable: true,
    });
    finding.dispatchEvent(down);
    expect(down.defaultPrevented).toBe(false);
  });

  it("going to a finding's cell leaves the status line as it was, even when empty", async () => {
    const { root, pane, host } = open([sampleGrid()]);
    await press(root, pane, "tab-check");
    await press(root, pane, "check");
    const summary = $(root, "#status").textContent;
    expect(summary).toMatch(/错误/);
    const second = $$(root, "button.finding")[1];
    second.focus();
    await press(root, pane, second);
    expect($(root, "#status").textContent).toBe(summary);
    // The pane drew itself again meanwhile: the focus is still on that finding.
    expect(document.activeElement!.textContent).toBe(second.textContent);
    // Switching the language clears the status line; the list stays.
    await press(root, pane, "switch-language");
    expect($(root, "#status").textContent).toBe("");
    const [first] = $$(root, "button.finding");
    expect(first.title).toBe(`Go to sample!${first.querySelector(".cell")!.textContent}`);
    await press(root, pane, first);
    const { sheet, area } = host.workbook.selection!;
    expect([sheet, cellA1(area.top, area.left)]).toEqual([
      "sample",
      first.querySelector(".cell")!.textContent,
    ]);
    expect($(root, "#status").textContent).toBe("");
  });

  it("keeps the arrow keys to the list at its ends, and leaves every other key to the page", async () => {
    const { root, pane } = open([sampleGrid()]);
    await press(root, pane, "tab-check");
    await press(root, pane, "check");
    const items = $$(root, "button.finding");
    /** A key pressed on the focused finding; whether the list took it from the page. */
    const key = (name: string) => {
      const event = new KeyboardEvent("keydown", { key: name, bubbles: true, cancelable: true });
      document.activeElement!.dispatchEvent(event);
      return event.defaultPrevented;
    };
    items.at(-1)!.focus();
    // ↓ on the last finding stays there, and the pane does not scroll instead.
    expect(key("ArrowDown")).toBe(true);
    expect(document.activeElement).toBe(items.at(-1));
    items[2].focus();
    for (const other of ["Tab", "Enter", "a", "PageDown"]) {
      expect(key(other)).toBe(false);
      expect(document.activeElement).toBe(items[2]);
    }
  });

  it("offers a finding's fix as a small 修正 button named after its change, which keeps the focus while live check redraws the list", async () => {
    const { root, pane, host, checked } = open([sampleGrid()]);
    await press(root, pane, "tab-check");
    await press(root, pane, "check");
    const fix = $(root, "li .fix button.small.fix-one");
    const change = fix.parentElement!.querySelector(".change")!.textContent;
    expect(change).toMatch(/^E30: ".+" → ".+"$/);
    expect(fix.getAttribute("aria-label")).toBe(`修正 ${change}`);
    fix.focus();

    // On the clock of the timers, as test/taskpane/liveCheck.test.ts: what live check waits for.
    jest.useFakeTimers();
    try {
      const live = $(root, "#live-check") as HTMLInputElement;
      live.checked = true;
      live.dispatchEvent(new Event("change"));
      await jest.advanceTimersByTimeAsync(OWN_EVENT_GRACE_MS + 20);
      host.workbook.typeValues("sample", "H2", [["备注"]]);
      for (let waited = 0; checked.length === 0 && waited < 2_000; waited += 10)
        await jest.advanceTimersByTimeAsync(10);
      await jest.advanceTimersByTimeAsync(500);
      expect(checked).toEqual(["sample"]);
      expect(fix.isConnected).toBe(false);
      expect(document.activeElement!.getAttribute("aria-label")).toBe(`修正 ${change}`);
    } finally {
      jest.useRealTimers();
    }
  });
});
