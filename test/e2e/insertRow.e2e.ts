import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { gridCells, typeInto, type Preview } from "../../scripts/preview/browser";
import { previewSession } from "./session";

/*
 * 插入指标行 in the preview, with the pane at 320 px, in Chinese and English: insert the form,
 * fill a row, select a cell of 数量指标, add a row under it, fill it, check. Screenshots go to
 * out/journeys/ for a person to look at.
 */
const session = previewSession();
const SHOTS = join(__dirname, "../../out/journeys");
mkdirSync(SHOTS, { recursive: true });

const LANGS = [
  { lang: "zh", query: "", inserted: "已在“数量指标”下插入一行，请从 C14 开始填写三级指标。" },
  {
    lang: "en",
    query: "?lang=en",
    inserted: 'Added a row under "数量指标"; type its indicator in C14.',
  },
] as const;

async function narrowPane(preview: Preview): Promise<void> {
  await preview.page.evaluate(() => {
    for (const pane of document.querySelectorAll<HTMLElement>(".taskpane"))
      pane.style.width = "320px";
  });
}

const status = (preview: Preview, text: string | RegExp) =>
  preview.pane.locator("#status", { hasText: text }).waitFor({ timeout: 60_000 });
const valueOf = (cells: Record<string, string>, address: string) =>
  (cells[address] ?? "").split("|")[0];

describe.each(LANGS)("插入指标行 in $lang", ({ lang, query, inserted }) => {
  it("adds a row under the selected 二级, which reads back and is checked like the others", async () => {
    const preview = await session.open({ query });
    await narrowPane(preview);
    const { page, pane } = preview;
    await pane.locator("#tab-insert").click();
    await pane.locator("#insert-row").waitFor();
    await pane.locator("#insert-year").fill("2025");
    await pane.locator("#insert").click();
    await status(preview, "2025");
    await typeInto(page, "C12", "养护里程");
    await typeInto(page, "E12", "≥120公里");
    await typeInto(page, "C14", "路面合格率");
    await typeInto(page, "E14", "≥95%");
    await page.locator('#grid td[data-cell="C13"]').click();
    await pane.locator("#row-refresh").click();
    await pane.locator("#insert-row:not([disabled])").waitFor();
    expect(await pane.locator("#row-block").inputValue()).toBe("0");
    await pane.locator("#insert-row").click();
    await status(preview, inserted);
    await typeInto(page, "C14", "新增里程");
    await typeInto(page, "E14", "≥10公里");
    const cells = await gridCells(page);
    expect(["A14", "B14", "C14", "E14"].map((a) => valueOf(cells, a))).toEqual([
      "产出指标",
      "数量指标",
      "新增里程",
      "≥10公里",
    ]);
    // The 质量指标 row moved down with what was typed in it.
    expect(["B15", "C15", "E15"].map((a) => valueOf(cells, a))).toEqual([
      "质量指标",
      "路面合格率",
      "≥95%",
    ]);
    await preview.page.screenshot({ path: join(SHOTS, `insert-row-${lang}.png`) });
    await pane.locator("#tab-check").click();
    await pane.locator("#scope-sheet").check();
    await pane.locator("#check").click();
    await status(preview, lang === "zh" ? /1 张表/ : /1 form/);
    const findings = (await pane.locator("#findings, .findings").first().textContent()) ?? "";
    // The new row is a checked indicator: no finding calls it empty or misplaced.
    expect(findings).not.toMatch(/C14.*(空行|empty)/);
    await preview.page.screenshot({ path: join(SHOTS, `insert-row-${lang}-checked.png`) });
  });

  it("shows the template's input prompts on its cells, on an inserted row, and again after check and clear", async () => {
    const preview = await session.open({ query });
    await narrowPane(preview);
    const { page, pane } = preview;
    const promptOn = async (address: string) => {
      await page.locator(`#grid td[data-cell="${address}"]`).click();
      const prompt = page.locator("#cell-prompt");
      return (await prompt.isVisible()) ? ((await prompt.textContent()) ?? "") : "";
    };
    await pane.locator("#tab-insert").click();
    await pane.locator("#insert-year").fill("2025");
    await pane.locator("#insert").click();
    await status(preview, "2025");
    expect(await promptOn("E12")).toContain("≥95%");
    expect(await promptOn("C6")).toContain("万元");
    await typeInto(page, "E12", ">=120公里");
    await page.locator('#grid td[data-cell="C13"]').click();
    await pane.locator("#row-refresh").click();
    await pane.locator("#insert-row:not([disabled])").click();
    await status(preview, inserted);
    expect(await promptOn("E14")).toContain("≥95%");
    await pane.locator("#tab-check").click();
    await pane.locator("#scope-sheet").check();
    await pane.locator("#check").click();
    await status(preview, lang === "zh" ? /1 张表/ : /1 form/);
    await pane.locator("#more-actions").click();
    await pane.locator("#clear-marks").click();
    await page.waitForFunction(() => !document.querySelector("#grid td[data-mark]"));
    expect(await promptOn("E12")).toContain("≥95%");
    await preview.page.screenshot({ path: join(SHOTS, `template-prompt-${lang}.png`) });
  });
});

/*
 * The row goes under the 二级 of the cell the person clicked, on both hosts: in the WPS preview a
 * click in the grid must move WPS's ActiveCell, which the add-in reads (docs/preview.md).
 */
describe.each([
  { host: "Excel", query: "" },
  { host: "WPS", query: "?host=wps" },
])("插入指标行 over $host", ({ host, query }) => {
  it("offers and fills the 二级 of the cell clicked in the sample's first form", async () => {
    const preview = await session.open({ query });
    const { page, pane } = preview;
    // Row 17 of the sample's first form is its one 可持续影响指标 (the third 二级 block).
    await page.locator('#grid td[data-cell="C17"]').click();
    await pane.locator("#tab-insert").click();
    await pane.locator("#insert-row:not([disabled])").waitFor();
    expect(await pane.locator("#row-block").inputValue()).toBe("2");
    await pane.locator("#insert-row").click();
    await status(preview, "已在“可持续影响指标”下插入一行，请从 C18 开始填写三级指标。");
    const cells = await gridCells(page);
    expect(["A18", "B18"].map((a) => valueOf(cells, a))).toEqual(["效益指标", "可持续影响指标"]);
    expect(valueOf(cells, "C19")).toBe("龙头分园工作人员对日常运转保障满意度");
    await page.screenshot({ path: join(SHOTS, `insert-row-clicked-${host}.png`) });
  });
});
