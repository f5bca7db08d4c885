import { el } from "../shell/dom";
import { check, clearMarks, readyToSubmit } from "./checkActions";
import { button } from "./controls";
import { reportCsv, reportJson } from "./exportReport";
import type { Pane } from "./pane";
import { t } from "./strings";

function scopeChoice(pane: Pane): HTMLElement {
  const { state } = pane;
  const choice = (value: "workbook" | "sheet", label: string) =>
    el(
      "label",
      { className: "choice" },
      el("input", {
        type: "radio",
        name: "scope",
        id: `scope-${value}`,
        value,
        checked: state.scope === value,
        onChange: () => (state.scope = value),
      }),
      label
    );
  return el(
    "fieldset",
    { className: "inline" },
    el("legend", {}, t(state.locale, "scope")),
    choice("workbook", t(state.locale, "scopeWorkbook")),
    choice("sheet", t(state.locale, "scopeSheet"))
  );
}

/** The rarer actions (clear, export) behind one 更多 button: a native disclosure, keyboard-ready. */
function moreMenu(pane: Pane): HTMLElement {
  const { state, env } = pane;
  const locale = state.locale;
  const report = state.check?.report ?? null;
  const menu = el(
    "details",
    {
      className: "menu",
      onKeydown: (event: Event) => {
        if ((event as KeyboardEvent).key !== "Escape") return;
        menu.open = false;
        // Stryker disable next-line OptionalChaining: the menu is drawn with its summary, always there
        menu.querySelector("summary")?.focus();
      },
    },
    el(
      "summary",
      { className: "button", id: "more-actions", "aria-label": t(locale, "moreLabel") },
      t(locale, "more")
    ),
    el(
      "div",
      { className: "menu-items" },
      button("clear-marks", t(locale, "clearMarks"), state.busy, () => void clearMarks(pane)),
      report &&
        button("export-json", t(locale, "exportJson"), state.busy, () =>
          env.download("绩效目标表校验.json", "application/json", reportJson(report))
        ),
      report &&
        button("export-csv", t(locale, "exportCsv"), state.busy, () =>
          env.download("绩效目标表校验.csv", "text/csv;charset=utf-8", reportCsv(report, locale))
        )
    )
  );
  return menu;
}

/** The check panel's controls: scope on one line, the actions on the next. */
export function checkControls(pane: Pane): HTMLElement {
  const { state } = pane;
  return el(
    "div",
    {},
    scopeChoice(pane),
    el(
      "div",
      { className: "actions" },
      button("check", t(state.locale, "check"), state.busy, () => void check(pane), true),
      button("ready", t(state.locale, "ready"), state.busy, () => void readyToSubmit(pane)),
      moreMenu(pane)
    )
  );
}
