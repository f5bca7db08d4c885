/**
 * @jest-environment jsdom
 */
import { mountPane } from "../../src/taskpane/app";
import { checkResultOf, environment, fakeActions, settle } from "./fakes";

/*
 * The pane's controls as a person works them, by the mouse on their labels and by the keyboard:
 * what the mutation run of the pane's smaller files found no test pressing (docs/architecture.md,
 * Mutation testing).
 */
function mount(fakes = fakeActions(checkResultOf())) {
  document.body.innerHTML = '<h1 id="pane-title">项目支出绩效目标表</h1>';
  const root = document.createElement("main");
  document.body.appendChild(root);
  const env = environment();
  const pane = mountPane(root, fakes.actions, env);
  return { root, pane, env, ...fakes };
}

const $ = (root: HTMLElement, selector: string) => root.querySelector<HTMLElement>(selector)!;
const $$ = (root: HTMLElement, selector: string) => [
  ...root.querySelectorAll<HTMLElement>(selector),
];

async function click(element: HTMLElement) {
  element.click();
  await settle();
}

/** The label holding a control, as the person sees it (its words). */
const labelOf = (root: HTMLElement, id: string) => $(root, `#${id}`).closest("label")!;

describe("the check tab's controls", () => {
  it("turns live check on and off by a click on its words, a box that stays ticked while on", async () => {
    const { root, actions, calls } = mount();
    let stopped = 0;
    actions.watchChanges = async () => async () => void stopped++;
    const words = labelOf(root, "live-check");
    expect(words.textContent).toBe("编辑时自动重新校验当前表");
    // A choice, as the scope's: the box beside its words.
    expect(words.className).toBe("choice");
    await click(words);
    const box = $(root, "#live-check") as HTMLInputElement;
    expect(box.checked).toBe(true);
    expect(calls.map((c) => c.name)).not.toContain("checkWorkbook");
    await click(labelOf(root, "live-check"));
    expect(stopped).toBe(1);
    expect(($(root, "#live-check") as HTMLInputElement).checked).toBe(false);
  });

  it("opens unticked, and when live check makes the first check, offers the fixes without asking yet", async () => {
    const { root, actions } = mount();
    let change: ((sheet: string) => void) | undefined;
    actions.watchChanges = async (listener) => {
      change = listener.changed;
      return async () => undefined;
    };
    expect(($(root, "#live-check") as HTMLInputElement).checked).toBe(false);
    await click(labelOf(root, "live-check"));
    change!("sample");
    for (let i = 0; i < 4; i++) await settle();
    expect($(root, "#status").textContent).toMatch(/^\d+ 张表：\d+ 个错误/);
    expect($(root, "#apply-fixes").textContent).toMatch(/^应用全部安全修正（\d+）$/);
    expect(root.querySelector("#fix-preview")).toBeNull();
  });

  it("checks the whole workbook or the current sheet, as chosen by a click on the scope's words", async () => {
    const { root, calls } = mount();
    const scope = $(root, "fieldset.inline");
    expect($(scope, "legend").textContent).toBe("范围");
    const words = $$(scope, "label");
    expect(words.map((w) => [w.className, w.textContent])).toEqual([
      ["choice", "整个工作簿"],
      ["choice", "当前工作表"],
    ]);
    // One radio group, so that the arrow keys move between them (jsdom does not group by name).
    const names = $$(scope, "input").map((i) => (i as HTMLInputElement).name);
    expect(names).toHaveLength(2);
    expect(names[0]).not.toBe("");
    expect(names[1]).toBe(names[0]);
    const chosen = () => $$(root, "fieldset.inline input:checked").map((i) => i.id);
    expect(chosen()).toEqual(["scope-workbook"]);
    // One choice of the two, as the person clicks it, and as the pane draws it again.
    await click(words[1]);
    expect(chosen()).toEqual(["scope-sheet"]);
    await click($(root, "#check"));
    expect(chosen()).toEqual(["scope-sheet"]);
    await click(labelOf(root, "scope-workbook"));
    await click($(root, "#check"));
    const checks = calls.map((c) => c.name).filter((name) => name.startsWith("check"));
    expect(checks).toEqual(["checkSheet", "checkWorkbook"]);
    expect($$(root, "fieldset.inline input:checked").map((i) => i.id)).toEqual(["scope-workbook"]);
  });

  it("says how many warnings are left beside 可以提交, in the pane's language", async () => {
    const result = checkResultOf();
    result.report.summary = { ...result.report.summary, errors: 0, warnings: 3 };
    const { root } = mount(fakeActions(result));
    await click($(root, "#ready"));
    expect($(root, "#readiness").textContent).toBe(
      "可以提交：没有错误，标记已清除（另有 3 个警告可酌情处理）。"
    );
    // The status line is a live region, read out without interrupting the person.
    expect($(root, "#status").getAttribute("aria-live")).toBe("polite");
    // Good news is said politely; an alert is kept for what stands in the way.
    expect($(root, "#readiness").getAttribute("role")).toBe("status");
    expect($(root, "#readiness").className).toBe("message-bar success");
    await click($(root, "#switch-language"));
    expect($(root, "#readiness").textContent).toBe(
      "Ready to send: no errors, and the marks are cleared (3 warning(s) left to consider)."
    );
  });

  it("says what stands in the way of sending as an alert, coloured as an error", async () => {
    const { root } = mount();
    await click($(root, "#ready"));
    const bar = $(root, "#readiness");
    expect([bar.className, bar.getAttribute("role")]).toEqual(["message-bar error", "alert"]);
    expect(bar.textContent).toMatch(/^还不能提交：有 [1-9]\d* 个错误需要改正，见下方列表。$/);
  });

  it("lays out each tab as a panel, its parts spaced alike", async () => {
    const { root } = mount();
    for (const tab of ["insert", "check", "merge"]) {
      await click($(root, `#tab-${tab}`));
      const panel = $(root, `#panel-${tab}`);
      expect(panel.children).toHaveLength(1);
      expect(panel.firstElementChild!.className).toBe("panel");
    }
  });
});

