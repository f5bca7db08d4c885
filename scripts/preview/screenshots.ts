// `npm run screenshots`: the README's pictures of the preview (docs/preview-*.png), taken in
// Debian's chromium from a fresh build: the sample before and after a check, and the summary,
// with the task pane at Excel's default width on Windows (320 px).
import { join } from "node:path";
import { PreviewBrowser } from "./browser";
import { buildPreview } from "./build";

const DOCS = join(__dirname, "../../docs");
const VIEWPORT = { width: 1280, height: 860 };

async function main(): Promise<void> {
  if (!process.env.E2E_PREVIEW_DIR) await buildPreview(undefined, true);
  const browser = new PreviewBrowser();
  await browser.start();
  try {
    const { page, pane, errors } = await browser.open({ viewport: VIEWPORT });
    const shot = (name: string) => page.screenshot({ path: join(DOCS, name) });
    const fifth = page.locator(".sheet-tab").nth(4);
    await fifth.click();
    await shot("preview-sample.png");

    // The first-run card is in the first picture; a returning clerk has dismissed it.
    await pane.locator("#first-run-dismiss").click();
    await pane.locator("#tab-check").click();
    await pane.locator("#check").click();
    await pane.locator("#status", { hasText: "张表" }).waitFor();
    await fifth.click();
    await page.locator('#grid td[data-cell="E18"]').click();
    await shot("preview-check.png");

    await pane.locator("#tab-merge").click();
    await pane.locator("#merge").click();
    await pane.locator("#status", { hasText: "汇总表" }).waitFor();
    // The summary is wide: the pane steps aside for it.
    await page.locator("#taskpane-close").click();
    await page.locator("#grid").focus();
    await shot("preview-summary.png");
    if (errors.length) throw new Error(`The preview reported errors:\n${errors.join("\n")}`);
    console.log(`docs/preview-sample.png, preview-check.png, preview-summary.png written`);
  } finally {
    await browser.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
