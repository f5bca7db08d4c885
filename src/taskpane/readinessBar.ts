import { messageBar } from "./controls";
import type { Pane } from "./pane";
import { t } from "./strings";

/** 提交前检查's answer: ready to send, or how many errors stand in the way (listed below it). */
export function readinessBar(pane: Pane): HTMLElement | null {
  const { readiness, locale } = pane.state;
  if (!readiness) return null;
  return readiness.ready
    ? messageBar("readiness", "success", t(locale, "readyYes", { warnings: readiness.warnings }))
    : messageBar("readiness", "error", t(locale, "readyNo", { errors: readiness.errors }));
}
