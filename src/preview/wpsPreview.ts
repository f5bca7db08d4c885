import type { EmulatedWorkbook } from "../emulator/model/workbook";
import type { Locale } from "../form/locale";
import type { SheetPlan } from "../form/plan";
import { wpsHost } from "../wps/operations";
import type { ActionEvent } from "./host";
import { WPS_GLOBAL, type PreviewWps } from "./wpsGlobal";
import { drawnWorkbook, mirrorInto, sampleWorkbook } from "./wpsWorkbook";

/** The page the pane frame loads over WPS: the WPS build of the task pane over the fake model. */
export const WPS_PANE_PAGE = "preview-wps-pane.html";

type WorkbookClass = new (sheets?: string[]) => EmulatedWorkbook;

/**
 * The sample workbook in the fake WPS 表格, drawn by the grid and offered to the WPS pane's frame
 * (docs/preview.md, "WPS 表格"). `redraw` is the grid's; `language` what the pane speaks.
 */
export function openWpsSample(
  Base: WorkbookClass,
  plans: readonly SheetPlan[],
  redraw: () => void,
  language: () => string
) {
  const et = sampleWorkbook(plans);
  let sync = () => undefined as void;
  const repaint = () => {
    sync();
    redraw();
  };
  const workbook = drawnWorkbook(Base, et, repaint);
  sync = mirrorInto(et, workbook);
  et.onRepaint = repaint;
  sync();
  const offered: PreviewWps = { application: et.application, language };
  (window as unknown as Record<string, PreviewWps>)[WPS_GLOBAL] = offered;
  return { et, workbook };
}

/**
 * The ribbon's function commands over WPS, by the manifest's function names: in WPS, main.js runs
 * them (src/commands/wpsMain.ts); here the page runs the same host operations, and the ribbon says
 * when each is done.
 */
export function wpsRibbonActions(
  application: PreviewWps["application"],
  locale: () => Locale
): [string, (event: ActionEvent) => Promise<void>][] {
  const host = wpsHost(application);
  const run = (operation: () => Promise<unknown>) => async (event: ActionEvent) => {
    try {
      await operation();
    } finally {
      event.completed();
    }
  };
  return [
    ["insertTemplate", run(() => host.insertTemplate())],
    ["checkWorkbook", run(() => host.checkWorkbook({ locale: locale() }))],
    ["mergeSummary", run(() => host.mergeIntoSummary())],
  ];
}
