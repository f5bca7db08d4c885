import "./preview.css";
import { addSheets } from "../excel/addSheets";
import type { Bilingual, Locale } from "../form/locale";
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
import { WPS_PANE_PAGE, openWpsSample, wpsRibbonActions } from "./wpsPreview";

/** The emulated Excel versions the preview offers: the newest, or Excel 2019's ExcelApi 1.8. */
const VERSIONS = { newest: undefined, "1.8": { ExcelApi: "1.8" } } as const;
type Version = keyof typeof VERSIONS;

/** The host the pane runs over (?host=): Excel through Office.js, or WPS 表格 (docs/preview.md). */
type HostKind = "excel" | "wps";

const COMMANDS_PAGE = "preview-commands.html";
const MANIFEST_TYPE = "application/xml";

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

type GridParts = ConstructorParameters<typeof WorkbookView>[1];

function gridParts(): GridParts {
  const parts = {
    scroller: el("div", { className: "grid-scroller", id: "grid-scroller" }),
    table: el("table", { id: "grid", role: "grid", tabindex: 0 }),
    nameBox: el("div", { id: "name-box", className: "name-box" }),
    formula: el("div", { id: "formula-bar", className: "formula-text" }),
    tabs: el("div", { id: "sheet-tabs", className: "sheet-tabs", role: "tablist" }),
    note: el("p", { id: "grid-note", className: "grid-note", hidden: true }),
  };
  parts.scroller.appendChild(parts.table);
  return parts;
}

/** The status bar: what the preview is doing, and how many requests the add-in sent to Excel. */
function statusBar(locale: () => Locale, host: HostKind) {
  const status = el("span", { id: "preview-status", role: "status" });
  // WPS's object model answers at once: there are no requests to count.
  const requestCount = el("span", { id: "request-count", hidden: host === "wps" });
  let requests = 0;
  const showCount = () => (requestCount.textContent = t(locale(), "requests", { count: requests }));
  return {
    element: el("footer", { className: "statusbar" }, status, requestCount),
    say: (text: string) => (status.textContent = text),
    showCount,
    countRequest: () => {
      requests++;
      showCount();
    },
  };
}

/** Redraw the grid once after a burst of requests, not after each. */
function redrawSoon(grid: WorkbookView): () => void {
  let pending = false;
  return () => {
    if (pending) return;
    pending = true;
    setTimeout(() => {
      pending = false;
      grid.draw();
    });
  };
}

/** The host picker: Excel or WPS 表格; a change loads the preview again over the other. */
function hostPicker(host: HostKind) {
  const picker = el(
    "select",
    { id: "preview-host" },
    el("option", { value: "excel" }),
    el("option", { value: "wps" })
  );
  picker.value = host;
  picker.addEventListener("change", () => {
    remember("host", picker.value);
    window.location.reload();
  });
  const label = el("label", { for: "preview-host", className: "version" });
  const relabel = (locale: Locale) => {
    label.textContent = t(locale, "hostLabel");
    (picker.options[0] as HTMLOptionElement).textContent = t(locale, "hostExcel");
    (picker.options[1] as HTMLOptionElement).textContent = t(locale, "hostWps");
  };
  return { elements: [label, picker], relabel };
}

