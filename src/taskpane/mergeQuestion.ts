import { cellA1 } from "../form/address";
import type { SheetChanges } from "../form/summaryRefresh";
import { el } from "../shell/dom";
import { button } from "./controls";
import { answerMerge } from "./mergeActions";
import type { Pane } from "./pane";
import { t } from "./strings";

/** How many changed rows of a sheet are listed; the rest are counted. */
const SHOWN_ROWS = 8;
/** How much of a cell's text is shown: enough to recognise it. */
const SHOWN_TEXT = 40;

const shortened = (text: string) =>
  text.length > SHOWN_TEXT ? `${text.slice(0, SHOWN_TEXT - 1)}…` : text;

/** One sheet's rows of the person's writing: its cells as text (never HTML), the rest counted. */
function sheetChanges(pane: Pane, changes: SheetChanges): HTMLElement {
  const locale = pane.state.locale;
  const rows = changes.rows
    .slice(0, SHOWN_ROWS)
    .map((row) =>
      el(
        "li",
        {},
        t(locale, "mergeAskRow", { row: row.row + 1 }),
        row.added ? t(locale, "mergeAskAdded") : "",
        locale === "zh" ? "：" : ": ",
        row.cells
          .map((c) => `${cellA1(row.row, c.col)} ${shortened(c.text)}`)
          .join(locale === "zh" ? "；" : "; ")
      )
    );
  const more = changes.rows.length - SHOWN_ROWS;
  return el(
    "div",
    { className: "sheet-changes" },
    el(
      "p",
      { className: "sheet" },
      t(locale, "mergeAskSheet", { sheet: changes.sheet, count: changes.rows.length })
    ),
    changes.legacy && el("p", { className: "secondary" }, t(locale, "mergeAskLegacy")),
    el("ul", { className: "changes" }, ...rows),
    more > 0 && el("p", { className: "secondary" }, t(locale, "mergeAskMore", { count: more }))
  );
}

/**
 * The question a refresh asks before it would lose the person's writing on the summary
 * (docs/addin.md, "Summary"): what they wrote, then 替换, 替换并保留旧表, 取消.
 */
export function mergeQuestion(pane: Pane): HTMLElement | null {
  const { state } = pane;
  const question = state.mergeQuestion;
  if (!question) return null;
  const locale = state.locale;
  return el(
    "div",
    {
      className: "confirm",
      id: "merge-question",
      role: "group",
      "aria-labelledby": "merge-question-title",
    },
    el("p", { id: "merge-question-title" }, t(locale, "mergeAskTitle")),
    ...question.changes.map((changes) => sheetChanges(pane, changes)),
    el(
      "div",
      { className: "actions" },
      button(
        "merge-keep",
        t(locale, "mergeKeep"),
        state.busy,
        () => void answerMerge(pane, "keep"),
        true
      ),
      button(
        "merge-replace",
        t(locale, "mergeReplace"),
        state.busy,
        () => void answerMerge(pane, "replace")
      ),
      button(
        "merge-cancel",
        t(locale, "cancel"),
        state.busy,
        () => void answerMerge(pane, "cancel")
      )
    )
  );
}
