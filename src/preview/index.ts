import "./preview.css";
import { addSheets } from "../excel/addSheets";
import type { Locale } from "../form/locale";
import manifestXml from "../../manifest.xml?raw";
import sampleText from "../../examples/2023-unit-performance-targets.txt?raw";
import { DialogLayer } from "./dialogLayer";
import { el, replace } from "../shell/dom";
import { WorkbookView } from "./grid/workbookView";
import { HOST_GLOBAL, attachToWorkbook, emulatorGlobal, type PreviewHost } from "./host";
import { ribbonFromManifest } from "./ribbon/manifestRibbon";
import { Ribbon } from "./ribbon/ribbon";
import { sampleSheets } from "./sample";
import { t } from "./strings";
import { TaskPane, paneWidth } from "./taskPane";
import { sheetContents } from "./xlsxContents";

/** The emulated Excel versions the preview offers: the newest, or Excel 2019's ExcelApi 1.8. */
const VERSIONS = { newest: undefined, "1.8": { ExcelApi: "1.8" } } as const;
type Version = keyof typeof VERSIONS;

const COMMANDS_PAGE = "preview-commands.html";

function setting(name: string): string | null {
  return new URLSearchParams(window.location.search).get(name);
}

/** Office's theme as Excel gives it (?theme=dark: Office's Black theme), white by default. */
function officeTheme(asked: string | null): PreviewHost["theme"] {
  return asked === "dark"
    ? { bodyBackgroundColor: "#262626", bodyForegroundColor: "#ffffff", isDarkTheme: true }
    : { bodyBackgroundColor: "#ffffff", bodyForegroundColor: "#242424", isDarkTheme: false };
}

function remember(name: string, value: string): void {
  const url = new URL(window.location.href);
  url.searchParams.set(name, value);
  window.history.replaceState(null, "", url.href);
}

/**
 * The preview (docs/preview.md): Excel as a page, with the manifest's ribbon, the emulated
 * workbook as a grid, the add-in's own task pane and commands pages in frames sharing that
 * workbook, and its dialogs; opened on the sample document's five forms.
 */
