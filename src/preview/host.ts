import type { EmulatorOptions } from "../emulator/attach";
import type { EmulatedWorkbook } from "../emulator/model/workbook";

/** What Office hands a function command: it calls completed() when done (Office.AddinCommands.Event). */
export interface ActionEvent {
  source: { id: string };
  completed(options?: { allowEvent?: boolean }): void;
}

/** The dialog a page opened: what Office.context.ui.displayDialogAsync gives its callback. */
export interface OpenedDialog {
  close(): void;
}

/**
 * What the preview's workbook page (the host) offers the frames it holds, on its window as
 * `perfTargetsPreview` (docs/preview.md): one workbook, one document's settings, the display
 * language and the Excel version being emulated, and the host's side of the ribbon and dialogs.
 */
export interface PreviewHost {
  workbook: EmulatedWorkbook;
  /** Office.context.displayLanguage: "zh-CN" or "en-US". */
  displayLanguage: string;
  /** Office.context.officeTheme: the body colours Office gives add-ins. */
  theme: { bodyBackgroundColor: string; bodyForegroundColor: string; isDarkTheme: boolean };
  /** The requirement sets the emulated Excel supports; undefined for the newest Excel. */
  requirementSets: EmulatorOptions["requirementSets"];
  /** Office.context.document.settings: saved with the document, shared by its frames. */
  settings: Map<string, unknown>;
  /** A frame's request reached the emulated Excel: the grid redraws. */
  requested(): void;
  /** Office.actions.associate, from the commands frame: the ribbon's buttons run these. */
  associate(id: string, action: (event: ActionEvent) => unknown): void;
  /** Office.context.ui.displayDialogAsync: the host shows the page's text over the workbook. */
  openDialog(url: string, onMessage: (message: string) => void): OpenedDialog;
}

export const HOST_GLOBAL = "perfTargetsPreview";

/** The emulator bundle's global (src/emulator/browser.ts), loaded before the preview's scripts. */
export interface EmulatorGlobal {
  EmulatedWorkbook: new (sheets?: string[]) => EmulatedWorkbook;
  attach(options: EmulatorOptions): { detach(): void };
}

export function emulatorGlobal(): EmulatorGlobal {
  const found = (window as unknown as { perfTargetsEmulator?: EmulatorGlobal }).perfTargetsEmulator;
  if (!found) throw new Error("emulator.js must load before the preview's scripts");
  return found;
}

/**
 * Attach this page's Office.js Excel library to the shared workbook; `onRequest` runs after each
 * request it answers (the host's redraw). Returns what undoes it, for when the frame goes away.
 */
export function attachToWorkbook(
  workbook: EmulatedWorkbook,
  requirementSets: PreviewHost["requirementSets"],
  onRequest: () => void
): () => void {
  type Send = (request: unknown) => Promise<unknown>;
  const http = (
    window as unknown as {
      OfficeExtension: { HttpUtility: { setCustomSendRequestFunc(send: Send): void } };
    }
  ).OfficeExtension.HttpUtility;
  const install = http.setCustomSendRequestFunc.bind(http);
  http.setCustomSendRequestFunc = (send: Send) =>
    install(async (request) => {
      try {
        return await send(request);
      } finally {
        onRequest();
      }
    });
  return emulatorGlobal().attach({ workbook, requirementSets }).detach;
}
