import { WPS_GLOBAL, type PreviewWps } from "./wpsGlobal";

/**
 * The WPS pane frame's shim in the preview (docs/preview.md, "WPS 表格"): loaded before the WPS
 * build of the task pane, it gives the frame what WPS gives an add-in's pages — the object model
 * as `window.Application` — from the preview's page, and the preview's language.
 */
const host = (window.parent as unknown as Record<string, PreviewWps | undefined>)[WPS_GLOBAL];
if (!host || window.parent === window) {
  const note = document.createElement("p");
  note.textContent =
    "此页面在预览中运行，请打开 preview.html?host=wps。 · This page runs inside the preview: open preview.html?host=wps.";
  document.body.appendChild(note);
  throw new Error("The preview's WPS pane runs inside preview.html");
}
(window as unknown as { Application: unknown }).Application = host.application;
Object.defineProperty(navigator, "language", { get: () => host.language(), configurable: true });
