/**
 * @jest-environment jsdom
 */
import { sampleGrid } from "../support/sampleGrid";
import { $, open, press } from "./emulatedPane";
import { settle } from "./fakes";

/*
 * The pane's status line and focus around an operation (src/taskpane/app.ts), the pane in jsdom
 * over the emulated Excel. Each was a change no test noticed (docs/architecture.md, Mutation
 * testing).
 */

describe("the pane while an operation runs", () => {
  it("says 请稍候… at once, as news and not as an error, the buttons disabled, then the outcome", async () => {
    const { root, pane } = open([sampleGrid()]);
    await press(root, pane, "tab-check");
    $(root, "#check").click();
    // Before Excel has answered anything.
    const status = $(root, "#status");
    const during = {
      text: status.textContent,
      look: [status.className, status.getAttribute("role")],
      disabled: ($(root, "#check") as HTMLButtonElement).disabled,
    };
    do await settle();
    while (pane.state.busy);
    expect(during).toEqual({ text: "请稍候…", look: ["status", "status"], disabled: true });
    expect($(root, "#status").textContent).toMatch(/个错误/);
    expect(($(root, "#check") as HTMLButtonElement).disabled).toBe(false);
  });

  it("gives the focus back to the pressed button, unless the person moved it meanwhile", async () => {
    const { root, pane } = open([sampleGrid()]);
    await press(root, pane, "tab-check");
    $(root, "#check").focus();
    await press(root, pane, "check");
    expect(document.activeElement!.id).toBe("check");

    $(root, "#check").focus();
    $(root, "#check").click();
    // While Excel works, the person tabs on to the language switch.
    $(root, "#switch-language").focus();
    do await settle();
    while (pane.state.busy);
    expect(document.activeElement!.id).toBe("switch-language");
  });

  it("asks Excel nothing when the person switches to 校验 or 汇总, and where a row would go on 插入", async () => {
    const { root, pane, host } = open([sampleGrid()]);
    const syncs = () => host.stats.syncs;
    // Opening reads the workbook's record of fixes: let it finish first.
    let before = -1;
    while (before !== syncs()) {
      before = syncs();
      for (let i = 0; i < 5; i++) await settle();
    }
    await press(root, pane, "tab-check");
    await press(root, pane, "tab-merge");
    expect(syncs()).toBe(before);
    await press(root, pane, "tab-insert");
    expect(syncs()).toBeGreaterThan(before);
  });

  it("keeps the status line when a key other than the arrows is pressed on the tabs", async () => {
    const { root, pane } = open([sampleGrid()]);
    await press(root, pane, "tab-check");
    await press(root, pane, "check");
    const outcome = $(root, "#status").textContent;
    expect(outcome).toMatch(/个错误/);
    for (const key of ["Enter", "Tab", "a"]) {
      $(root, "#tab-check").dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true }));
      await settle();
      expect($(root, "#status").textContent).toBe(outcome);
    }
  });
});
