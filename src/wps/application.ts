import type { WpsAddinRoot } from "./model";

/**
 * WPS's object model, where the page runs inside WPS (window.Application, also window.wps), or
 * null in any other browser. The only place that reads the global (docs/wps.md).
 */
export function wpsApplication(): WpsAddinRoot | null {
  const root = (globalThis as { Application?: WpsAddinRoot; wps?: WpsAddinRoot }).Application;
  return root && typeof root === "object" && "ActiveWorkbook" in root ? root : null;
}
