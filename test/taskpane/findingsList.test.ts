/**
 * @jest-environment jsdom
 */
import { cellA1 } from "../../src/form/address";
import { OWN_EVENT_GRACE_MS } from "../../src/excel/ownWrites";
import { sampleGrid } from "../support/sampleGrid";
import { $, $$, choose, cleanForm, open, press } from "./emulatedPane";
import { settle } from "./fakes";

/*
 * The findings list as a clerk reads it after 校验 (docs/addin.md, "The task pane"), the pane in
 * jsdom over the emulated Excel: each form's title and verdict, a workbook without any form, and
 * what the list says when nothing is wrong or the filter leaves nothing. Each was a change to
 * src/taskpane/findingsList.ts or findingGroups.ts that no test noticed (docs/architecture.md,
 * Mutation testing).
 */

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
    // The form chosen stays chosen as the pane redraws.
    expect(($(root, "#filter-form") as HTMLSelectElement).value).toBe("sample!A64:E86");
  });

  it("offers the forms to filter by, each with its verdict, only when there are two or more", async () => {
    const { root, pane } = open([cleanForm("道路养护"), sampleGrid()]);
    await press(root, pane, "tab-check");
    await press(root, pane, "check");
    const select = $(root, "#filter-form") as HTMLSelectElement;
    expect(select.getAttribute("aria-label")).toBe("表");
    expect(select.value).toBe("all");
    expect([...select.options].slice(0, 3).map((o) => o.textContent)).toEqual([
      "全部表（6）",
      "道路养护（A1:E19） — 通过",
      "产业发展研究院工作业务经费（sample · A3:E33） — 1 个警告",
    ]);

    // Back to every form: the first choice.
    await choose(root, "filter-form", "sample!A64:E86");
    expect($$(root, ".findings > .finding-group")).toHaveLength(1);
    select.selectedIndex = 0;
    select.dispatchEvent(new Event("change"));
    await settle();
    expect($$(root, ".findings > .finding-group")).toHaveLength(6);

    const two = open([cleanForm("道路养护"), cleanForm("桥梁养护")]);
    await press(two.root, two.pane, "tab-check");
    await press(two.root, two.pane, "check");
    expect(($(two.root, "#filter-form") as HTMLSelectElement).options).toHaveLength(3);

    const single = open([cleanForm("道路养护")]);
    await press(single.root, single.pane, "tab-check");
    await press(single.root, single.pane, "check");
    expect(single.root.querySelector("#filter-form")).toBeNull();
    expect($(single.root, ".filters + p.secondary").textContent).toBe("没有发现问题。");
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

  it("colours each severity chip as its findings, 全部 in none, and keeps the focus on the chip pressed", async () => {
    const { root, pane } = open([sampleGrid()]);
    await press(root, pane, "tab-check");
    await press(root, pane, "check");
    // One group of chips, named for a screen reader.
    expect($(root, '[role="group"].chips').getAttribute("aria-label")).toBe("按级别筛选");
    const chips = $$(root, ".chips > button.chip");
    expect(chips.map((chip) => [chip.id, [...chip.classList]])).toEqual([
      ["filter-all", ["chip"]],
      ["filter-error", ["chip", "severity-error"]],
      ["filter-warning", ["chip", "severity-warning"]],
      ["filter-info", ["chip", "severity-info"]],
    ]);
    // Pressed with the mouse, which in some web views leaves the focus where it was.
    (document.activeElement as HTMLElement).blur();
    await press(root, pane, "filter-warning");
    expect(document.activeElement!.id).toBe("filter-warning");
    // Only the chip chosen is pressed, as a screen reader says it.
    const pressed = $$(root, ".chips > button.chip").map((c) => c.getAttribute("aria-pressed"));
    expect(pressed).toEqual(["false", "false", "true", "false"]);
  });

  it("shows every form again when the form filtered on is gone from a later check, never 没有发现问题 instead", async () => {
    const { root, pane, host } = open([sampleGrid(), { ...sampleGrid(), sheet: "乙" }]);
    await press(root, pane, "tab-check");
    await press(root, pane, "check");
    await choose(root, "filter-form", "sample!A64:E86");
    // The person checks only the sheet they are on, 乙: the form chosen is not in this check.
    host.workbook.active = host.workbook.sheet("乙")!;
    const sheetScope = $(root, "#scope-sheet") as HTMLInputElement;
    sheetScope.checked = true;
    sheetScope.dispatchEvent(new Event("change"));
    await press(root, pane, "check");
    expect($$(root, ".findings > .finding-group .title").map((t) => t.textContent)).toHaveLength(5);
    expect(root.querySelector(".filters + p.secondary")).toBeNull();
    expect(($(root, "#filter-form") as HTMLSelectElement).value).toBe("all");
  });

  it("lists the changes of 应用全部安全修正 in a group its title names, each change with its sheet", async () => {
    const { root, pane } = open([sampleGrid()]);
    await press(root, pane, "tab-check");
    await press(root, pane, "check");
    (document.activeElement as HTMLElement).blur();
    await press(root, pane, "apply-fixes");
    // The keyboard goes on to the answer.
    expect(document.activeElement!.id).toBe("confirm-fixes");
    const preview = $(root, '[role="group"]#fix-preview');
    const title = document.getElementById(preview.getAttribute("aria-labelledby")!)!;
    expect(preview.contains(title)).toBe(true);
    expect(title.textContent).toBe("将修改以下 1 处单元格：");
    const changes = $$(preview, "ul.changes > li").map((li) => li.textContent);
    expect(changes).toEqual([expect.stringMatching(/^sample · E30: ".+" → ".+"$/)]);
    // Then the two answers on one row, 确认修正 the primary one.
    const answers = $$(preview, ".actions > button").map((b) => [b.id, b.className]);
    expect(answers).toEqual([
      ["confirm-fixes", "button primary"],
      ["cancel-fixes", "button"],
    ]);
    (document.activeElement as HTMLElement).blur();
    await press(root, pane, "cancel-fixes");
    expect(root.querySelector("#fix-preview")).toBeNull();
    expect(document.activeElement!.id).toBe("apply-fixes");
  });
});
