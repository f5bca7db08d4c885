import { excelMessage } from "../excel/messages";
import { el } from "../shell/dom";
import { button, field } from "./controls";
import { indicatorRowSection, loadRowTarget } from "./indicatorRowSection";
import type { Pane } from "./pane";
import { t } from "./strings";

function insert(pane: Pane): Promise<void> {
  const { state, actions, env } = pane;
  env.settings.set("year", state.year);
  env.settings.set("unit", state.unit);
  const wanted = Number(state.year);
  return pane
    .run(
      () =>
        actions.insertTemplate({
          year: Number.isInteger(wanted) && wanted > 1999 ? wanted : undefined,
          unit: state.unit.trim() || undefined,
        }),
      (done) => excelMessage("inserted", { sheet: done.sheet, cell: done.cell }, state.locale)
    )
    .then(() => loadRowTarget(pane));
}

/** Insert: year and unit (remembered per document), one button; then 插入指标行. */
export function insertPanel(pane: Pane): HTMLElement {
  const { state } = pane;
  const year = el("input", {
    id: "insert-year",
    type: "number",
    min: 2000,
    max: 2100,
    value: state.year,
    onInput: (e: Event) => (state.year = (e.target as HTMLInputElement).value),
  });
  const unit = el("input", {
    id: "insert-unit",
    value: state.unit,
    placeholder: t(state.locale, "unitPlaceholder"),
    onInput: (e: Event) => (state.unit = (e.target as HTMLInputElement).value),
  });
  return el(
    "div",
    { className: "panel" },
    el("p", { className: "secondary" }, t(state.locale, "insertHint")),
    field(t(state.locale, "year"), year),
    field(t(state.locale, "unit"), unit),
    button("insert", t(state.locale, "insert"), state.busy, () => void insert(pane), true),
    indicatorRowSection(pane)
  );
}
