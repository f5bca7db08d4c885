/**
 * @jest-environment jsdom
 */
import type { IndicatorRowTarget } from "../../src/excel";
import { WpsError } from "../../src/wps/errors";
import { mountPane } from "../../src/taskpane/app";
import { environment, fakeActions, settle } from "./fakes";

/** 插入指标行 in the pane: on the 插入 tab, for the form under the selection. */

const TARGET: IndicatorRowTarget = {
  sheet: "2024绩效目标表",
  blocks: [
    { level1: "产出指标", level2: "数量指标", firstRow: 11, lastRow: 12 },
    { level1: "产出指标", level2: "质量指标", firstRow: 13, lastRow: 13 },
    { level1: "满意度指标", level2: "<b>服务对象满意度指标</b>", firstRow: 18, lastRow: 18 },
  ],
  selected: 1,
};

function mount(target: IndicatorRowTarget | null) {
  document.body.innerHTML = "";
  const root = document.createElement("main");
  document.body.appendChild(root);
  const fakes = fakeActions(undefined, [], { current: target });
  const pane = mountPane(root, fakes.actions, environment());
  return { root, pane, ...fakes };
}

const $ = <T extends HTMLElement>(root: HTMLElement, selector: string) =>
  root.querySelector<T>(selector)!;

async function click(root: HTMLElement, selector: string) {
  $(root, selector).click();
  await settle();
}

describe("插入指标行 in the pane", () => {
  it("offers the selected form's 二级 blocks, the selection's chosen, in Chinese then English", async () => {
    const { root } = mount(TARGET);
    await click(root, "#tab-insert");
    expect($(root, "#row-title").textContent).toBe("插入指标行");
    // The section is named by its heading, as a screen reader lists it.
    expect($(root, 'section[aria-labelledby="row-title"]').contains($(root, "#row-title"))).toBe(
      true
    );
    const insert = $<HTMLButtonElement>(root, "#insert-row");
    expect(insert.textContent).toBe("插入指标行");
    expect(insert.disabled).toBe(false);
    const select = $<HTMLSelectElement>(root, "#row-block");
    expect([...select.options].map((o) => o.textContent)).toEqual([
      "产出指标 / 数量指标（第 12–13 行）",
      "产出指标 / 质量指标（第 14–14 行）",
      "满意度指标 / <b>服务对象满意度指标</b>（第 19–19 行）",
    ]);
    // Text from cells stays text.
    expect(root.querySelector("#row-block b")).toBeNull();
    expect(select.value).toBe("1");
    await click(root, "#switch-language");
    expect($(root, "#insert-row").textContent).toBe("Insert indicator row");
    expect($(root, "#row-title").textContent).toBe("Insert an indicator row");
    expect($<HTMLSelectElement>(root, "#row-block").options[0].textContent).toBe(
      "产出指标 / 数量指标 (rows 12–13)"
    );
  });

  it("inserts under the chosen block's last row, says where to type, and reads the target again", async () => {
    const { root, calls } = mount(TARGET);
    await click(root, "#tab-insert");
    const select = $<HTMLSelectElement>(root, "#row-block");
    select.value = "0";
    select.dispatchEvent(new Event("change"));
    await click(root, "#insert-row");
    const names = calls.map((c) => c.name);
    expect(calls.find((c) => c.name === "insertIndicatorRow")!.args).toEqual([
      "2024绩效目标表",
      12,
    ]);
    expect(names.slice(names.indexOf("insertIndicatorRow"))).toEqual([
      "insertIndicatorRow",
      "indicatorRowTarget",
    ]);
    expect($(root, "#status").textContent).toBe(
      "已在“数量指标”下插入一行，请从 C14 开始填写三级指标。"
    );
  });

  it("is disabled, saying why, when the selection is in no form", async () => {
    const { root, calls } = mount(null);
    await click(root, "#tab-insert");
    expect($<HTMLButtonElement>(root, "#insert-row").disabled).toBe(true);
    expect($<HTMLSelectElement>(root, "#row-block").disabled).toBe(true);
    // No block to choose from, not even an empty one.
    expect($<HTMLSelectElement>(root, "#row-block").options).toHaveLength(0);
    expect($(root, "#row-note").textContent).toBe(
      "请先选中绩效目标表中某个指标行的单元格，再插入指标行。"
    );
    await click(root, "#insert-row");
    expect(calls.some((c) => c.name === "insertIndicatorRow")).toBe(false);
    await click(root, "#switch-language");
    expect($(root, "#row-note").textContent).toBe(
      "Select a cell in an indicator row of a form first, then insert a row."
    );
  });

  it("follows the selection: 按当前选中单元格 reads the target again and enables the button", async () => {
    const { root, rowTarget } = mount(null);
    await click(root, "#tab-insert");
    expect($<HTMLButtonElement>(root, "#insert-row").disabled).toBe(true);
    rowTarget.current = TARGET;
    await click(root, "#row-refresh");
    expect($<HTMLButtonElement>(root, "#insert-row").disabled).toBe(false);
    expect(root.querySelector("#row-note")).toBeNull();
  });

  it("shows a host's error in the person's language, the button disabled", async () => {
    const { root, actions } = mount(TARGET);
    actions.indicatorRowTarget = async () => {
      throw new WpsError("工作表“表”不存在。", 'The sheet "表" does not exist.');
    };
    await click(root, "#tab-insert");
    expect($(root, "#row-note").textContent).toBe("工作表“表”不存在。");
    expect($<HTMLButtonElement>(root, "#insert-row").disabled).toBe(true);
  });
});
