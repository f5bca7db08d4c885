import AxeBuilder from "@axe-core/playwright";
import { paneFrame, type Preview } from "../../scripts/preview/browser";
import { previewSession } from "./session";

/*
 * The preview as a person meets it (docs/preview.md): the sample open, the manifest's ribbon, the
 * add-in's own pane beside the grid, nothing fetched from outside, and no serious accessibility
 * problem in the pane.
 */
const session = previewSession();

const SAMPLE_SHEETS = [
  "产业发展研究院工作业务经费",
  "七贤荟日常工作经费及品牌运营服务费",
  "政策课题研究报告费",
  "龙头分园工作业务经费",
  "社会事务补助工作经费",
];

it("opens the sample's five forms, drawn as Excel shows them, beside the add-in's pane", async () => {
  const preview = await session.open();
  const { page, pane } = preview;
  expect(await page.locator(".sheet-tab").allTextContents()).toEqual(SAMPLE_SHEETS);
  expect(await page.locator('.sheet-tab[aria-selected="true"]').textContent()).toBe(
    SAMPLE_SHEETS[0]
  );
  // The title is one cell merged over A1:E1, bold; the amounts show as their format says.
  const title = page.locator('#grid td[data-cell="A1"]');
  expect(await title.textContent()).toBe("本级预算项目绩效目标表");
  expect(await title.getAttribute("colspan")).toBe("5");
  expect(await page.locator('#grid td[data-cell="E6"]').textContent()).toBe("11.46");
  expect(await page.locator('#grid td[data-cell="B4"]').textContent()).toBe(
    "产业发展研究院工作业务经费"
  );
  // Chinese first, in the pane as in the preview around it.
  expect(await pane.locator("#tab-insert").textContent()).toBe("插入");
  expect(await page.locator("html").getAttribute("lang")).toBe("zh-CN");
});

it("has the manifest's ribbon group, whose 打开面板 brings back a closed pane", async () => {
  const preview = await session.open();
  const { page } = preview;
  expect(await page.locator(".ribbon-group-label").textContent()).toBe("绩效目标表");
  expect(await page.locator(".ribbon-button").allTextContents()).toEqual([
    "插入模板",
    "校验全部",
    "汇总",
    "打开面板",
  ]);
  await page.locator("#taskpane-close").click();
  await page.locator(".taskpane").waitFor({ state: "hidden" });
  expect(await page.locator("#taskpane-frame").count()).toBe(0);
  await page.locator("#ribbon-taskpane").click();
  await page.frameLocator("#taskpane-frame").locator("#tab-insert").waitFor();
});

it("switches to English: the ribbon, the grid's labels and the pane", async () => {
  const preview = await session.open();
  const { page } = preview;
  await page.locator("#preview-language").click();
  expect(await page.locator(".ribbon-group-label").textContent()).toBe("Target Forms");
  expect(await page.locator("#ribbon-checkWorkbook").textContent()).toBe("Check All");
  await page
    .frameLocator("#taskpane-frame")
    .locator("#tab-insert", { hasText: "Insert" })
    .waitFor();
  expect(new URL(page.url()).searchParams.get("lang")).toBe("en");
});

/** Serious and critical findings of axe-core on the page (the pane's frame included). */
async function axeProblems(page: Preview["page"]): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

it("passes axe-core with no serious or critical problem, in each of the pane's states", async () => {
  const preview = await session.open();
  const { page, pane } = preview;
  expect(await axeProblems(page)).toEqual([]);
  await pane.locator("#tab-check").click();
  await pane.locator("#check").click();
  await pane.locator("button.finding").first().waitFor();
  expect(await axeProblems(page)).toEqual([]);
  await pane.locator("#tab-merge").click();
  await pane.locator("#merge").click();
  await pane.locator("#status", { hasText: "汇总表" }).waitFor();
  expect(await axeProblems(page)).toEqual([]);
  // Keyboard: the tabs move with the arrow keys and keep the focus.
  await pane.locator("#tab-merge").focus();
  await page.keyboard.press("ArrowLeft");
  expect(await paneFrame(page).evaluate(() => document.activeElement?.id)).toBe("tab-check");
});
