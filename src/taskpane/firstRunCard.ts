import { el } from "../shell/dom";
import type { Pane } from "./pane";
import { t } from "./strings";

/**
 * The first-run card (插入模板 → 填写 → 校验), shown on every tab until the person dismisses it;
 * remembered per person, in the browser's storage (officeEnvironment.ts).
 */
export function firstRunCard(pane: Pane): HTMLElement | null {
  const { state } = pane;
  if (!state.firstRun) return null;
  const locale = state.locale;
  return el(
    "section",
    { className: "card", id: "first-run", "aria-labelledby": "first-run-title" },
    el(
      "div",
      { className: "card-title" },
      el("h2", { id: "first-run-title" }, t(locale, "firstRunTitle")),
      dismiss(pane)
    ),
    el(
      "ol",
      {},
      el("li", {}, t(locale, "firstRunInsert")),
      el("li", {}, t(locale, "firstRunFill")),
      el("li", {}, t(locale, "firstRunCheck"))
    )
  );
}

function dismiss(pane: Pane): HTMLElement {
  const { state, env } = pane;
  return el(
    "button",
    {
      // Stryker disable next-line StringLiteral: no <form> in the pane, so a button's type changes nothing
      type: "button",
      id: "first-run-dismiss",
      className: "button small",
      onClick: () => {
        state.firstRun = false;
        env.settings.set("firstRunDone", "1");
        pane.render();
        // Stryker disable next-line OptionalChaining: the render just above drew every tab
        document.getElementById(`tab-${state.tab}`)?.focus();
      },
    },
    t(state.locale, "firstRunDismiss")
  );
}
