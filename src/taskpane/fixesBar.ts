import { el } from "../shell/dom";
import { applyAllFixes, undoFixes } from "./checkActions";
import { button, messageBar } from "./controls";

const smallButton = (...args: Parameters<typeof button>) => {
  const made = button(...args);
  made.classList.add("small");
  return made;
};
import { fixableFindings, fixChange } from "./findingGroups";
import type { Pane } from "./pane";
import { t } from "./strings";

/** The changes 应用全部安全修正 would make, listed for the person's yes before anything is written. */
function confirmation(pane: Pane): HTMLElement {
  const { state } = pane;
  // Stryker disable next-line OptionalChaining: drawn only once a check has found a fix
  const fixable = fixableFindings(state.check?.report ?? null);
  return el(
    "div",
    {
      className: "confirm",
      id: "fix-preview",
      role: "group",
      "aria-labelledby": "fix-preview-title",
    },
    el(
      "p",
      { id: "fix-preview-title" },
      t(state.locale, "confirmFixesTitle", { count: fixable.length })
    ),
    el(
      "ul",
      { className: "changes" },
      ...fixable.map((f) => el("li", {}, `${f.sheet} · ${fixChange(f)}`))
    ),
    el(
      "div",
      { className: "actions" },
      button(
        "confirm-fixes",
        t(state.locale, "confirmFixes"),
        state.busy,
        () => void applyAllFixes(pane),
        true
      ),
      button("cancel-fixes", t(state.locale, "cancel"), state.busy, () => {
        state.confirmingFixes = false;
        pane.render();
        // Stryker disable next-line OptionalChaining: the render just above drew it
        document.getElementById("apply-fixes")?.focus();
      })
    )
  );
}

/** 应用全部安全修正 (after a list of the changes) and 撤销修正 (from the workbook's record). */
export function fixesBar(pane: Pane): HTMLElement | null {
  const { state } = pane;
  const fixable = fixableFindings(state.check?.report ?? null);
  const undo =
    state.undoable > 0 &&
    messageBar(
      "undo-bar",
      // Stryker disable next-line StringLiteral: an info bar is the plain one (no .info style), said as news either way
      "info",
      el("span", {}, t(state.locale, "undoable", { count: state.undoable })),
      smallButton("undo-fixes", t(state.locale, "undo"), state.busy, () => void undoFixes(pane))
    );
  if (fixable.length === 0) return undo || null;
  if (state.confirmingFixes) return el("div", {}, undo, confirmation(pane));
  const applyAll = smallButton(
    "apply-fixes",
    t(state.locale, "applyFixes", { count: fixable.length }),
    state.busy,
    () => {
      state.confirmingFixes = true;
      pane.render();
      // Stryker disable next-line OptionalChaining: the render just above drew it
      document.getElementById("confirm-fixes")?.focus();
    }
  );
  return el("div", {}, undo, applyAll);
}
