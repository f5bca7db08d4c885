import { HOST_GLOBAL, attachToWorkbook, type PreviewHost } from "../host";
import { completeOffice } from "./complete";

/**
 * The Office shim of the preview's pane and commands frames (docs/preview.md): loaded after
 * Excel's library and the emulator, before the add-in's unchanged bundle. It attaches this
 * frame's library to the workbook its host page holds and completes Office as the loader would.
 */
const host = (window.parent as unknown as Record<string, PreviewHost | undefined>)[HOST_GLOBAL];
if (!host || window.parent === window) {
  const note = document.createElement("p");
  note.textContent =
    "此页面在预览中运行，请打开 preview.html。 · This page runs inside the preview: open preview.html.";
  document.body.appendChild(note);
  throw new Error("The preview's frames run inside preview.html");
}
const detach = attachToWorkbook(host.workbook, host.requirementSets, () => host.requested());
// A frame that goes (the pane closed, a reload) must no longer hear the workbook's changes.
window.addEventListener("pagehide", detach);
completeOffice(host);