describe("诊断, as a person sends its result to support", () => {
  const environmentLine = {
    platform: "OfficeOnline",
    version: "16.0",
    excelApi: "1.13",
    language: "zh-CN",
  };
  function withSelfTest(results: { id: string; ok: boolean; actual: string }[]) {
    const fakes = fakeActions(checkResultOf());
    let finish: () => void = () => undefined;
    fakes.actions.selfTest = () =>
      new Promise((resolve) => {
        finish = () =>
          resolve({
            environment: environmentLine,
            results: results.map((r) => ({ ...r, expected: r.actual })),
          });
      });
    fakes.actions.selfTestText = (result) => `自检 ${result.results.length} 项`;
    const mounted = mount(fakes);
    return { ...mounted, finish: () => finish() };
  }

  it("opens on its result once run, every line passed, and copies it, in either language", async () => {
    const { root, finish } = withSelfTest([
      { id: "values.roundTrip", ok: true, actual: "a" },
      { id: "comment.thread", ok: true, actual: "ours" },
    ]);
    const copied: string[] = [];
    Object.assign(navigator, {
      clipboard: { writeText: async (t: string) => void copied.push(t) },
    });
    const section = () => $(root, "#diagnostics") as HTMLDetailsElement;
    expect(section().open).toBe(false);
    // Before a run, the heading and its button only.
    const parts = [...section().childNodes] as HTMLElement[];
    expect(parts.map((c) => [c.nodeName, c.className, c.textContent])).toEqual([
      ["SUMMARY", "", "诊断"],
      ["BUTTON", "button", "自检"],
    ]);
    await click($(root, "#self-test"));
    // Busy while Excel answers: the button cannot be pressed twice.
    expect(($(root, "#self-test") as HTMLButtonElement).disabled).toBe(true);
    finish();
    await settle();
    expect(($(root, "#self-test") as HTMLButtonElement).disabled).toBe(false);
    expect(section().open).toBe(true);
    expect($(root, "#status").textContent).toBe("全部通过");
    expect($(root, "#diagnostics p.secondary").textContent).toBe(
      "OfficeOnline 16.0 · ExcelApi 1.13 · zh-CN"
    );
    expect($$(root, "#self-test-results li").map((li) => li.className)).toEqual(["ok", "ok"]);
    const text = $(root, "#self-test-text") as HTMLTextAreaElement;
    expect(text.value).toBe("自检 2 项");
    expect(text.readOnly).toBe(true);
    await click($(root, "#self-test-copy"));
    expect(copied).toEqual(["自检 2 项"]);
    expect($(root, "#status").textContent).toBe("已复制。");
    expect($(root, "#status").getAttribute("role")).toBe("status");
    await click($(root, "#switch-language"));
    expect($(root, "#diagnostics summary").textContent).toBe("Diagnostics");
    expect($(root, "#self-test-copy").textContent).toBe("Copy result");
    await click($(root, "#self-test-copy"));
    expect($(root, "#status").textContent).toBe("Copied.");
  });

  it("counts the lines that failed, coloured as errors", async () => {
    const { root, finish } = withSelfTest([
      { id: "a", ok: false, actual: "x" },
      { id: "b", ok: true, actual: "y" },
      { id: "c", ok: false, actual: "z" },
    ]);
    await click($(root, "#switch-language"));
    await click($(root, "#self-test"));
    finish();
    await settle();
    expect($(root, "#status").textContent).toBe("2 failed");
    expect($$(root, "#self-test-results li").map((li) => li.className)).toEqual([
      "error",
      "ok",
      "error",
    ]);
  });

  it("where the host refuses the clipboard, puts the focus on the result's text to copy by hand", async () => {
    const { root, finish } = withSelfTest([{ id: "a", ok: true, actual: "x" }]);
    Object.assign(navigator, {
      clipboard: {
        writeText: async () => {
          throw new DOMException("denied", "NotAllowedError");
        },
      },
    });
    await click($(root, "#self-test"));
    finish();
    await settle();
    await click($(root, "#self-test-copy"));
    await settle();
    expect(document.activeElement!.id).toBe("self-test-text");
    expect($(root, "#status").textContent).toBe("全部通过");
  });
});

