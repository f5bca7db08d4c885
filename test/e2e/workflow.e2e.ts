import { readFileSync } from "node:fs";
import { join } from "node:path";
import { newWorkbook, workbookBytes } from "../../src/files/xlsxWrite";
import { sampleSheets } from "../../src/preview/sample";
import { gridCells, paneFrame, typeInto, type Preview } from "../../scripts/preview/browser";
import { fillTrainingForm } from "./clerk";
import { previewSession } from "./session";

/*
 * What a person does with the add-in, through the preview: the real pane and ribbon commands over
 * the emulated workbook, seen in the grid (docs/preview.md).
 */
const session = previewSession();

const cell = (page: Preview["page"], address: string) =>
  page.locator(`#grid td[data-cell="${address}"]`);
const status = (preview: Preview, text: string | RegExp) =>
  preview.pane.locator("#status", { hasText: text }).waitFor();

it("inserts a form, fills it in the grid, checks, fixes and clears it back to what it was", async () => {
  const preview = await session.open();
  const { page, pane } = preview;
  await pane.locator("#tab-insert").click();
  await pane.locator("#insert-year").fill("2024");
  await pane.locator("#insert-unit").fill("测试单位");
  await pane.locator("#insert").click();
  await status(preview, "2024绩效目标表");
  await page.locator('.sheet-tab[aria-selected="true"]', { hasText: "2024绩效目标表" }).waitFor();
  expect(await page.locator("#name-box").textContent()).toBe("B4");
  expect(await cell(page, "A2").textContent()).toBe("(2024年度)");

  await fillTrainingForm(page, 2024);
  expect(await cell(page, "E6").textContent()).toBe("10.00");
  expect(await cell(page, "E12").textContent()).toBe(">=5次");
  const before = await gridCells(page);

  await pane.locator("#tab-check").click();
  await pane.locator("#scope-sheet").check();
  await pane.locator("#check").click();
  await status(preview, /1 张表/);
  // The marks are the add-in's conditional formats, drawn over the cells.
  await cell(page, "E12").and(page.locator("[data-mark=warning]")).waitFor();
  expect(await page.locator("#grid td[data-mark]").count()).toBeGreaterThan(1);

  const finding = pane.locator("button.finding", { hasText: "E12" });
  await finding.first().click();
  await page.locator("#name-box", { hasText: /^E12$/ }).waitFor();
  expect(await cell(page, "E12").getAttribute("class")).toContain("active");

  await pane.locator("#apply-fixes").click();
  await pane.locator("#confirm-fixes").click();
  await status(preview, "已修正 1 处单元格。");
  await cell(page, "E12").filter({ hasText: "≥5次" }).waitFor();
  expect(await pane.locator("button.finding", { hasText: "E12" }).count()).toBe(0);

  await pane.locator("#more-actions").click();
  await pane.locator("#clear-marks").click();
  await status(preview, /清除/);
  await page.waitForFunction(
    () => !document.querySelector("#grid td[data-mark], #grid td.has-comment")
  );
  const after = await gridCells(page);
  expect(after).toEqual({ ...before, E12: before.E12.replace(">=5次", "≥5次") });
});

it("re-checks the form being edited as the person types (live check)", async () => {
  const preview = await session.open();
  const { page, pane } = preview;
  await pane.locator("#tab-check").click();
  await pane.locator("#live-check").check();
  await typeInto(page, "E13", "90%");
  await pane.locator("button.finding", { hasText: "E13" }).first().waitFor();
  await cell(page, "E13").and(page.locator("[data-mark]")).waitFor();
});

it("marks the sample's findings, shows each message on its cell, and clears to exactly the grid before", async () => {
  const preview = await session.open();
  const { page, pane } = preview;
  const sheets = await page.locator(".sheet-tab").allTextContents();
  const before: Record<string, Record<string, string>> = {};
  for (const sheet of sheets) {
    await page.locator(".sheet-tab", { hasText: sheet }).click();
    before[sheet] = await gridCells(page);
  }
  await pane.locator("#tab-check").click();
  await pane.locator("#check").click();
  await status(preview, "5 张表：3 个错误，7 个警告，5 个提示。");
  const fifth = sheets[4];
  await page.locator(".sheet-tab", { hasText: fifth }).click();
  expect(await page.locator("#grid td[data-mark=error]").count()).toBe(3);
  await cell(page, "B16").hover();
  const note = page.locator("#cell-note");
  await note.waitFor();
  expect(await note.textContent()).toContain("不属于一级指标“产出指标”");

  await pane.locator("#more-actions").click();
  await pane.locator("#clear-marks").click();
  await status(preview, /清除/);
  for (const sheet of sheets) {
    await page.locator(".sheet-tab", { hasText: sheet }).click();
    expect(await gridCells(page)).toEqual(before[sheet]);
  }
});

