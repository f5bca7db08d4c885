/**
 * @jest-environment jsdom
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { sampleGrid } from "../support/sampleGrid";
import { $, cleanForm, open, press } from "./emulatedPane";
import { settle } from "./fakes";

/*
 * The stylesheet's classes against what the pane draws (src/taskpane/taskpane.css): a class the
 * pane stops drawing leaves its look behind (a verdict no longer coloured, a header no longer one
 * row), which no other test sees. The pane in jsdom over the emulated Excel, through the states a
 * person meets: the first-run card, a check with fixes, their list of changes, 提交前检查's answer,
 * an error, the insert and summary tabs, an import of a file that is no workbook.
 */

/** Every class a selector of the pane's own stylesheet names (the shared base's left out). */
function styledClasses(): Set<string> {
  const css = readFileSync(join(__dirname, "../../src/taskpane/taskpane.css"), "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/@import[^;]*;/g, "");
  const selectors = css.replace(/\{[^}]*\}/g, " ");
  return new Set([...selectors.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1]));
}

/** The classes drawn now, added to those seen before. */
function drawn(seen: Set<string>): void {
  for (const element of document.querySelectorAll("[class]"))
    for (const name of element.classList) seen.add(name);
}

describe("the pane's stylesheet", () => {
  it("styles only what the pane draws: each of its classes is drawn in some state a person meets", async () => {
    const { root, pane } = open([cleanForm("道路养护"), sampleGrid()]);
    const seen = new Set<string>();
    drawn(seen);
    await press(root, pane, "tab-check");
    await press(root, pane, "check");
    drawn(seen);
    await press(root, pane, "ready");
    drawn(seen);
    await press(root, pane, "filter-warning");
    await press(root, pane, "apply-fixes");
    drawn(seen);
    await press(root, pane, "cancel-fixes");
    await press(root, pane, "tab-insert");
    drawn(seen);
    await press(root, pane, "tab-merge");
    drawn(seen);
    // A file that is no workbook: its outcome, an error, under the file's name.
    const picker = $(root, "#import-files") as HTMLInputElement;
    Object.defineProperty(picker, "files", {
      value: [new File(["not a workbook"], "坏.xlsx")],
    });
    picker.dispatchEvent(new Event("change"));
    do await settle();
    while (pane.state.busy || pane.state.imports?.done !== pane.state.imports?.total);
    drawn(seen);
    // The summary of a workbook it cannot summarize: the status line as an error.
    await press(root, pane, "merge");
    drawn(seen);
    const unused = [...styledClasses()].filter((name) => !seen.has(name));
    expect(unused).toEqual([]);
  });
});
