/**
 * The document setting that makes Office open the add-in's pane with the workbook
 * (docs/addin.md, "The manifest"): the manifest's task pane id is this name, and a document
 * carrying it set to true reopens the pane when it is opened. Set on the documents the add-in
 * writes a form into, so a clerk who reopens the file finds the pane again.
 */
export const AUTO_SHOW_TASKPANE = "Office.AutoShowTaskpaneWithDocument";

/** Whether the document's settings already ask for the pane. */
export const isTagged = (settings: Office.Settings) => settings.get(AUTO_SHOW_TASKPANE) === true;

/** Ask for the pane with this document; the caller saves the settings (once: each save clears Excel's undo, office-js #3141). */
export function tagDocument(settings: Office.Settings): void {
  settings.set(AUTO_SHOW_TASKPANE, true);
}

/** For callers with nothing else to save (the ribbon's insert): tag and save, only if not tagged yet. */
export function tagAndSave(settings: Office.Settings | undefined): void {
  if (!settings || isTagged(settings)) return;
  tagDocument(settings);
  settings.saveAsync(() => undefined);
}