it("merges the forms into the unit summary", async () => {
  const preview = await session.open();
  const { page, pane } = preview;
  await pane.locator("#tab-merge").click();
  await pane.locator("#merge").click();
  await status(preview, "已生成“汇总表”，共 5 个项目。");
  await page.locator('.sheet-tab[aria-selected="true"]', { hasText: "汇总表" }).waitFor();
  expect(await cell(page, "A1").textContent()).toBe("2023年项目支出绩效目标汇总表");
  expect(await cell(page, "B8").textContent()).toBe("社会事务补助工作经费");
  // The source sheet is a link: following it opens the form.
  const link = page.locator("#grid td.link").first();
  const target = await link.textContent();
  await link.click();
  await page.locator('.sheet-tab[aria-selected="true"]', { hasText: target! }).waitFor();
});

it("imports workbooks picked in the pane, a form and a file that is not one, with an outcome each", async () => {
  const preview = await session.open();
  const { page, pane } = preview;
  const sample = readFileSync(
    join(__dirname, "../../examples/2023-unit-performance-targets.txt"),
    "utf8"
  );
  const form = { ...sampleSheets(sample)[2], sheet: "导入的表" };
  const good = Buffer.from(await workbookBytes(newWorkbook([form])));
  await pane.locator("#tab-merge").click();
  await pane.locator("#import-files").setInputFiles([
    {
      name: "下属单位.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: good,
    },
    {
      name: "坏文件.xlsx",
      mimeType: "application/octet-stream",
      buffer: Buffer.from("这不是工作簿"),
    },
  ]);
  await pane.locator("#import-outcomes li.error").waitFor();
  await pane.locator("#import-outcomes li.ok", { hasText: "下属单位.xlsx" }).waitFor();
  expect(await pane.locator("#import-outcomes li.error").textContent()).toContain("坏文件.xlsx");
  expect(await pane.locator("#import-progress").getAttribute("value")).toBe("2");
  await status(preview, "导入完成：2 个文件中 1 个已导入");
  // Named after its project (the sample has a sheet of that name already), not "导入的表".
  await page.locator('.sheet-tab[data-sheet="政策课题研究报告费 (2)"]').click();
  expect(await cell(page, "B4").textContent()).toBe("政策课题研究报告费");
});

it("runs each ribbon command and shows its outcome in a dialog", async () => {
  const preview = await session.open();
  const { page } = preview;
  const dialog = page.locator(".dialog");
  await page.locator("#ribbon-checkWorkbook").click();
  await dialog.waitFor();
  expect(await page.locator("#dialog-message").textContent()).toContain(
    "5 张表：3 个错误，7 个警告，5 个提示。"
  );
  await page.keyboard.press("Escape");
  await dialog.waitFor({ state: "detached" });
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("ribbon-checkWorkbook");
  expect(await page.locator("#grid td[data-mark]").count()).toBeGreaterThan(0);

  await page.locator("#ribbon-mergeSummary").click();
  await page.locator("#dialog-message", { hasText: "已生成“汇总表”，共 5 个项目。" }).waitFor();
  await page.locator("#dialog-close").click();
  await dialog.waitFor({ state: "detached" });

  await page.locator("#ribbon-insertTemplate").click();
  await page.locator("#dialog-message", { hasText: /已插入工作表“\d{4}绩效目标表”/ }).waitFor();
  await page.locator("#dialog-close").click();
  await page.locator('.sheet-tab[aria-selected="true"]', { hasText: /\d{4}绩效目标表/ }).waitFor();
});

it("shows markup and script typed into cells as text, in the grid and in the pane", async () => {
  const preview = await session.open();
  const { page, pane } = preview;
  const image = `<img src=x onerror="top.__injected=1">`;
  const script = `<script>top.__injected=2</script>`;
  await typeInto(page, "B4", image);
  await typeInto(page, "C12", script);
  await typeInto(page, "C13", script);
  expect(await cell(page, "B4").textContent()).toBe(image);
  await pane.locator("#tab-check").click();
  await pane.locator("#check").click();
  await pane.locator(".finding-group h3", { hasText: image }).waitFor();
  expect(await pane.locator("button.finding", { hasText: script }).count()).toBeGreaterThan(0);
  await pane.locator("#tab-merge").click();
  await pane.locator("#merge").click();
  await status(preview, "汇总表");
  expect(await cell(page, "B4").textContent()).toBe(image);
  for (const frame of [page.mainFrame(), paneFrame(page)])
    expect(
      await frame.evaluate(
        () => document.querySelectorAll("#grid img, #app img, script:not([src])").length
      )
    ).toBe(0);
  expect(
    await page.evaluate(() => (window as unknown as { __injected?: number }).__injected)
  ).toBeUndefined();
});

it("runs on Excel 2019's ExcelApi 1.8: marks carry their message as the cell's input prompt", async () => {
  const preview = await session.open({ query: "?excel=1.8" });
  const { page, pane } = preview;
  await pane.locator("#tab-check").click();
  await pane.locator("#check").click();
  await status(preview, "5 张表");
  await page.locator(".sheet-tab").nth(4).click();
  await cell(page, "E12").click();
  const prompt = page.locator("#cell-prompt");
  await prompt.waitFor();
  expect(await prompt.textContent()).toContain("绩效目标表校验");
  expect(await page.locator("#grid td.has-comment").count()).toBe(0);
});
