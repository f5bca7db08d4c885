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
function mountWithEnv() {
  document.body.innerHTML = "";
  const root = document.createElement("main");
  document.body.appendChild(root);
  const fakes = fakeActions(checkResultOf());
  const env = environment();
  const pane = mountPane(root, fakes.actions, env);
  return { root, pane, env, ...fakes };
}

const mount = mountWithEnv;

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

/** Exactly as many rows as are listed: none left to count. */
const indicatorChanges: SheetChanges = {
  key: "indicators",
  sheet: "指标汇总",
  rows: Array.from({ length: 8 }, (_, i) => ({
    row: 2 + i,
    cells: [{ col: 3, text: `改${i + 1}` }],
    added: false,
  })),
  legacy: false,
};

/** The pane on 汇总, the refresh answering with the person's writing until they answer. */
async function asked() {
  const mounted = mount();
  const answers: string[] = [];
  mounted.actions.mergeIntoSummary = async (options) => {
    answers.push(`${options.whenChanged}:${options.year ?? ""}`);
    return options.whenChanged === "ask"
      ? { ...merged, unsaved: [summaryChanges(), checksChanges, indicatorChanges] }
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
    expect(sheets).toHaveLength(3);
    const [summary, checks, indicators] = sheets;
    expect($$(indicators, "ul.changes > li")).toHaveLength(8);
    expect($$(indicators, "p.secondary")).toEqual([]);
    // The question is named by its title, for a screen reader.
    const title = document.getElementById(
      $(root, "#merge-question").getAttribute("aria-labelledby")!
    )!;
    expect(title.textContent).toBe("以下内容不是本加载项写的，刷新后将不再保留：");
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

describe("importing other workbooks, as the person watches it", () => {
  it("shows how far it is, each file's outcome in its colour, its name apart, in the pane's language", async () => {
    const { root, actions } = mount();
    const during: { max: number; value: number; label: string | null }[] = [];
    actions.importWorkbooks = async (files, onProgress) => {
      const outcomes = [
        { file: "甲.xlsx", inserted: true, sheets: ["道路养护", "桥梁维修"] },
        {
          file: "乙.xlsx",
          inserted: false,
          sheets: [],
          reason: { zh: "文件中没有绩效目标表", en: "The file holds no form" },
        },
      ];
      outcomes.forEach((outcome, i) => {
        onProgress(i + 1, files.length, outcome);
        const bar = $(root, "#import-progress") as HTMLProgressElement;
        during.push({ max: bar.max, value: bar.value, label: bar.getAttribute("aria-label") });
      });
      return outcomes;
    };
    await press(root, "tab-merge");
    await press(root, "switch-language");
    const picker = $(root, "#import-files") as HTMLInputElement;
    // A file picker, several files at once.
    expect(picker.type).toBe("file");
    expect(picker.multiple).toBe(true);
    expect(picker.accept.split(",")).toContain(".xlsx");
    expect(picker.closest("label.field")!.textContent).toBe("Choose .xlsx files…");
    Object.defineProperty(picker, "files", {
      value: [new File(["PK"], "甲.xlsx"), new File(["PK"], "乙.xlsx")],
    });
    picker.dispatchEvent(new Event("change"));
    for (let i = 0; i < 4; i++) await settle();
    expect(during).toEqual([
      { max: 2, value: 1, label: "Importing 1 of 2…" },
      { max: 2, value: 2, label: "Importing 2 of 2…" },
    ]);
    const items = $$(root, "#import-outcomes > li");
    expect(items.map((li) => [li.className, $(li, ".file").textContent, li.textContent])).toEqual([
      ["ok", "甲.xlsx", "甲.xlsx Imported: 道路养护, 桥梁维修"],
      ["error", "乙.xlsx", "乙.xlsx The file holds no form"],
    ]);
    await press(root, "switch-language");
    expect($$(root, "#import-outcomes > li").map((li) => li.textContent)).toEqual([
      "甲.xlsx 已导入：道路养护、桥梁维修",
      "乙.xlsx 文件中没有绩效目标表",
    ]);
  });

  it("cannot be started again while an import runs", async () => {
    const { root, actions } = mount();
    let finish: () => void = () => undefined;
    actions.importWorkbooks = () =>
      new Promise((resolve) => {
        finish = () => resolve([]);
      });
    await press(root, "tab-merge");
    const picker = $(root, "#import-files") as HTMLInputElement;
    expect(picker.disabled).toBe(false);
    Object.defineProperty(picker, "files", { value: [new File(["PK"], "甲.xlsx")] });
    picker.dispatchEvent(new Event("change"));
    for (let i = 0; i < 3; i++) await settle();
    expect(($(root, "#import-files") as HTMLInputElement).disabled).toBe(true);
    finish();
    for (let i = 0; i < 3; i++) await settle();
    expect(($(root, "#import-files") as HTMLInputElement).disabled).toBe(false);
  });
});

describe("the summary's year field", () => {
  it("is a year from 2000 to 2100, its blank explained, under the tab's hint", async () => {
    const { root } = mount();
    await press(root, "tab-merge");
    const year = $(root, "#merge-year") as HTMLInputElement;
    expect([year.type, year.min, year.max, year.value]).toEqual(["number", "2000", "2100", ""]);
    expect(year.placeholder).toBe("留空：取多数表格的年度");
    expect(year.closest("label.field")!.textContent).toBe("汇总年度");
    expect($(root, ".panel > p.secondary").textContent).toMatch(/^从所有工作表的绩效目标表生成/);
    expect($(root, ".panel > h3").textContent).toBe("导入其他工作簿");
    // Nothing imported yet: the picker is the tab's last part.
    expect($(root, ".panel").lastChild).toBe($(root, "#import-files").closest("label"));
    expect($(root, "#merge").className).toBe("button primary");
  });
});

describe("the insert tab", () => {
  it("inserts for a whole year from 2000 on, else the template's own; a unit of spaces is none", async () => {
    const { root, calls, env } = mountWithEnv();
    await press(root, "tab-insert");
    const type = (id: string, value: string) => {
      const input = $(root, `#${id}`) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event("input"));
    };
    const inserts = () => calls.filter((c) => c.name === "insertTemplate").map((c) => c.args[0]);
    for (const [year, unit] of [
      ["1999", "  某区交通局 "],
      ["2000", "   "],
      ["2025.5", ""],
    ]) {
      type("insert-year", year);
      type("insert-unit", unit);
      await press(root, "insert");
    }
    expect(inserts()).toEqual([
      { year: undefined, unit: "某区交通局" },
      { year: 2000, unit: undefined },
      { year: undefined, unit: undefined },
    ]);
    // What was typed is remembered as typed, for the next insert into this document.
    expect([env.settings.get("year"), env.settings.get("unit")]).toEqual(["2025.5", ""]);
    expect($(root, "#status").textContent).toBe("已插入工作表“2027绩效目标表”，请从 B4 开始填写。");
    const unit = $(root, "#insert-unit") as HTMLInputElement;
    expect([unit.type, unit.placeholder]).toEqual(["text", "例如：某某局"]);
    const year = $(root, "#insert-year") as HTMLInputElement;
    expect([year.type, year.min, year.max]).toEqual(["number", "2000", "2100"]);
    expect(year.closest("label.field")!.textContent).toBe("年度");
    expect(unit.closest("label.field")!.textContent).toBe("填报单位");
    expect($(root, ".panel > p.secondary").textContent).toBe(
      "在新工作表中插入空白表样，不会改动已有的工作表。"
    );
    expect($(root, "#insert").className).toBe("button primary");
  });
});
