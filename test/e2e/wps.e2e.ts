import { join } from "node:path";
import { gridCells, type Preview } from "../../scripts/preview/browser";
import { fillTrainingForm } from "./clerk";
import { previewSession } from "./session";

/*
 * The preview over WPS 表格 (?host=wps, docs/preview.md): the WPS build of the pane works on the
 * fake WPS object model the tests use, through window.Application, and the grid draws it. A short
 * day: insert, fill, check, see the marks, fix, undo, clear back to what was typed.
 */
const session = previewSession();
const SHOTS = join(__dirname, "../../out/e2e");

const cell = (page: Preview["page"], address: string) =>
  page.locator(`#grid td[data-cell="${address}"]`);
const status = (preview: Preview, text: string | RegExp) =>
  preview.pane.locator("#status", { hasText: text }).waitFor();

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

it("switches the preview to WPS 表格 and back from its host picker", async () => {
  const preview = await session.open();
  const { page } = preview;
  expect(await page.locator("#preview-host").inputValue()).toBe("excel");
  await page.locator("#preview-host").selectOption("wps");
  await page.waitForURL(/host=wps/);
  await page.waitForSelector("html[data-preview-ready]");
  expect(await page.locator(".titlebar h1").textContent()).toMatch(/WPS 表格预览$/);
  expect(await page.locator("#excel-version").isHidden()).toBe(true);
  await page.frameLocator("#taskpane-frame").locator("#tab-insert").waitFor();
  // Five forms, as over Excel: the same sample laid out by the WPS host's own plan applier.
  expect(await page.locator(".sheet-tab").count()).toBe(5);
  expect(await cell(page, "A1").textContent()).toBe("本级预算项目绩效目标表");
});

it("inserts, fills, checks, marks, fixes, undoes and clears over WPS 表格", async () => {
  const preview = await session.open({
    query: "?host=wps",
    viewport: { width: 1280, height: 860 },
  });
  const { page, pane } = preview;
  await pane.locator("#first-run-dismiss").click();
  await pane.locator("#tab-insert").click();
  await pane.locator("#insert-year").fill("2025");
  await pane.locator("#insert").click();
  await status(preview, "2025绩效目标表");
  await page.locator('.sheet-tab[aria-selected="true"]', { hasText: "2025绩效目标表" }).waitFor();
  await fillTrainingForm(page, 2025);
  await cell(page, "E12").filter({ hasText: ">=5次" }).waitFor();
  const before = await gridCells(page);

  await pane.locator("#tab-check").click();
  await pane.locator("#scope-sheet").check();
  await pane.locator("#check").click();
  await status(preview, /1 张表/);
  // WPS's marks: our tagged conditional format (drawn as the mark) and a comment.
  await cell(page, "E12").and(page.locator("[data-mark=warning]")).waitFor();
  expect(await page.locator("#grid td[data-mark]").count()).toBeGreaterThan(1);
  expect(await page.locator("#grid td.has-comment").count()).toBeGreaterThan(0);
  await pane.locator("button.finding", { hasText: "E12" }).first().click();
  await page.locator("#name-box", { hasText: /^E12$/ }).waitFor();
  // E12 sits near the pane: its comment and its input prompt both move left, and must not overlap.
  const note = await page.locator("#cell-note").boundingBox();
  const prompt = await page.locator("#cell-prompt").boundingBox();
  expect(note && prompt).toBeTruthy();
  if (note && prompt) expect(overlap(note, prompt)).toBe(false);
  await page.screenshot({ path: join(SHOTS, "wps-checked.png") });

  await pane.locator("#apply-fixes").click();
  await pane.locator("#confirm-fixes").click();
  await status(preview, "已修正 1 处单元格。");
  await cell(page, "E12").filter({ hasText: "≥5次" }).waitFor();
  // 撤销修正 from the record in the WPS workbook.
  await pane.locator("#undo-fixes").click();
  await cell(page, "E12").filter({ hasText: ">=5次" }).waitFor();

  await pane.locator("#more-actions").click();
  await pane.locator("#clear-marks").click();
  await status(preview, /清除/);
  await page.waitForFunction(
    () => !document.querySelector("#grid td[data-mark], #grid td.has-comment")
  );
  expect(await gridCells(page)).toEqual(before);
  await page.screenshot({ path: join(SHOTS, "wps-cleared.png") });
});
