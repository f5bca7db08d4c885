import { localeOfLanguage } from "../form/locale";
import { wpsApplication } from "../wps/application";
import { wpsHost } from "../wps/operations";
import { ribbonCallbacks, type RibbonSource } from "./wpsRibbon";

/** The buttons, read from manifest.xml when the WPS add-in is built (webpack.wps.js). */
declare const RIBBON_SOURCE: RibbonSource;

/**
 * main.js of the WPS add-in (docs/wps.md): WPS makes an index.html of its own that loads this,
 * then calls the ribbon's callbacks on window.ribbon by the names ribbon.xml gives them.
 */
const app = wpsApplication();
if (app) {
  const host = wpsHost(app);
  const locale = localeOfLanguage(navigator.language);
  let paneId: number | null = null;
  (window as unknown as { ribbon: unknown }).ribbon = ribbonCallbacks(RIBBON_SOURCE, {
    locale,
    insertTemplate: () => host.insertTemplate(),
    checkWorkbook: (l) => host.checkWorkbook({ locale: l }),
    mergeIntoSummary: () => host.mergeIntoSummary({ whenChanged: "keep" }),
    showOutcome: async (text) => {
      const url = new URL("outcome.html", window.location.href);
      url.hash = encodeURIComponent(text);
      app.ShowDialog(url.href, RIBBON_SOURCE.group[locale], 400, 200, false);
    },
    showPane: () => {
      if (paneId !== null) app.GetTaskPane(paneId).Visible = true;
      else {
        const pane = app.CreateTaskPane(new URL("taskpane.html", window.location.href).href);
        paneId = pane.ID;
        pane.Visible = true;
      }
    },
  });
}
