import { findingText, hasPlace, type Finding, type Report } from "../form/finding";
import { SEVERITY_LABEL } from "../form/severity";
import type { Locale } from "../form/locale";
import { el } from "../shell/dom";
import { t } from "./strings";

/**
 * The findings of a check, grouped by form (sheet · project · range), each a button that takes
 * the person to its cell. Messages come from cells' text and are only ever text nodes.
 */
export function findingsList(
  report: Report,
  locale: Locale,
  select: (finding: Finding) => void
): HTMLElement {
  const groups: { title: string; findings: Finding[] }[] = [];
  for (const file of report.files) {
    if (file.findings.length > 0)
      groups.push({ title: `${t(locale, "fileFindings")} ${file.file}`, findings: file.findings });
    for (const form of file.forms) {
      if (form.findings.length === 0) continue;
      const name = form.record.name ?? t(locale, "noForm");
      // A sheet named after its project (one form a sheet) is said once.
      const where = form.sheet === name ? form.range : `${form.sheet} · ${form.range}`;
      groups.push({ title: t(locale, "findingsOf", { name, where }), findings: form.findings });
    }
  }
  if (groups.length === 0) return el("p", { className: "secondary" }, t(locale, "noFindings"));
  return el(
    "div",
    { className: "findings" },
    ...groups.map((group) =>
      el(
        "section",
        { className: "finding-group" },
        el("h3", {}, group.title),
        el(
          "ul",
          {},
          ...group.findings.map((finding) => el("li", {}, findingItem(finding, locale, select)))
        )
      )
    )
  );
}

/** A finding with a place is a button that goes there; a whole file's finding is only text. */
function findingItem(
  finding: Finding,
  locale: Locale,
  select: (finding: Finding) => void
): HTMLElement {
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
      type: "button",
      className,
      title: t(locale, "goTo", { cell: `${finding.sheet}!${finding.cell}` }),
      onClick: () => select(finding),
    },
    ...parts
  );
}
