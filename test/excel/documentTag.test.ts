import { AUTO_SHOW_TASKPANE, isTagged, tagAndSave, tagDocument } from "../../src/excel/documentTag";
import { installHost } from "./host";

/*
 * The document setting that reopens the pane with the workbook (docs/addin.md, "The manifest"),
 * on the emulated Office's settings: tagged once, saved once, and nothing where a host has no
 * document settings at all.
 */
function countedSettings() {
  installHost();
  const settings = Office.context.document.settings;
  const saves: unknown[] = [];
  const save = settings.saveAsync.bind(settings);
  settings.saveAsync = ((callback?: () => void) => {
    saves.push(settings.get(AUTO_SHOW_TASKPANE));
    save(callback as never);
  }) as typeof settings.saveAsync;
  return { settings, saves };
}

it("the ribbon's insert tags an untagged document and saves it once", () => {
  const { settings, saves } = countedSettings();
  expect(isTagged(settings)).toBe(false);
  tagAndSave(settings);
  expect(isTagged(settings)).toBe(true);
  expect(settings.get(AUTO_SHOW_TASKPANE)).toBe(true);
  tagAndSave(settings);
  expect(saves).toEqual([true]);
});

it("the pane's tag is saved by its caller, with whatever else it saves", () => {
  const { settings, saves } = countedSettings();
  tagDocument(settings);
  expect(isTagged(settings)).toBe(true);
  expect(saves).toEqual([]);
});

it("a setting not exactly true is no tag", () => {
  const { settings, saves } = countedSettings();
  settings.set(AUTO_SHOW_TASKPANE, "true");
  expect(isTagged(settings)).toBe(false);
  tagAndSave(settings);
  expect(saves).toEqual([true]);
});

it("a host without document settings: nothing is tagged and nothing fails", () => {
  expect(() => tagAndSave(undefined)).not.toThrow();
});
