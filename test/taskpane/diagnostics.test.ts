/**
 * @jest-environment jsdom
 */
import { mountPane } from "../../src/taskpane/app";
import { environment, fakeActions, settle } from "./fakes";

function mount() {
  const root = document.createElement("main");
  document.body.replaceChildren(root);
  const fakes = fakeActions();
  fakes.actions.selfTest = async () => ({
    environment: { platform: "OfficeOnline", version: "16.0", excelApi: "1.13", language: "zh-CN" },
    results: [
      { id: "values.roundTrip", ok: true, expected: "a", actual: "a" },
      {
        id: "comment.thread",
        ok: false,
        expected: "ours",
        actual: "<b>error: InvalidArgument</b>",
      },
    ],
  });
  fakes.actions.selfTestText = () => "perf-targets 自检 text";
  const pane = mountPane(root, fakes.actions, environment());
  return { root, pane };
}

describe("the pane's 诊断 section", () => {
  it("runs 自检, lists each item as text, says how many failed, and offers the text to copy", async () => {
    const { root } = mount();
    const copied: string[] = [];
    Object.assign(navigator, {
      clipboard: { writeText: async (t: string) => void copied.push(t) },
    });
    expect(root.querySelector("#diagnostics summary")!.textContent).toBe("诊断");
    root.querySelector<HTMLButtonElement>("#self-test")!.click();
    await settle();
    await settle();
    const items = [...root.querySelectorAll("#self-test-results li")].map((li) => li.textContent);
    expect(items).toEqual([
      "OK values.roundTrip: a",
      "FAIL comment.thread: <b>error: InvalidArgument</b>",
    ]);
    expect(root.querySelector("#self-test-results b")).toBeNull();
    expect(root.querySelector("#status")!.textContent).toBe("1 项未通过");
    expect(root.querySelector("#diagnostics")!.textContent).toContain("ExcelApi 1.13");
    root.querySelector<HTMLButtonElement>("#self-test-copy")!.click();
    await settle();
    expect(copied).toEqual(["perf-targets 自检 text"]);
  });
});