/** The title bar: the workbook's name, the host and Excel version pickers, the language switch. */
function titleBar(version: Version, host: HostKind) {
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
  // Over WPS there is no Excel version to choose.
  versionPicker.hidden = versionLabel.hidden = host === "wps";
  const hosts = hostPicker(host);
  const title = el("h1", {});
  const previewNote = el("p", { className: "preview-note" });
  const element = el(
    "header",
    { className: "titlebar" },
    el("img", { src: "assets/icon-32.png", alt: "", width: 24, height: 24 }),
    title,
    previewNote,
    el(
      "div",
      { className: "titlebar-tools" },
      ...hosts.elements,
      versionLabel,
      versionPicker,
      languageButton
    )
  );
  const label = (locale: Locale, workbookName: string) => {
    title.textContent = `${workbookName} — ${t(locale, host === "wps" ? "appTitleWps" : "appTitle")}`;
    previewNote.textContent = t(locale, host === "wps" ? "previewNoteWps" : "previewNote");
    hosts.relabel(locale);
    languageButton.textContent = t(locale, "switchLanguage");
    languageButton.setAttribute("aria-label", t(locale, "switchLanguageLabel"));
    versionLabel.textContent = t(locale, "excelVersion");
    (versionPicker.options[0] as HTMLOptionElement).textContent = t(locale, "excelNewest");
    (versionPicker.options[1] as HTMLOptionElement).textContent = t(locale, "excel2019");
  };
  return { element, languageButton, label };
}

function labelGrid(parts: GridParts, locale: Locale): void {
  parts.nameBox.setAttribute("aria-label", t(locale, "nameBox"));
  parts.formula.setAttribute("aria-label", t(locale, "formulaBar"));
  parts.tabs.setAttribute("aria-label", t(locale, "sheetTabs"));
}

/** Connect this page's Office.js to the emulated workbook, then add the sample's sheets. */
async function openSample(
  workbook: PreviewHost["workbook"],
  requirementSets: PreviewHost["requirementSets"],
  requested: () => void
): Promise<void> {
  attachToWorkbook(workbook, requirementSets, requested);
  await addSheets(sampleSheets(sampleText));
}

/** The Office side of the frames' host: the workbook, the language, theme and Excel version. */
function officeSide(
  workbook: PreviewHost["workbook"],
  locale: Locale,
  version: Version,
  requested: () => void
) {
  return {
    workbook,
    displayLanguage: officeLanguage(locale),
    theme: officeTheme(setting("theme")),
    requirementSets: VERSIONS[version],
    settings: new Map<string, unknown>(),
    requested,
  };
}

/** What the add-in's frames reach as their Office host (src/preview/host.ts). */
function publishHost(host: PreviewHost): PreviewHost {
  (window as unknown as Record<string, PreviewHost>)[HOST_GLOBAL] = host;
  return host;
}

const officeLanguage = (locale: Locale) => (locale === "zh" ? "zh-CN" : "en-US");

const commandsFrame = () =>
  el("iframe", {
    id: "commands-frame",
    src: COMMANDS_PAGE,
    title: "commands",
    hidden: true,
    tabindex: -1,
  });

/** The hidden commands page: loaded once the workbook is ready, again when the language changes. */
function commandsPage(root: HTMLElement) {
  let frame = commandsFrame();
  return {
    load: () => root.appendChild(frame),
    reload() {
      frame.remove();
      frame = commandsFrame();
      root.appendChild(frame);
    },
  };
}

function emptyWorkbook() {
  const workbook = new (emulatorGlobal().EmulatedWorkbook)([]);
  workbook.name = "绩效目标表样例.xlsx";
  workbook.parseWorkbook = sheetContents;
  return workbook;
}

/** The add-in's task pane at the width the page remembers (?width=), remembering a new one. */
function taskPane(name: Bilingual, locale: Locale, host: HostKind): TaskPane {
  return new TaskPane(
    name,
    locale,
    paneWidth(setting("width")),
    (width) => remember("width", String(width)),
    host === "wps" ? WPS_PANE_PAGE : undefined
  );
}

/** Excel's window: title bar, ribbon, formula bar, the sheet beside the task pane, status bar. */
function layOut(
  root: HTMLElement,
  pieces: {
    titlebar: { element: HTMLElement };
    ribbon: Ribbon;
    parts: GridParts;
    pane: TaskPane;
    statusbar: { element: HTMLElement };
    dialogs: DialogLayer;
  }
): void {
  const { titlebar, ribbon, parts, pane, statusbar, dialogs } = pieces;
  replace(
    root,
    titlebar.element,
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
    statusbar.element,
    dialogs.element
  );
}

