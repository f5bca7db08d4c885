import { errorText } from "../excel/errors";
import { excelMessage } from "../excel/messages";
import { el } from "../shell/dom";
import { button, field } from "./controls";
import type { Pane } from "./pane";
import { t } from "./strings";

/**
 * Read where 插入指标行 can put a row: the form under the selection. Never throws: a host that
 * cannot (WPS) or a failed read leaves the button disabled with the reason beside it.
 */
export async function loadRowTarget(pane: Pane): Promise<void> {
  const { state } = pane;
  try {
    const target = await pane.actions.indicatorRowTarget();
    state.rows = { target, chosen: target ? Math.max(target.selected, 0) : 0, error: null };
  } catch (error) {
    state.rows = { target: null, chosen: 0, error };
  }
  pane.render();
}

function insertRow(pane: Pane): Promise<void> {
  const { state, actions } = pane;
  // Its button is enabled only with a target, and the chosen block is one of its options:
  // Stryker disable next-line OptionalChaining: as said above
  const target = state.rows?.target;
  // Stryker disable next-line OptionalChaining: as said above
  const block = target?.blocks[state.rows!.chosen];
  // Stryker disable next-line ConditionalExpression,LogicalOperator: as said above
  if (!target || !block) return Promise.resolve();
  return pane
    .run(
      () => actions.insertIndicatorRow(target.sheet, block.lastRow),
      (done) => excelMessage("rowInserted", { level2: done.level2, cell: done.cell }, state.locale)
    )
    .then(() => loadRowTarget(pane));
}

/** Why no row can be inserted, in the person's language (rendered late: the language may change). */
function rowNote(pane: Pane): string | null {
  const { rows, locale } = pane.state;
  if (!rows || rows.target) return null;
  if (rows.error) return errorText(rows.error, locale);
  return excelMessage("notInIndicators", {}, locale);
}

/** The 二级 blocks of the selected form, the selection's own chosen. */
function blockSelect(pane: Pane): HTMLSelectElement {
  const { state } = pane;
  const rows = state.rows;
  const target = rows?.target ?? null;
  return el(
    "select",
    {
      id: "row-block",
      disabled: !target,
      onChange: (e: Event) => {
        // Stryker disable next-line ConditionalExpression: a select has options to change only with rows
        if (rows) rows.chosen = Number((e.target as HTMLSelectElement).value);
      },
    },
    ...(target?.blocks ?? []).map((b, i) =>
      el(
        "option",
        // Stryker disable next-line OptionalChaining: a block listed means rows were read
        { value: String(i), selected: i === rows?.chosen },
        t(state.locale, "rowBlockOption", {
          level1: b.level1,
          level2: b.level2,
          first: b.firstRow + 1,
          last: b.lastRow + 1,
        })
      )
    )
  );
}

/** 插入指标行: the 二级 to add a row under, one button, and a way to follow the selection. */
export function indicatorRowSection(pane: Pane): HTMLElement {
  const { state } = pane;
  const locale = state.locale;
  const note = rowNote(pane);
  return el(
    "section",
    { className: "row-insert", "aria-labelledby": "row-title" },
    el("h3", { id: "row-title" }, t(locale, "rowTitle")),
    el("p", { className: "secondary" }, t(locale, "rowHint")),
    field(t(locale, "rowBlock"), blockSelect(pane)),
    note ? el("p", { id: "row-note", className: "secondary", role: "status" }, note) : null,
    el(
      "div",
      { className: "actions" },
      el(
        "button",
        {
          // Stryker disable next-line StringLiteral: no <form> in the pane, so a button's type changes nothing
          type: "button",
          id: "insert-row",
          className: "button primary",
          disabled: state.busy || !state.rows?.target,
          onClick: () => void insertRow(pane),
        },
        t(locale, "rowInsert")
      ),
      button("row-refresh", t(locale, "rowRefresh"), state.busy, () => void loadRowTarget(pane))
    )
  );
}