describe("更多, the rarer actions", () => {
  const keydown = (target: HTMLElement, key: string) =>
    target.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true }));

  it("closes on Escape from any of its items, the focus back on 更多; other keys leave it open", async () => {
    const { root } = mount();
    await click($(root, "#check"));
    const menu = () => $(root, "details.menu") as HTMLDetailsElement;
    await click($(root, "#more-actions"));
    expect(menu().open).toBe(true);
    $(root, "#export-csv").focus();
    keydown($(root, "#export-csv"), "ArrowDown");
    expect(menu().open).toBe(true);
    expect(document.activeElement!.id).toBe("export-csv");
    keydown($(root, "#export-csv"), "Escape");
    expect(menu().open).toBe(false);
    expect(document.activeElement!.id).toBe("more-actions");
    // One row of actions: the main one first, as the primary button, then 提交前检查 and 更多.
    const row = $(root, "#check").parentElement!;
    expect(row.className).toBe("actions");
    expect([...row.children].map((c) => [c.tagName, c.className])).toEqual([
      ["BUTTON", "button primary"],
      ["BUTTON", "button"],
      ["DETAILS", "menu"],
    ]);
    // 更多 looks like the buttons beside it, and says what it holds.
    expect($(root, "#more-actions").className).toBe("button");
    expect($(root, "#more-actions").getAttribute("aria-label")).toBe("更多操作");
  });

  it("offers 清除标记 before any check, and the report's two exports after one, each named and typed", async () => {
    const { root, env, pane } = mount();
    const items = () => $$(root, ".menu-items > button").map((b) => b.id);
    expect(items()).toEqual(["clear-marks"]);
    await click($(root, "#check"));
    expect(items()).toEqual(["clear-marks", "export-json", "export-csv"]);
    await click($(root, "#export-json"));
    await click($(root, "#export-csv"));
    expect(env.downloads.map((d) => [d.name, d.type])).toEqual([
      ["绩效目标表校验.json", "application/json"],
      ["绩效目标表校验.csv", "text/csv;charset=utf-8"],
    ]);
    expect(JSON.parse(env.downloads[0].content)).toEqual(
      JSON.parse(JSON.stringify(pane.state.check!.report))
    );
  });
});

describe("the first-run card", () => {
  it("is on every tab, named by its title, until dismissed; the focus then goes to the tab the person is on", async () => {
    const { root, env } = mount();
    const card = () => root.querySelector<HTMLElement>("#first-run");
    for (const tab of ["insert", "merge"]) {
      await click($(root, `#tab-${tab}`));
      expect(card()).not.toBeNull();
    }
    const title = document.getElementById(card()!.getAttribute("aria-labelledby")!)!;
    expect(title.textContent).toBe("三步完成填报");
    expect(card()!.className).toBe("card");
    expect($(root, "#first-run .card-title > h2")).toBe(title);
    await click($(root, "#switch-language"));
    expect($$(root, "#first-run li").map((li) => li.textContent)).toEqual([
      "Insert the form (Insert tab)",
      "Fill it in (values like ≥95%, ≤10天)",
      "Check, fix, then Ready to submit",
    ]);
    const dismiss = $(root, "#first-run-dismiss");
    expect([dismiss.className, dismiss.textContent]).toEqual(["button small", "Got it"]);
    dismiss.focus();
    await click(dismiss);
    expect(card()).toBeNull();
    expect(document.activeElement!.id).toBe("tab-merge");
    expect(env.settings.get("firstRunDone")).toBe("1");
  });
});
