import "./taskpane.css";
import { localeOfLanguage, type Locale } from "../form/locale";
import { wpsHost } from "../wps/operations";
import { wpsApplication } from "../wps/application";
import type { PaneEnvironment, PaneSettings } from "./actions";
import { mountPane } from "./app";
import { wpsActions } from "./wpsActions";

/**
 * The task pane's entry in WPS 表格 (docs/wps.md): the same pane as in Excel, over the WPS host.
 * Settings live in the browser's storage (WPS keeps it per person); the language follows the
 * page's, Chinese unless the system speaks another.
 */
const PREFIX = "perfTargets.";

function settings(): PaneSettings {
  return {
    get: (key) => window.localStorage.getItem(PREFIX + key) ?? undefined,
    set: (key, value) => window.localStorage.setItem(PREFIX + key, value),
  };
}

function environment(): PaneEnvironment {
  const locale: Locale = localeOfLanguage(navigator.language);
  return {
    locale,
    settings: settings(),
    download(name, type, content) {
      const link = document.createElement("a");
      link.href = URL.createObjectURL(new Blob([content], { type }));
      link.download = name;
      link.click();
    },
  };
}

const root = document.getElementById("app");
const app = wpsApplication();
if (root && app) mountPane(root, wpsActions(wpsHost(app)), environment());