async function start(root: HTMLElement): Promise<void> {
  let locale: Locale = setting("lang") === "en" ? "en" : "zh";
  const version: Version = setting("excel") === "1.8" ? "1.8" : "newest";
  const requirementSets = VERSIONS[version];
  const manifest = ribbonFromManifest(
    new DOMParser().parseFromString(manifestXml, "application/xml")
  );

  const workbook = new (emulatorGlobal().EmulatedWorkbook)([]);
  workbook.name = "绩效目标表样例.xlsx";
  workbook.parseWorkbook = sheetContents;

  const status = el("span", { id: "preview-status", role: "status" });
  const requestCount = el("span", { id: "request-count" });
  let requests = 0;
  const say = (text: string) => (status.textContent = text);
  const countRequests = () =>
    (requestCount.textContent = t(locale, "requests", { count: requests }));

  const parts = {
    scroller: el("div", { className: "grid-scroller", id: "grid-scroller" }),
    table: el("table", { id: "grid", role: "grid", tabindex: 0 }),
    nameBox: el("div", { id: "name-box", className: "name-box" }),
    formula: el("div", { id: "formula-bar", className: "formula-text" }),
    tabs: el("div", { id: "sheet-tabs", className: "sheet-tabs", role: "tablist" }),
    note: el("p", { id: "grid-note", className: "grid-note", hidden: true }),
  };
  parts.scroller.appendChild(parts.table);
  const grid = new WorkbookView(workbook, parts, locale);

  let drawPending = false;
  const requested = () => {
    requests++;
    countRequests();
    if (drawPending) return;
    drawPending = true;
    setTimeout(() => {
      drawPending = false;
      grid.draw();
    });
  };

  const pane = new TaskPane(manifest.name, locale, paneWidth(setting("width")), (width) =>
    remember("width", String(width))
  );
  const dialogs = new DialogLayer(() => locale);
  const ribbon = new Ribbon(manifest, locale, { showTaskpane: () => pane.open(), status: say });
  const commandsFrame = () =>
    el("iframe", {
      id: "commands-frame",
      src: COMMANDS_PAGE,
      title: "commands",
      hidden: true,
      tabindex: -1,
    });
  let commands = commandsFrame();

  const host: PreviewHost = {
    workbook,
    displayLanguage: locale === "zh" ? "zh-CN" : "en-US",
    theme: officeTheme(setting("theme")),
    requirementSets,
    settings: new Map(),
    requested,
    associate: (id, action) => ribbon.associate(id, action),
    openDialog: (url, onMessage) => dialogs.show(url, onMessage),
  };
  (window as unknown as Record<string, PreviewHost>)[HOST_GLOBAL] = host;

  const languageButton = el("button", {
    type: "button",
    id: "preview-language",
    className: "titlebar-button",
  });
  const versionPicker = el(
    "select",
    { id: "excel-version" },
    el("option", { value: "newest" }),
    el("option", { value: "1.8" })
  );
  versionPicker.value = version;
  versionPicker.addEventListener("change", () => {
    remember("excel", versionPicker.value);
    window.location.reload();
  });
  const versionLabel = el("label", { for: "excel-version", className: "version" });
  const title = el("h1", {});
  const previewNote = el("p", { className: "preview-note" });
  const chrome = () => {
    document.documentElement.lang = locale === "zh" ? "zh-CN" : "en";
    document.title = `${workbook.name} · ${t(locale, "appTitle")}`;
    title.textContent = `${workbook.name} — ${t(locale, "appTitle")}`;
    previewNote.textContent = t(locale, "previewNote");
    languageButton.textContent = t(locale, "switchLanguage");
    languageButton.setAttribute("aria-label", t(locale, "switchLanguageLabel"));
    versionLabel.textContent = t(locale, "excelVersion");
    (versionPicker.options[0] as HTMLOptionElement).textContent = t(locale, "excelNewest");
    (versionPicker.options[1] as HTMLOptionElement).textContent = t(locale, "excel2019");
    parts.nameBox.setAttribute("aria-label", t(locale, "nameBox"));
    parts.formula.setAttribute("aria-label", t(locale, "formulaBar"));
    parts.tabs.setAttribute("aria-label", t(locale, "sheetTabs"));
    countRequests();
  };
  languageButton.addEventListener("click", () => {
    locale = locale === "zh" ? "en" : "zh";
    remember("lang", locale);
    host.displayLanguage = locale === "zh" ? "zh-CN" : "en-US";
    chrome();
    ribbon.setLocale(locale);
    pane.setLocale(locale);
    grid.setLocale(locale);
    // Office tells a page its display language when it loads: the add-in's pages load again.
    commands.remove();
    commands = commandsFrame();
    root.appendChild(commands);
    pane.reload();
  });

  replace(
    root,
    el(
      "header",
      { className: "titlebar" },
      el("img", { src: "assets/icon-32.png", alt: "", width: 24, height: 24 }),
      title,
      previewNote,
      el("div", { className: "titlebar-tools" }, versionLabel, versionPicker, languageButton)
    ),
    ribbon.element,
    el(
      "div",
      { className: "formula-row" },
      parts.nameBox,
      el("span", { className: "fx", "aria-hidden": "true" }, "fx"),
      parts.formula
    ),
    el(
      "div",
      { className: "workspace" },
      el("main", { className: "sheet-area" }, parts.scroller, parts.note, parts.tabs),
      pane.element
    ),
    el("footer", { className: "statusbar" }, status, requestCount),
    dialogs.element
  );
  chrome();
  say(t(locale, "loading"));

  attachToWorkbook(workbook, requirementSets, requested);
  await addSheets(sampleSheets(sampleText));
  grid.draw();
  say(t(locale, "ready"));
  root.appendChild(commands);
  pane.open();
  parts.table.focus();
  document.documentElement.dataset.previewReady = "true";
}

const root = document.getElementById("preview");
if (root)
  start(root).catch((error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    replace(
      root,
      el(
        "p",
        { className: "load-failed", role: "alert" },
        t("zh", "loadFailed", { reason }),
        " · ",
        t("en", "loadFailed", { reason })
      )
    );
  });
