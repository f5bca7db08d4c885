import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { typeInto, type Preview } from "../../scripts/preview/browser";
import { previewSession } from "./session";

/*
 * A refresh of the summary in the preview (docs/addin.md, "Summary"), with the pane at 320 px:
 * sign the summary, write a note under it, refresh: the pane asks, 取消 changes nothing, keeping
 * the old one renames it and carries the signature. Screenshots go to out/journeys/.
 */
const session = previewSession();
const SHOTS = join(__dirname, "../../out/journeys");
mkdirSync(SHOTS, { recursive: true });

const LANGS = [
  {
    lang: "zh",
    query: "",
    built: "已生成“汇总表”，共 5 个项目。",
    asked: "“汇总表”：1 行",
    row: "第 14 行：A14 备注：<b>第二项待复核</b>",
    cancelled: "已取消，工作簿未改动。",
    kept: "已保留为“汇总表（旧）”",
  },
  {
    lang: "en",
    query: "?lang=en",
    built: 'Built "汇总表" from 5 project(s).',
    asked: "\u201c汇总表\u201d: 1 row(s)",
    row: "Row 14: A14 备注：<b>第二项待复核</b>",
    cancelled: "Cancelled; the workbook is unchanged.",
    kept: 'kept as "汇总表（旧）"',
  },
] as const;

const cell = (page: Preview["page"], address: string) =>
  page.locator(`#grid td[data-cell="${address}"]`);
const status = (preview: Preview, text: string) =>
  preview.pane.locator("#status", { hasText: text }).waitFor({ timeout: 60_000 });

describe.each(LANGS)("a refreshed summary in $lang", (words) => {
  it("asks before it would lose a note, and carries the signature into the new one", async () => {
    const preview = await session.open({ query: words.query });
    const { page, pane } = preview;
    await page.evaluate(() => {
      for (const p of document.querySelectorAll<HTMLElement>(".taskpane")) p.style.width = "320px";
    });
    await pane.locator("#tab-merge").click();
    await pane.locator("#merge").click();
    await status(preview, words.built);
    // Five projects: title, unit, header, the five, 合计, two blank rows, then the signatures.
    expect(await cell(page, "A12").textContent()).toBe("单位负责人：");
    await typeInto(page, "A12", "单位负责人：张三");
    await typeInto(page, "A14", "备注：<b>第二项待复核</b>");

    await pane.locator("#merge").click();
    const question = pane.locator("#merge-question");
    await question.waitFor();
    const text = (await question.textContent()) ?? "";
    expect(text).toContain(words.asked);
    expect(text).toContain(words.row);
    expect(await question.locator("b").count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, `keep-summary-${words.lang}.png`) });

    await pane.locator("#merge-cancel").click();
    await status(preview, words.cancelled);
    expect(await cell(page, "A14").textContent()).toBe("备注：<b>第二项待复核</b>");

    await pane.locator("#merge").click();
    await pane.locator("#merge-keep").click();
    await status(preview, words.kept);
    await page.locator(".sheet-tab", { hasText: "汇总表（旧）" }).waitFor();
    await page.locator('.sheet-tab[aria-selected="true"]', { hasText: /^汇总表$/ }).waitFor();
    expect(await cell(page, "A12").textContent()).toBe("单位负责人：张三");
    expect(await cell(page, "A14").textContent()).toBe("");
    await page.screenshot({ path: join(SHOTS, `keep-summary-${words.lang}-kept.png`) });
  });
});
