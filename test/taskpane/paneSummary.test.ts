/**
 * @jest-environment jsdom
 */
import type { Merged } from "../../src/excel";
import type { SheetChanges } from "../../src/form/summaryRefresh";
import { mountPane } from "../../src/taskpane/app";
import { checkResultOf, environment, fakeActions, settle } from "./fakes";

/*
 * The 汇总 tab as a person meets it when a refresh would lose their writing, and when they type
 * the summary's year: what the mutation run of mergePanel.ts and mergeQuestion.ts found no test
 * looking at (docs/architecture.md, Mutation testing). The journeys over both hosts are in
 * test/contract/keepSummary.test.ts.
 */
function mount() {
  document.body.innerHTML = "";
  const root = document.createElement("main");
  document.body.appendChild(root);
  const fakes = fakeActions(checkResultOf());
  const pane = mountPane(root, fakes.actions, environment());
  return { root, pane, ...fakes };
}

const $ = (root: HTMLElement, selector: string) => root.querySelector<HTMLElement>(selector)!;
const $$ = (root: HTMLElement, selector: string) => [
  ...root.querySelectorAll<HTMLElement>(selector),
];

async function press(root: HTMLElement, id: string) {
  $(root, `#${id}`).click();
  await settle();
  await settle();
}

const merged: Merged = {
  sheet: "汇总表",
  forms: 2,
  leftOut: 0,
  checks: "检查结果",
  year: 2025,
  yearGiven: false,
  disagreements: {},
};

/** Ten rows written on the summary below its header, the first with a long note and a number. */
function summaryChanges(): SheetChanges {
  const rows = Array.from({ length: 10 }, (_, i) => ({
    row: 3 + i,
    cells: [{ col: 15, text: `备注${i + 1}` }],
    added: false,
  }));
  rows[0] = {
    row: 3,
    cells: [
      { col: 1, text: "道".repeat(41) },
      { col: 2, text: "路".repeat(40) },
    ],
    added: true,
  };
  return { key: "summary", sheet: "汇总表", rows, legacy: true };
}

const checksChanges: SheetChanges = {
  key: "checks",
  sheet: "检查结果",
  rows: [{ row: 1, cells: [{ col: 0, text: "已核" }], added: false }],
  legacy: false,
};

/** The pane on 汇总, the refresh answering with the person's writing until they answer. */
async function asked() {
  const mounted = mount();
  const answers: string[] = [];
  mounted.actions.mergeIntoSummary = async (options) => {
    answers.push(`${options.whenChanged}:${options.year ?? ""}`);
    return options.whenChanged === "ask"
      ? { ...merged, unsaved: [summaryChanges(), checksChanges] }
      : merged;
  };
  await press(mounted.root, "tab-merge");
  return { ...mounted, answers };
}

describe("the question a refresh asks before losing the person's writing", () => {
  it("lists eight rows of a sheet and counts the rest, long text cut, an old summary's rows said to differ", async () => {
    const { root } = await asked();
    await press(root, "merge");
    const sheets = $$(root, "#merge-question .sheet-changes");
    expect(sheets).toHaveLength(2);
    const [summary, checks] = sheets;
    expect($(summary, "p.sheet").textContent).toBe("“汇总表”：10 行");
    const rows = $$(summary, "ul.changes > li").map((li) => li.textContent);
    expect(rows).toHaveLength(8);
    expect(rows[0]).toBe(`第 4 行（您添加的）：B4 ${"道".repeat(39)}…；C4 ${"路".repeat(40)}`);
    expect(rows[1]).toBe("第 5 行：P5 备注2");
    expect(rows[7]).toBe("第 11 行：P11 备注8");
    const notes = $$(summary, "p.secondary").map((p) => p.textContent);
    expect(notes).toEqual([
      "此表由旧版本生成，无法区分您的修改与各表的变化：以下各行与新汇总不同。",
      "另有 2 行",
    ]);
    // A sheet with fingerprints and one row: no note, nothing more counted.
    expect($$(checks, "p.secondary")).toEqual([]);
    expect($$(checks, "ul.changes > li").map((li) => li.textContent)).toEqual(["第 2 行：A2 已核"]);
    expect($(root, "#merge-question").getAttribute("role")).toBe("group");
    expect($(root, "#merge-question").className).toBe("confirm");
  });

  it("says it in English with English separators", async () => {
    const { root } = await asked();
    await press(root, "switch-language");
    await press(root, "merge");
    const summary = $$(root, "#merge-question .sheet-changes")[0];
    expect($(summary, "p.sheet").textContent).toBe("\u201c汇总表\u201d: 10 row(s)");
    const rows = $$(summary, "ul.changes > li").map((li) => li.textContent);
    expect(rows[0]).toBe(`Row 4 (added by you): B4 ${"道".repeat(39)}…; C4 ${"路".repeat(40)}`);
    expect(rows[1]).toBe("Row 5: P5 备注2");
    expect($$(summary, "p.secondary")[1].textContent).toBe("and 2 more row(s)");
  });

  it("answers each button as named, for the year typed, the keeping one first and focused", async () => {
    const { root, answers } = await asked();
    const year = $(root, "#merge-year") as HTMLInputElement;
    year.value = "2024";
    year.dispatchEvent(new Event("input"));
    for (const [button, answer] of [
      ["merge-keep", "keep"],
      ["merge-replace", "replace"],
    ]) {
      await press(root, "merge");
      const buttons = $$(root, "#merge-question .actions > button");
      expect(buttons.map((b) => [b.id, b.textContent])).toEqual([
        ["merge-keep", "替换，并保留旧表"],
        ["merge-replace", "替换"],
        ["merge-cancel", "取消"],
      ]);
      expect(buttons[0].classList.contains("primary")).toBe(true);
      expect(document.activeElement!.id).toBe("merge-keep");
      await press(root, button);
      expect(answers.slice(-2)).toEqual(["ask:2024", `${answer}:2024`]);
      expect(root.querySelector("#merge-question")).toBeNull();
    }
    await press(root, "merge");
    await press(root, "merge-cancel");
    expect(answers.at(-1)).toBe("ask:2024");
    expect($(root, "#status").textContent).toBe("已取消，工作簿未改动。");
  });
});
