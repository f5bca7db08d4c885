/**
 * @jest-environment jsdom
 */
import { mountPane } from "../../src/taskpane/app";
import type { PaneEnvironment } from "../../src/taskpane/actions";
import { applyTheme } from "../../src/taskpane/theme";
import { checkResultOf, environment, fakeActions, settle } from "./fakes";

/*
 * What a clerk does with the check panel (docs/addin.md, "The task pane"): filter the findings,
 * fix one, fix all after seeing the changes, undo (also after a reload), ask whether the workbook
 * is ready to send, and meet the first-run card once.
 */
function mount(
  result = checkResultOf(),
  env: PaneEnvironment = environment(),
  record: Parameters<typeof fakeActions>[1] = []
) {
  document.body.innerHTML = '<h1 id="pane-title">项目支出绩效目标表</h1>';
  const root = document.createElement("main");
  document.body.appendChild(root);
  const fakes = fakeActions(result, record);
  const pane = mountPane(root, fakes.actions, env);
  return { root, pane, env, ...fakes };
}

const $ = (root: HTMLElement, selector: string) => root.querySelector<HTMLElement>(selector)!;
const $$ = (root: HTMLElement, selector: string) => [
  ...root.querySelectorAll<HTMLElement>(selector),
];

async function click(root: HTMLElement, selector: string) {
  $(root, selector).click();
  await settle();
}

describe("the findings list", () => {
  it("filters by severity, each chip with its count, and by form; each form says its verdict", async () => {
    const { root, pane } = mount();
    await click(root, "#check");
    const { summary } = pane.state.check!.report;
    const chip = (id: string) => $(root, `#filter-${id}`).textContent;
    expect(chip("error")).toBe(`错误${summary.errors}`);
    expect(chip("warning")).toBe(`警告${summary.warnings}`);
    expect(chip("info")).toBe(`提示${summary.infos}`);
    expect($$(root, "button.finding")).toHaveLength(
      summary.errors + summary.warnings + summary.infos
    );

    await click(root, "#filter-error");
    expect($(root, "#filter-error").getAttribute("aria-pressed")).toBe("true");
    const shown = $$(root, "button.finding");
    expect(shown).toHaveLength(summary.errors);
    expect(shown.every((b) => b.classList.contains("severity-error"))).toBe(true);

    const verdicts = $$(root, ".finding-group .verdict").map((v) => v.textContent);
    expect(verdicts.every((v) => /个错误$/.test(v!))).toBe(true);

    await click(root, "#filter-all");
    const select = $(root, "#filter-form") as HTMLSelectElement;
    expect(select.options).toHaveLength(1 + 5);
    select.value = select.options[5].value;
    select.dispatchEvent(new Event("change"));
    await settle();
    const titles = $$(root, ".finding-group .title").map((h) => h.textContent);
    expect(titles).toEqual([expect.stringContaining("社会事务补助工作经费")]);
  });

  it("moves between findings with the arrow keys, Home and End", async () => {
    const { root } = mount();
    await click(root, "#check");
    const items = $$(root, "button.finding");
    items[0].focus();
    const press = (key: string) =>
      document.activeElement!.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true }));
    press("ArrowDown");
    expect(document.activeElement).toBe(items[1]);
    press("ArrowUp");
    press("ArrowUp");
    expect(document.activeElement).toBe(items[0]);
    press("End");
    expect(document.activeElement).toBe(items.at(-1));
    press("Home");
    expect(document.activeElement).toBe(items[0]);
  });
});

