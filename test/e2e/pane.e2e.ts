import AxeBuilder from "@axe-core/playwright";
import { paneFrame, type Preview } from "../../scripts/preview/browser";
import { previewSession } from "./session";

/*
 * The pane as a clerk meets it in Excel's narrow pane (docs/preview.md): at 320 px the first
 * finding shows without scrolling; filters, fix one, undo after the pane reloads, 提交前检查, the
 * first-run card, the keyboard, and axe-core in light, dark and high-contrast themes.
 */
const session = previewSession();

const status = (preview: Preview, text: string | RegExp) =>
  preview.pane.locator("#status", { hasText: text }).waitFor();

/** Serious and critical findings of axe-core on the pane's page. */
async function axeProblems(page: Preview["page"]): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include("#taskpane-frame").analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

async function checkSheet(preview: Preview) {
  await preview.pane.locator("#tab-check").click();
  await preview.pane.locator("#check").click();
  await preview.pane.locator("button.finding").first().waitFor();
}

it("opens at 320 px with the title once and the first finding visible without scrolling; offers 270, 350 and 450", async () => {
  const preview = await session.open({ viewport: { width: 1280, height: 720 } });
  const { page, pane } = preview;
  const paneWidth = () =>
    page.locator("#taskpane-frame").evaluate((e) => e.getBoundingClientRect().width);
  expect(await paneWidth()).toBe(320);
  expect(await page.locator("#taskpane-width option").allTextContents()).toEqual([
    "270 px",
    "320 px",
    "350 px",
    "450 px",
  ]);
  await checkSheet(preview);
  // The name is in the pane's title bar; inside the pane it is only for screen readers.
  expect(await pane.locator("#pane-title").isVisible()).toBe(true);
  const frame = paneFrame(page);
  const place = await frame.evaluate(() => {
    const first = document.querySelector("button.finding")!.getBoundingClientRect();
    const title = document.getElementById("pane-title")!.getBoundingClientRect();
    return { bottom: first.bottom, height: window.innerHeight, titleWidth: title.width };
  });
  expect(place.titleWidth).toBeLessThanOrEqual(1);
  expect(place.bottom).toBeLessThan(place.height);
  await page.locator("#taskpane-width").selectOption("270");
  expect(await paneWidth()).toBe(270);
  expect(new URL(page.url()).searchParams.get("width")).toBe("270");
});

it("filters to the errors with their count, and moves through the findings with the keyboard", async () => {
  const preview = await session.open();
  const { page, pane } = preview;
  await checkSheet(preview);
  const errors = await pane.locator("#filter-error .count").textContent();
  await pane.locator("#filter-error").click();
  expect(await pane.locator("button.finding").count()).toBe(Number(errors));
  expect(await pane.locator("button.finding:not(.severity-error)").count()).toBe(0);
  await pane.locator("#filter-all").click();
  await pane.locator("button.finding").first().focus();
  await page.keyboard.press("ArrowDown");
  const frame = paneFrame(page);
  expect(await frame.evaluate(() => document.activeElement?.id)).toBe("finding-1");
  await page.keyboard.press("Enter");
  await page
    .locator("#name-box")
    .filter({ hasText: /^[A-Z]+\d+$/ })
    .waitFor();
});

it("fixes one cell from its finding, and undoes it after the pane is closed and opened again", async () => {
  const preview = await session.open();
  const { page, pane } = preview;
  await checkSheet(preview);
  const change = (await pane.locator(".fix .change").first().textContent())!;
  const [, cell, before, after] = /^([A-Z]+\d+): "(.*)" → "(.*)"$/.exec(change)!;
  const shown = page.locator(`#grid td[data-cell="${cell}"]`);
  await pane.locator(".fix-one").first().click();
  await status(preview, "已修正 1 处单元格。");
  await shown.filter({ hasText: after }).waitFor();

  await page.locator("#taskpane-close").click();
  await page.locator("#ribbon-taskpane").click();
  await pane.locator("#tab-check").click();
  await pane.locator("#undo-bar", { hasText: "1 处" }).waitFor();
  await pane.locator("#undo-fixes").click();
  await status(preview, "已撤销 1 处修正。");
  await shown.filter({ hasText: before }).waitFor();
});

it("lists every change before applying all the safe fixes", async () => {
  const preview = await session.open();
  const { pane } = preview;
  await checkSheet(preview);
  const offered = await pane.locator(".fix .change").allTextContents();
  await pane.locator("#apply-fixes").click();
  const listed = await pane.locator("#fix-preview li").allTextContents();
  expect(listed.map((l) => l.replace(/^.* · /, ""))).toEqual(offered);
  await pane.locator("#confirm-fixes").click();
  await status(preview, `已修正 ${offered.length} 处单元格。`);
  expect(await pane.locator(".fix").count()).toBe(0);
});

it("says what stands in the way of submitting the sample", async () => {
  const preview = await session.open();
  const { pane } = preview;
  await pane.locator("#tab-check").click();
  await pane.locator("#ready").click();
  await pane.locator("#readiness", { hasText: "还不能提交" }).waitFor();
  expect(await pane.locator("button.finding:not(.severity-error)").count()).toBe(0);
  expect(await pane.locator("button.finding").count()).toBeGreaterThan(0);
});

it("shows the first-run card until dismissed, and not after the pane reloads", async () => {
  const preview = await session.open();
  const { page, pane } = preview;
  expect(await pane.locator("#first-run li").allTextContents()).toHaveLength(3);
  await pane.locator("#first-run-dismiss").click();
  await page.locator("#taskpane-close").click();
  await page.locator("#ribbon-taskpane").click();
  await pane.locator("#tab-insert").waitFor();
  expect(await pane.locator("#first-run").count()).toBe(0);
});

describe.each([
  ["light", "", "none"],
  ["dark", "?theme=dark", "none"],
  ["high contrast", "", "active"],
] as const)("in the %s theme", (_name, query, forcedColors) => {
  it("passes axe-core with the findings, the fixes' list and the menu open", async () => {
    const preview = await session.open({ query });
    const { page, pane } = preview;
    await page.emulateMedia({ forcedColors });
    expect(await axeProblems(page)).toEqual([]);
    await checkSheet(preview);
    expect(await axeProblems(page)).toEqual([]);
    await pane.locator("#apply-fixes").click();
    await pane.locator("#more-actions").click();
    expect(await axeProblems(page)).toEqual([]);
    const dark = await paneFrame(page).evaluate(() => document.documentElement.dataset.theme);
    expect(dark).toBe(query ? "dark" : "light");
  });
});
