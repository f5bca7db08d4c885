import { typeInto } from "../../scripts/preview/browser";
import { previewSession } from "./session";

/*
 * Excel 2019 shows the pane in EdgeHTML 18, which lacks what came after ES2018 in the library and
 * a few web APIs. With those deleted before any bundle loads, in every frame, the pane still
 * works: the polyfills its build adds cover what it uses (docs/addin.md). One stays:
 * BigInt64Array, which Playwright needs to talk to a page.
 */
const MISSING_IN_EDGEHTML_18 = [
  "Object.fromEntries",
  "Object.hasOwn",
  "Array.prototype.flat",
  "Array.prototype.flatMap",
  "Array.prototype.at",
  "Array.prototype.findLast",
  "Array.prototype.findLastIndex",
  "Array.prototype.toSorted",
  "Array.prototype.toReversed",
  "String.prototype.matchAll",
  "String.prototype.replaceAll",
  "String.prototype.trimStart",
  "String.prototype.trimEnd",
  "String.prototype.at",
  "Promise.allSettled",
  "Promise.any",
  "globalThis.BigInt",
  "globalThis.structuredClone",
  "globalThis.queueMicrotask",
  "globalThis.AggregateError",
  "globalThis.WeakRef",
  "globalThis.FinalizationRegistry",
  "globalThis.TextDecoder",
  "globalThis.TextEncoder",
];

const DELETE_THEM = `(() => {
  for (const path of ${JSON.stringify(MISSING_IN_EDGEHTML_18)}) {
    const parts = path.split(".");
    const name = parts.pop();
    const owner = parts.reduce((object, key) => object[key], globalThis);
    delete owner[name];
    if (name in owner) throw new Error("could not delete " + path);
  }
  window.__edgeHtmlBuiltIns = "deleted";
})();`;

const session = previewSession();

it("runs the pane and the commands without the built-ins EdgeHTML 18 lacks", async () => {
  const preview = await session.open({ initScript: DELETE_THEM });
  const { page, pane } = preview;
  for (const frame of page.frames()) {
    expect(
      await frame.evaluate(
        () => (window as unknown as { __edgeHtmlBuiltIns?: string }).__edgeHtmlBuiltIns
      )
    ).toBe("deleted");
  }
  await pane.locator("#tab-insert").click();
  await pane.locator("#insert").click();
  await pane.locator("#status", { hasText: "绩效目标表" }).waitFor();
  await typeInto(page, "E12", ">=3次");
  await pane.locator("#tab-check").click();
  await pane.locator("#check").click();
  await pane.locator("#status", { hasText: /\d+ 张表/ }).waitFor();
  await pane.locator("#apply-fixes").click();
  await pane.locator("#confirm-fixes").click();
  await pane.locator("#status", { hasText: /已修正/ }).waitFor();
  await pane.locator("#more-actions").click();
  await pane.locator("#clear-marks").click();
  await pane.locator("#status", { hasText: /清除/ }).waitFor();
  await pane.locator("#tab-merge").click();
  await pane.locator("#merge").click();
  await pane.locator("#status", { hasText: "汇总表" }).waitFor();
  await page.locator("#ribbon-checkWorkbook").click();
  await page.locator("#dialog-message", { hasText: "张表" }).waitFor();
});
