import { el } from "../shell/dom";
import { checkControls } from "./checkControls";
import { diagnosticsSection } from "./diagnostics";
import { findingsFilter } from "./findingsFilter";
import { findingsList } from "./findingsList";
import { fixesBar } from "./fixesBar";
import { liveCheckToggle } from "./liveCheckToggle";
import type { Pane, Section } from "./pane";
import { readinessBar } from "./readinessBar";

/**
 * The check panel, top to bottom: controls, live check, 提交前检查's answer, the fixes, the
 * filter, the findings, and 诊断 (the self-test) last. A new part is a section in its own file
 * and a line here.
 */
export const CHECK_SECTIONS: Section[] = [
  checkControls,
  liveCheckToggle,
  readinessBar,
  fixesBar,
  findingsFilter,
  findingsList,
  diagnosticsSection,
];

export function checkPanel(pane: Pane): HTMLElement {
  return el("div", { className: "panel" }, ...CHECK_SECTIONS.map((section) => section(pane)));
}
