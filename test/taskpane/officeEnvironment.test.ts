/**
 * @jest-environment jsdom
 */
import { AUTO_SHOW_TASKPANE, tagAndSave } from "../../src/excel/documentTag";
import { officeEnvironment } from "../../src/taskpane/officeEnvironment";

/** Office's document settings as a map, counting saves (each one clears Excel's undo stack). */
function fakeDocumentSettings() {
  const values = new Map<string, unknown>();
  const saved: Record<string, unknown>[] = [];
  const settings = {
    get: (key: string) => values.get(key) ?? null,
    set: (key: string, value: unknown) => void values.set(key, value),
    saveAsync: (callback?: () => void) => {
      saved.push(Object.fromEntries(values));
      callback?.();
    },
  };
  Object.assign(globalThis, {
    Office: { context: { displayLanguage: "zh-CN", document: { settings } } },
  });
  return { settings: settings as unknown as Office.Settings, saved };
}

const nextTurn = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("the pane's document settings", () => {
  it("saves the year and the unit of one insert once, and asks Office to reopen the pane", async () => {
    const { saved } = fakeDocumentSettings();
    const settings = officeEnvironment().settings;
    settings.set("year", "2027");
    settings.set("unit", "市教育局");
    await nextTurn();
    expect(saved).toEqual([
      {
        "perfTargets.year": "2027",
        "perfTargets.unit": "市教育局",
        [AUTO_SHOW_TASKPANE]: true,
      },
    ]);
    expect(settings.get("unit")).toBe("市教育局");
  });

  it("keeps the language out of the document and saves nothing for it", async () => {
    const { saved } = fakeDocumentSettings();
    officeEnvironment().settings.set("locale", "en");
    await nextTurn();
    expect(saved).toEqual([]);
  });
});

describe("the ribbon's insert tags the document", () => {
  it("once: a document already tagged is not saved again", () => {
    const { settings, saved } = fakeDocumentSettings();
    tagAndSave(settings);
    tagAndSave(settings);
    expect(saved).toEqual([{ [AUTO_SHOW_TASKPANE]: true }]);
  });
});
