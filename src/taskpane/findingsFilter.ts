import type { Finding } from "../form/finding";
import { el } from "../shell/dom";
import { SEVERITIES, findingGroups, severityCounts, verdict } from "./findingGroups";
import type { Pane } from "./pane";
import { ALL_FORMS, type FindingsFilter } from "./state";
import { t } from "./strings";

function severityButtons(pane: Pane, findings: readonly Finding[]): HTMLElement {
  const { state } = pane;
  const counts = severityCounts(findings);
  const choose = (severity: FindingsFilter["severity"]) => {
    state.filter = { ...state.filter, severity };
    pane.render();
    // Stryker disable next-line OptionalChaining: the render just above drew every chip
    document.getElementById(`filter-${severity}`)?.focus();
  };
  const option = (severity: FindingsFilter["severity"], label: string, count: number) =>
    el(
      "button",
      {
        // Stryker disable next-line StringLiteral: no <form> in the pane, so a button's type changes nothing
        type: "button",
        id: `filter-${severity}`,
        className: `chip ${severity === "all" ? "" : `severity-${severity}`}`,
        "aria-pressed": String(state.filter.severity === severity),
        onClick: () => choose(severity),
      },
      el("span", {}, label),
      el("span", { className: "count" }, String(count))
    );
  return el(
    "div",
    { role: "group", className: "chips", "aria-label": t(state.locale, "filterSeverity") },
    option("all", t(state.locale, "filterAll"), findings.length),
    ...SEVERITIES.map((s) => option(s, t(state.locale, `severities_${s}`), counts[s]))
  );
}

function formSelect(pane: Pane): HTMLElement | null {
  const { state } = pane;
  const groups = findingGroups(state.check!.report, state.locale);
  if (groups.length < 2) return null;
  const select = el(
    "select",
    {
      id: "filter-form",
      "aria-label": t(state.locale, "filterForm"),
      onChange: (e: Event) => {
        state.filter = { ...state.filter, form: (e.target as HTMLSelectElement).value };
        pane.render();
      },
    },
    el("option", { value: ALL_FORMS }, t(state.locale, "allForms", { count: groups.length })),
    ...groups.map((g) =>
      el("option", { value: g.key }, `${g.title} — ${verdict(g.findings, state.locale)}`)
    )
  );
  select.value = groups.some((g) => g.key === state.filter.form) ? state.filter.form : ALL_FORMS;
  return select;
}

/** Filter the findings: by severity (each with its count) and by form. */
export function findingsFilter(pane: Pane): HTMLElement | null {
  const report = pane.state.check?.report;
  if (!report) return null;
  const all = findingGroups(report, pane.state.locale).flatMap((g) => g.findings);
  return el("div", { className: "filters" }, severityButtons(pane, all), formSelect(pane));
}
