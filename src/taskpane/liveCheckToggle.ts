import { el } from "../shell/dom";
import { startLiveCheck, stopLiveCheck } from "./liveCheck";
import type { Pane } from "./pane";
import { t } from "./strings";

/** 编辑时自动重新校验: on, off, or said to be unavailable in this Excel. */
export function liveCheckToggle(pane: Pane): HTMLElement {
  const { state } = pane;
  const live = el("input", {
    type: "checkbox",
    id: "live-check",
    checked: state.live,
    disabled: state.liveUnsupported,
    onChange: (e: Event) => {
      const on = (e.target as HTMLInputElement).checked;
      void (on ? startLiveCheck(pane) : stopLiveCheck(pane));
    },
  });
  return el(
    "label",
    { className: "choice" },
    live,
    state.liveUnsupported ? t(state.locale, "liveUnsupported") : t(state.locale, "live")
  );
}
