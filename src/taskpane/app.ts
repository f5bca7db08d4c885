import { errorText } from "../excel/errors";
import type { Locale } from "../form/locale";
import type { PaneActions, PaneEnvironment } from "./actions";
import { el, replace } from "../shell/dom";
import { loadUndoable } from "./checkActions";
import { checkPanel } from "./checkPanel";
import { firstRunCard } from "./firstRunCard";
import { loadRowTarget } from "./indicatorRowSection";
import { insertPanel } from "./insertPanel";
import { mergePanel } from "./mergePanel";
import type { Pane } from "./pane";
import { initialState, type Tab } from "./state";
import { t } from "./strings";
import { applyTheme } from "./theme";

const TABS: Tab[] = ["insert", "check", "merge"];
const TAB_LABEL = { insert: "tabInsert", check: "tabCheck", merge: "tabMerge" } as const;
const PANELS = { insert: insertPanel, check: checkPanel, merge: mergePanel };

/**
 * Build the task pane in `root` (docs/addin.md, "The task pane"). Chinese first, English by the
 * switch or Office's display language; every text from a cell is rendered as text.
 */
export function mountPane(root: HTMLElement, actions: PaneActions, env: PaneEnvironment): Pane {
  const settings = env.settings;
  const locale = (settings.get("locale") as Locale | undefined) ?? env.locale;
  const state = initialState(locale, {
    year: settings.get("year") ?? String(new Date().getFullYear() + 1),
    unit: settings.get("unit") ?? "",
    firstRun: settings.get("firstRunDone") === undefined,
  });
  applyTheme(document.documentElement, env.theme);
  const pane: Pane = {
    state,
    actions,
    env,
    render: () => render(root, pane),
    async run(operation, done) {
      // The pressed button is disabled while busy and loses the focus to the page: it gets it
      // back after, unless the operation moved it somewhere on purpose.
      // Stryker disable next-line OptionalChaining: a page with a body always has an active element
      const pressed = document.activeElement?.id;
      state.busy = true;
      state.status = { text: t(state.locale, "busy"), error: false };
      pane.render();
      try {
        const result = await operation();
        state.status = { text: done(result), error: false };
      } catch (error) {
        state.status = { text: errorText(error, state.locale), error: true };
      } finally {
        state.busy = false;
        pane.render();
        if (pressed && !root.contains(document.activeElement))
          document.getElementById(pressed)?.focus();
      }
    },
  };
  pane.render();
  void loadUndoable(pane);
  return pane;
}

function render(root: HTMLElement, pane: Pane): void {
  const { state } = pane;
  document.documentElement.lang = state.locale === "zh" ? "zh-CN" : "en";
  // The page's heading names the pane for screen readers; Office's title bar shows the name.
  const title = document.getElementById("pane-title");
  if (title) title.textContent = t(state.locale, "title");
  // Stryker disable next-line OptionalChaining: as in run, the page always has an active element
  const focused = document.activeElement?.id;
  replace(
    root,
    el("div", { className: "pane-header" }, tabList(pane), languageSwitch(pane)),
    firstRunCard(pane),
    el(
      "p",
      {
        id: "status",
        className: state.status?.error ? "status error" : "status",
        role: state.status?.error ? "alert" : "status",
        "aria-live": "polite",
      },
      state.status?.text ?? ""
    ),
    el(
      "div",
      { role: "tabpanel", id: `panel-${state.tab}`, "aria-labelledby": `tab-${state.tab}` },
      PANELS[state.tab](pane)
    )
  );
  // Stryker disable next-line ConditionalExpression: no id finds no element, so nothing is focused either way
  if (focused) document.getElementById(focused)?.focus();
}

function languageSwitch(pane: Pane): HTMLElement {
  const { state } = pane;
  return el(
    "button",
    {
      // Stryker disable next-line StringLiteral: no <form> in the pane, so a button's type changes nothing
      type: "button",
      id: "switch-language",
      className: "link",
      "aria-label": t(state.locale, "switchLanguageLabel"),
      onClick: () => {
        state.locale = state.locale === "zh" ? "en" : "zh";
        pane.env.settings.set("locale", state.locale);
        state.status = null;
        pane.render();
      },
    },
    t(state.locale, "switchLanguage")
  );
}

function tabList(pane: Pane): HTMLElement {
  const { state } = pane;
  const select = (tab: Tab) => {
    state.tab = tab;
    state.status = null;
    pane.render();
    // Stryker disable next-line OptionalChaining: the render just above drew every tab
    document.getElementById(`tab-${tab}`)?.focus();
    // Where 插入指标行 would go depends on the selection the person made meanwhile.
    if (tab === "insert") void loadRowTarget(pane);
  };
  return el(
    "div",
    {
      role: "tablist",
      className: "tabs",
      onKeydown: (event: Event) => {
        const key = (event as KeyboardEvent).key;
        const step = key === "ArrowRight" ? 1 : key === "ArrowLeft" ? -1 : 0;
        if (step) select(TABS[(TABS.indexOf(state.tab) + step + TABS.length) % TABS.length]);
      },
    },
    ...TABS.map((tab) =>
      el(
        "button",
        {
          // Stryker disable next-line StringLiteral: no <form> in the pane, so a button's type changes nothing
          type: "button",
          role: "tab",
          id: `tab-${tab}`,
          "aria-selected": String(tab === state.tab),
          "aria-controls": `panel-${tab}`,
          tabIndex: tab === state.tab ? 0 : -1,
          onClick: () => select(tab),
        },
        t(state.locale, TAB_LABEL[tab])
      )
    )
  );
}