/**
 * The workbook the grid draws: the emulator's over Excel (the sample goes in once Office.js is
 * attached), or over WPS a copy of the fake WPS workbook, which holds the sample at once.
 */
function hostWorkbook(kind: HostKind, redraw: () => void, language: () => string) {
  if (kind === "excel") return { workbook: emptyWorkbook(), wps: null };
  const plans = sampleSheets(sampleText);
  const wps = openWpsSample(emulatorGlobal().EmulatedWorkbook, plans, redraw, language);
  wps.workbook.name = "绩效目标表样例.xlsx";
  return { workbook: wps.workbook, wps };
}

/** Over WPS the ribbon's function commands run the WPS host's operations (src/preview/wpsPreview.ts). */
function associateWpsCommands(
  wps: NonNullable<ReturnType<typeof hostWorkbook>["wps"]>,
  ribbon: Ribbon,
  locale: () => Locale
): void {
  for (const [id, action] of wpsRibbonActions(wps.et.application, locale))
    ribbon.associate(id, action);
}

/**
 * The preview (docs/preview.md): Excel as a page, with the manifest's ribbon, the emulated
 * workbook as a grid, the add-in's own task pane and commands pages in frames sharing that
 * workbook, and its dialogs; opened on the sample document's five forms.
 */
async function start(root: HTMLElement): Promise<void> {
  let locale: Locale = setting("lang") === "en" ? "en" : "zh";
  const version: Version = setting("excel") === "1.8" ? "1.8" : "newest";
  const hostKind: HostKind = setting("host") === "wps" ? "wps" : "excel";
  const manifest = ribbonFromManifest(new DOMParser().parseFromString(manifestXml, MANIFEST_TYPE));
  const { workbook, wps } = hostWorkbook(
    hostKind,
    () => redraw(),
    () => officeLanguage(locale)
  );
  const statusbar = statusBar(() => locale, hostKind);
  const parts = gridParts();
  const grid = new WorkbookView(workbook, parts, locale);
  const redraw = redrawSoon(grid);
  const requested = () => (statusbar.countRequest(), redraw());
  const pane = taskPane(manifest.name, locale, hostKind);
  const dialogs = new DialogLayer(() => locale);
  const ribbon = new Ribbon(manifest, locale, {
    showTaskpane: () => pane.open(),
    status: statusbar.say,
  });
  const commands = commandsPage(root);
  const host = publishHost({
    ...officeSide(workbook, locale, version, requested),
    associate: (id, action) => ribbon.associate(id, action),
    openDialog: (url, onMessage) => dialogs.show(url, onMessage),
  });

  const titlebar = titleBar(version, hostKind);
  const chrome = () => {
    document.documentElement.lang = locale === "zh" ? "zh-CN" : "en";
    document.title = `${workbook.name} · ${t(locale, "appTitle")}`;
    titlebar.label(locale, workbook.name);
    labelGrid(parts, locale);
    statusbar.showCount();
  };
  titlebar.languageButton.addEventListener("click", () => {
    locale = locale === "zh" ? "en" : "zh";
    remember("lang", locale);
    host.displayLanguage = officeLanguage(locale);
    chrome();
    ribbon.setLocale(locale);
    pane.setLocale(locale);
    grid.setLocale(locale);
    // Office tells a page its display language when it loads: the add-in's pages load again.
    if (!wps) commands.reload();
    pane.reload();
  });

  layOut(root, { titlebar, ribbon, parts, pane, statusbar, dialogs });
  chrome();
  statusbar.say(t(locale, "loading"));

  if (wps) associateWpsCommands(wps, ribbon, () => locale);
  else await openSample(workbook, VERSIONS[version], requested);
  grid.draw();
  statusbar.say(t(locale, "ready"));
  if (!wps) commands.load();
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
