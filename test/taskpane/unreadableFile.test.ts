/**
 * @jest-environment jsdom
 */
import type { ImportOutcome } from "../../src/excel";
import { mountPane } from "../../src/taskpane/app";
import { checkResultOf, environment, fakeActions, settle } from "./fakes";

// A picked file FileReader cannot read (moved, deleted or locked after it was chosen): the pane
// lists it with its own outcome, imports the others, and never shows a bare "操作失败：null".

const GONE = "移走了.xlsx";

/** jsdom's FileReader, failing as a browser's does for the one file that went away. */
function failReadingOf(name: string) {
  const original = FileReader.prototype.readAsArrayBuffer;
  return jest.spyOn(FileReader.prototype, "readAsArrayBuffer").mockImplementation(function (
    this: FileReader,
    blob: Blob
  ) {
    if ((blob as File).name !== name) return original.call(this, blob);
    setTimeout(() => this.onerror?.(new ProgressEvent("error") as ProgressEvent<FileReader>));
  });
}

function mount() {
  const root = document.createElement("main");
  document.body.replaceChildren(root);
  const fakes = fakeActions(checkResultOf());
  const imported: string[] = [];
  fakes.actions.importWorkbooks = async (files, onProgress) => {
    const outcomes: ImportOutcome[] = files.map((f) => ({
      file: f.name,
      inserted: true,
      sheets: [f.name.replace(".xlsx", "")],
    }));
    outcomes.forEach((o, i) => {
      imported.push(o.file);
      onProgress(i + 1, files.length, o);
    });
    return outcomes;
  };
  mountPane(root, fakes.actions, environment());
  return { root, imported };
}

afterEach(() => jest.restoreAllMocks());

describe("importing a file that cannot be read", () => {
  it.each(["zh", "en"] as const)(
    "lists it with its own outcome and imports the others (%s)",
    async (locale) => {
      failReadingOf(GONE);
      const { root, imported } = mount();
      if (locale === "en") root.querySelector<HTMLButtonElement>("#switch-language")!.click();
      root.querySelector<HTMLButtonElement>("#tab-merge")!.click();
      await settle();
      const picker = root.querySelector<HTMLInputElement>("#import-files")!;
      const files = [new File(["PK"], "甲.xlsx"), new File(["PK"], GONE)];
      Object.defineProperty(picker, "files", { value: files });
      picker.dispatchEvent(new Event("change"));
      for (let i = 0; i < 5; i++) await settle();
      expect(imported).toEqual(["甲.xlsx"]);
      const items = [...root.querySelectorAll("#import-outcomes li")].map((li) => li.textContent);
      expect(items).toHaveLength(2);
      expect(items[0]).toContain("甲.xlsx");
      expect(items[1]).toContain(GONE);
      expect(items[1]).toContain(locale === "zh" ? "无法读取" : "could not be read");
      const status = root.querySelector("#status")!.textContent!;
      expect(status).not.toContain("null");
      expect(status).toContain(locale === "zh" ? "2 个文件中 1 个已导入" : "1 of 2");
    }
  );

  it("with no file readable, imports nothing and says so", async () => {
    failReadingOf(GONE);
    const { root, imported } = mount();
    root.querySelector<HTMLButtonElement>("#tab-merge")!.click();
    await settle();
    const picker = root.querySelector<HTMLInputElement>("#import-files")!;
    Object.defineProperty(picker, "files", { value: [new File(["PK"], GONE)] });
    picker.dispatchEvent(new Event("change"));
    for (let i = 0; i < 5; i++) await settle();
    expect(imported).toEqual([]);
    const items = [...root.querySelectorAll("#import-outcomes li")].map((li) => li.textContent);
    expect(items).toEqual([expect.stringContaining(`${GONE} 无法读取`)]);
    expect(root.querySelector("#status")!.textContent).toContain("1 个文件中 0 个已导入");
  });
});
