import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { newWorkbook, workbookBytes } from "../../src/files/xlsxWrite";
import { formPlan, readSheet } from "../../src/form";
import type { SheetPlan } from "../../src/form/plan";
import { templatePlan } from "../../src/form/templatePlan";
import { gridCells, typeInto, type Preview } from "../../scripts/preview/browser";
import { gridFromText } from "../support/sampleGrid";
import { previewSession } from "./session";

/*
 * Whole days with the add-in, through the preview with the pane at 320 px, in Chinese and English:
 * a clerk's day on one form, and a finance office's afternoon over twenty workbooks. Screenshots
 * go to out/journeys/ for a person to look at.
 */
const session = previewSession();
const SHOTS = join(__dirname, "../../out/journeys");
mkdirSync(SHOTS, { recursive: true });

const LANGS = [
  {
    lang: "zh",
    query: "",
    done: "导入完成：20 个文件中 20 个已导入",
    skipped: "另有 3 张汇总表未校验",
  },
  {
    lang: "en",
    query: "?lang=en",
    done: "Import finished: 20 of 20 file(s) imported",
    skipped: "3 summary sheet(s) not checked",
  },
] as const;

async function narrowPane(preview: Preview): Promise<void> {
  // Through the CSSOM: the page's Content-Security-Policy refuses a style tag.
  await preview.page.evaluate(() => {
    for (const pane of document.querySelectorAll<HTMLElement>(".taskpane"))
      pane.style.width = "320px";
  });
}

const cell = (page: Preview["page"], address: string) =>
  page.locator(`#grid td[data-cell="${address}"]`);
const status = (preview: Preview, text: string | RegExp) =>
  preview.pane.locator("#status", { hasText: text }).waitFor({ timeout: 60_000 });
const shot = (preview: Preview, name: string) =>
  preview.page.screenshot({ path: join(SHOTS, `${name}.png`) });

describe.each(LANGS)("in $lang", ({ lang, query, done, skipped }) => {
  it("a clerk's day: insert, fill, check, fix, add a row, check, clear back to the exact grid", async () => {
    const preview = await session.open({ query });
    await narrowPane(preview);
    const { page, pane } = preview;
    await pane.locator("#tab-insert").click();
    await pane.locator("#insert-year").fill("2025");
    await pane.locator("#insert").click();
    await status(preview, "2025");
    const typed: [string, string][] = [
      ["B4", "道路养护"],
      ["E4", "2025年1月至12月"],
      ["B5", "交通局"],
      ["E5", "公路站"],
      ["C6", "12.5"],
      ["E6", "12.5"],
      ["C7", "12.5"],
      ["E7", "12.5"],
      ["B10", "完成道路养护"],
      ["D10", "完成道路养护"],
      ["C12", "养护里程"],
      ["E12", ">=120公里"],
    ];
    for (const [address, text] of typed) await typeInto(page, address, text);
    const neverChecked = await gridCells(page);
    await pane.locator("#tab-check").click();
    await pane.locator("#scope-sheet").check();
    await pane.locator("#check").click();
    await status(preview, lang === "zh" ? /1 张表/ : /1 form/);
    await shot(preview, `clerk-${lang}-checked`);
    await pane.locator("#apply-fixes").click();
    await pane.locator("#confirm-fixes").click();
    await cell(page, "E12").filter({ hasText: "≥120公里" }).waitFor();
    // A row typed below the template's indicator rows, with its own 二级.
    await typeInto(page, "B20", "质量指标");
    await typeInto(page, "C20", "路面合格率");
    await typeInto(page, "E20", "≥95%");
    await pane.locator("#check").click();
    await status(preview, lang === "zh" ? /1 张表/ : /1 form/);
    await shot(preview, `clerk-${lang}-rechecked`);
    await pane.locator("#more-actions").click();
    await pane.locator("#clear-marks").click();
    await page.waitForFunction(
      () => !document.querySelector("#grid td[data-mark], #grid td.has-comment")
    );
    // Exactly the grid of a clerk who made the same edits and never checked.
    // (The grid draws a few more empty rows below the new row: only the cells drawn before count.)
    const all = await gridCells(page);
    const cleared = Object.fromEntries(
      Object.entries(all).filter(([k]) => k in neverChecked || /^[BCE]20$/.test(k))
    );
    expect(cleared).toEqual({
      ...neverChecked,
      E12: neverChecked.E12.replace(">=120公里", "≥120公里"),
      B20: cleared.B20,
      C20: cleared.C20,
      E20: cleared.E20,
    });
    expect([cleared.B20, cleared.C20, cleared.E20].map((c) => c.split("|")[0])).toEqual([
      "质量指标",
      "路面合格率",
      "≥95%",
    ]);
    await shot(preview, `clerk-${lang}-cleared`);
  });

  it("a finance office's afternoon: import 20 workbooks, check, merge, check again, export", async () => {
    const preview = await session.open({ query });
    await narrowPane(preview);
    const { page, pane } = preview;
    await pane.locator("#tab-merge").click();
    await pane.locator("#import-files").setInputFiles(await twentyWorkbooks());
    await status(preview, done);
    expect(await pane.locator("#import-outcomes li.ok").count()).toBe(20);
    await shot(preview, `office-${lang}-imported`);
    await pane.locator("#tab-check").click();
    await pane.locator("#check").click();
    await status(preview, lang === "zh" ? /张表/ : /form/);
    const first = await pane.locator("#status").textContent();
    await pane.locator("#tab-merge").click();
    await pane.locator("#merge").click();
    await status(preview, lang === "zh" ? "汇总表" : /Built/);
    await shot(preview, `office-${lang}-merged`);
    await pane.locator("#tab-check").click();
    await pane.locator("#check").click();
    await status(preview, skipped);
    // The same counts as before the summary existed, and the summaries said to be left out.
    expect((await pane.locator("#status").textContent())!.startsWith(first!.trim())).toBe(true);
    expect(await page.locator(".sheet-tab", { hasText: "汇总表" }).count()).toBe(1);
    await shot(preview, `office-${lang}-rechecked`);
    const download = page.waitForEvent("download");
    await pane.locator("#more-actions").click();
    await pane.locator("#export-json").click();
    const report = JSON.parse(readFileSync(await (await download).path(), "utf8"));
    expect(report.summary.forms).toBeGreaterThanOrEqual(20);
  }, 240_000);
});

/** Eighteen filled forms of 2025 from other units, one blank template, one form of 2023. */
async function twentyWorkbooks() {
  const sample = readFileSync(
    join(__dirname, "../../examples/2023-unit-performance-targets.txt"),
    "utf8"
  );
  const forms = readSheet(gridFromText(sample, "样例")).forms;
  const plans: [string, SheetPlan][] = [];
  for (let i = 0; i < 18; i++) {
    const record = { ...forms[i % forms.length].record, year: 2025, name: `项目${i + 1}` };
    plans.push([`单位${i + 1}.xlsx`, formPlan(record, { sheet: "绩效目标表" })]);
  }
  plans.push(["空白.xlsx", templatePlan({ year: 2025, sheet: "绩效目标表" })]);
  plans.push([
    "去年.xlsx",
    formPlan({ ...forms[0].record, name: "去年的项目" }, { sheet: "绩效目标表" }),
  ]);
  return Promise.all(
    plans.map(async ([name, plan]) => ({
      name,
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: Buffer.from(await workbookBytes(newWorkbook([plan]))),
    }))
  );
}
