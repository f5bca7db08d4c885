/**
 * Compiled only by tsconfig.wps.json, with Kingsoft's typings: the real object model must satisfy
 * the host's own interfaces (src/wps/model.ts). A member the host relies on that WPS types
 * differently fails `npm run typecheck` here.
 */
import type { WpsAddinRoot, WpsApplication, WpsRange, WpsWorksheet } from "../../src/wps/model";

export const application: WpsApplication = Application;
export const range: WpsRange = Application.ActiveWorkbook.ActiveSheet.Range("A1");
export const worksheet: WpsWorksheet = Application.ActiveWorkbook.ActiveSheet;
export const addin: WpsAddinRoot = Application;
export const viaWps: WpsAddinRoot = wps;
