import { el } from "../shell/dom";
import { button, field } from "./controls";
import { importPicked, merge } from "./mergeActions";
import { mergeQuestion } from "./mergeQuestion";
import type { Pane } from "./pane";
import { t } from "./strings";

/** Each imported file's outcome, under a progress bar. */
function importOutcomes(pane: Pane): HTMLElement[] {
  const { imports, locale } = pane.state;
  if (!imports) return [];
  return [
    el("progress", {
      id: "import-progress",
      max: imports.total,
      value: imports.done,
      "aria-label": t(locale, "importing", { done: imports.done, total: imports.total }),
    }),
    el(
      "ul",
      { className: "outcomes", id: "import-outcomes" },
      ...imports.outcomes.map((o) =>
        el(
          "li",
          { className: o.inserted ? "ok" : "error" },
          el("span", { className: "file" }, o.file),
          " ",
          o.inserted
            ? t(locale, "importedOne", { sheets: o.sheets.join(locale === "zh" ? "、" : ", ") })
            : // Stryker disable next-line StringLiteral,OptionalChaining: a file left out always has its reason (both hosts' imports give one)
              (o.reason?.[locale] ?? "")
        )
      )
    ),
  ];
}

/** Summary: build or refresh it; import other workbooks with a progress bar and an outcome each. */
export function mergePanel(pane: Pane): HTMLElement {
  const { state } = pane;
  const locale = state.locale;
  const picker = el("input", {
    type: "file",
    id: "import-files",
    accept: ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    multiple: true,
    disabled: state.busy,
    onChange: (e: Event) => void importPicked(pane, (e.target as HTMLInputElement).files),
  });
  const year = el("input", {
    id: "merge-year",
    type: "number",
    min: 2000,
    max: 2100,
    value: state.summaryYear,
    placeholder: t(locale, "summaryYearPlaceholder"),
    onInput: (e: Event) => (state.summaryYear = (e.target as HTMLInputElement).value),
  });
  return el(
    "div",
    { className: "panel" },
    el("p", { className: "secondary" }, t(locale, "mergeHint")),
    field(t(locale, "summaryYear"), year),
    button("merge", t(locale, "merge"), state.busy, () => void merge(pane), true),
    mergeQuestion(pane),
    el("h3", {}, t(locale, "importTitle")),
    field(t(locale, "importPick"), picker),
    ...importOutcomes(pane)
  );
}