describe("fix one, fix all, undo", () => {
  it("shows a finding's change beside its own 修正 button, fixes that cell alone, then offers to undo", async () => {
    const { root, calls } = mount();
    await click(root, "#check");
    const fixRow = $(root, ".fix");
    expect(fixRow.querySelector(".change")!.textContent).toBe('E30: "100%" → "=100%"');
    expect(fixRow.querySelector("button")!.textContent).toBe("修正");
    await click(root, ".fix button");
    const applied = calls.find((c) => c.name === "applyFixes")!;
    expect((applied.args[0] as { cell: string }[]).map((f) => f.cell)).toEqual(["E30"]);
    expect(calls.at(-1)!.name).toBe("checkWorkbook");
    expect($(root, "#undo-bar").textContent).toContain("上次修正了 1 处单元格。");

    await click(root, "#undo-fixes");
    expect(calls.at(-2)!.name).toBe("undoFixes");
    expect($(root, "#status").textContent).toBe("已撤销 1 处修正。");
    expect(root.querySelector("#undo-bar")).toBeNull();
  });

  it("offers 撤销修正 after a reload, from the record the workbook keeps", async () => {
    const record = [
      {
        sheet: "sample",
        cell: "E30",
        code: "x",
        before: "100%",
        numberFormat: "General",
        after: "=100%",
      },
    ];
    const { root, calls } = mount(checkResultOf(), environment(), record);
    await settle();
    expect(calls[0].name).toBe("fixesToUndo");
    expect($(root, "#undo-bar").textContent).toContain("1 处");
    await click(root, "#undo-fixes");
    expect(calls.map((c) => c.name)).toContain("undoFixes");
  });

  it("cancels the list of all changes without writing anything", async () => {
    const { root, calls } = mount();
    await click(root, "#check");
    await click(root, "#apply-fixes");
    expect(root.querySelector("#fix-preview")).not.toBeNull();
    await click(root, "#cancel-fixes");
    expect(root.querySelector("#fix-preview")).toBeNull();
    expect(calls.some((c) => c.name === "applyFixes")).toBe(false);
  });
});

describe("提交前检查", () => {
  it("lists the errors standing in the way, and leaves the marks on", async () => {
    const { root, calls } = mount();
    await click(root, "#ready");
    expect($(root, "#readiness").className).toContain("error");
    expect($(root, "#readiness").textContent).toMatch(/^还不能提交：有 \d+ 个错误/);
    expect($(root, "#filter-error").getAttribute("aria-pressed")).toBe("true");
    expect($$(root, "button.finding").every((b) => b.classList.contains("severity-error"))).toBe(
      true
    );
    expect(calls.map((c) => c.name)).not.toContain("clearMarks");
  });

  it("with no error left, clears the marks and says the workbook is ready to send", async () => {
    const result = checkResultOf();
    result.report.summary = { ...result.report.summary, errors: 0 };
    const { root, calls } = mount(result);
    await click(root, "#ready");
    expect(calls.map((c) => c.name).slice(-2)).toEqual(["checkWorkbook", "clearMarks"]);
    expect($(root, "#readiness").className).toContain("success");
    expect($(root, "#readiness").textContent).toContain("可以提交");
    expect(root.querySelector("button.finding")).toBeNull();
  });
});

describe("the first run", () => {
  it("shows the three steps until dismissed, and not again for the same person", async () => {
    const env = environment();
    const first = mount(checkResultOf(), env);
    const steps = $$(first.root, "#first-run li").map((li) => li.textContent);
    expect(steps).toHaveLength(3);
    expect(steps[0]).toMatch(/^插入模板/);
    await click(first.root, "#first-run-dismiss");
    expect(first.root.querySelector("#first-run")).toBeNull();
    expect(env.settings.get("firstRunDone")).toBe("1");
    const again = mount(checkResultOf(), env);
    expect(again.root.querySelector("#first-run")).toBeNull();
  });
});

describe("the Office theme", () => {
  it("turns dark with a dark Office theme, takes Office's colours, and ignores an unreadable pair", () => {
    const root = document.createElement("html");
    applyTheme(root, { bodyBackgroundColor: "#262626", bodyForegroundColor: "#ffffff" });
    expect(root.dataset.theme).toBe("dark");
    expect(root.style.getPropertyValue("--surface")).toBe("#262626");
    const other = document.createElement("html");
    applyTheme(other, { bodyBackgroundColor: "#ffffff", bodyForegroundColor: "#eeeeee" });
    expect(other.dataset.theme).toBe("light");
    expect(other.style.getPropertyValue("--surface")).toBe("");
    applyTheme(other, null);
    expect(other.dataset.theme).toBe("light");
  });
});
