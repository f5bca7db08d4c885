import { findingText, hasPlace, type Finding } from "../form/finding";
import { SEVERITY_LABEL } from "../form/severity";
import { el } from "../shell/dom";
import { applyFixes } from "./checkActions";
import { filterGroups, findingGroups, fixChange, severityCounts, verdict } from "./findingGroups";
import type { Pane } from "./pane";
import { t } from "./strings";

/** Up and down arrows, Home and End move between the findings, as in a list box. */
function moveFocus(event: Event): void {
  const key = (event as KeyboardEvent).key;
  if (!["ArrowDown", "ArrowUp", "Home", "End"].includes(key)) return;
  const list = event.currentTarget as HTMLElement;
  const items = [...list.querySelectorAll<HTMLElement>("button.finding")];
  const at = items.indexOf(document.activeElement as HTMLElement);
  const next =
    key === "Home"
      ? 0
      : key === "End"
        ? items.length - 1
        : Math.min(items.length - 1, Math.max(0, at + (key === "ArrowDown" ? 1 : -1)));
  if (items[next]) {
    event.preventDefault();
    items[next].focus();
  }
}

/** Take the person to the finding's cell; a sheet gone since the check is said on the status line. */
function select(pane: Pane, finding: Finding): void {
  const before = pane.state.status?.text ?? "";
  void pane.run(
    () => pane.actions.selectCell(finding.sheet, finding.cell),
    () => before
  );
}

/** A finding with a place is a button that goes there; a whole file's finding is only text. */
function findingLine(pane: Pane, finding: Finding, index: number): HTMLElement {
  const locale = pane.state.locale;
  const parts = [
    el("span", { className: "severity" }, SEVERITY_LABEL[finding.severity][locale]),
    el("span", { className: "cell" }, hasPlace(finding) ? finding.cell : ""),
    el("span", { className: "message" }, findingText(finding, locale)),
  ];
  const className = `finding severity-${finding.severity}`;
  if (!hasPlace(finding)) return el("div", { className }, ...parts);
  return el(
    "button",
    {
      // Stryker disable next-line StringLiteral: no <form> in the pane, so a button's type changes nothing
      type: "button",
      // An id, so that focus stays on this finding when the pane re-renders.
      id: `finding-${index}`,
      className,
      title: t(locale, "goTo", { cell: `${finding.sheet}!${finding.cell}` }),
      onClick: () => select(pane, finding),
    },
    ...parts
  );
}

function findingItem(pane: Pane, finding: Finding, index: number): HTMLElement {
  const { state } = pane;
  const locale = state.locale;
  const go = findingLine(pane, finding, index);
  if (!finding.fix) return el("li", {}, go);
  const change = fixChange(finding);
  return el(
    "li",
    {},
    go,
    el(
      "div",
      { className: "fix" },
      el("span", { className: "change" }, change),
      el(
        "button",
        {
          // Stryker disable next-line StringLiteral: no <form> in the pane, so a button's type changes nothing
          type: "button",
          className: "button small fix-one",
          disabled: state.busy,
          "aria-label": t(locale, "fixOneLabel", { change }),
          id: `fix-${index}`,
          onClick: () => void applyFixes(pane, [finding]),
        },
        t(locale, "fixOne")
      )
    )
  );
}

/**
 * The findings of a check, grouped by form with each form's verdict, filtered as the person
 * chose; each takes the person to its cell, and one with a certain fix shows it and offers it.
 * Messages come from cells' text and are only ever text nodes.
 */
export function findingsList(pane: Pane): HTMLElement | null {
  const { state } = pane;
  const report = state.check?.report;
  if (!report) return null;
  const locale = state.locale;
  const groups = filterGroups(findingGroups(report, locale), state.filter);
  if (groups.every((g) => g.findings.length === 0))
    return el("p", { className: "secondary" }, t(locale, "noFindings"));
  const shown = groups.filter((g) => g.shown.length > 0 || state.filter.severity === "all");
  if (shown.length === 0) return el("p", { className: "secondary" }, t(locale, "noneShown"));
  let index = 0;
  return el(
    "div",
    { className: "findings", onKeydown: moveFocus },
    ...shown.map((group) => {
      const worst = severityCounts(group.findings);
      return el(
        "section",
        { className: "finding-group" },
        el(
          "h3",
          {},
          el("span", { className: "title" }, group.title),
          el(
            "span",
            { className: `verdict ${worst.error ? "fails" : worst.warning ? "warns" : "passes"}` },
            verdict(group.findings, locale)
          )
        ),
        group.shown.length > 0 &&
          // Stryker disable next-line UpdateOperator: counting down keeps the ids unique as well
          el("ul", {}, ...group.shown.map((f) => findingItem(pane, f, index++)))
      );
    })
  );
}
