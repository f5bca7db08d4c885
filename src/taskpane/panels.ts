import type { Pane } from "./pane";
import { el } from "../shell/dom";
import { reportCsv, reportJson } from "./exportReport";
import { findingsList } from "./findingsList";
import { checkOutcome, excelMessage } from "../excel/messages";
import { errorText } from "../excel/errors";
import { t } from "./strings";
import { startLiveCheck, stopLiveCheck } from "./liveCheck";

const button = (id: string, label: string, busy: boolean, onClick: () => void, primary = false) =>
  el(
    "button",
    {
      type: "button",
      id,
      className: primary ? "button primary" : "button",
      disabled: busy,
      onClick,
    },
    label
  );

const field = (id: string, label: string, input: HTMLInputElement) =>
  el("label", { className: "field", for: id }, el("span", {}, label), input);

/** Insert: year and unit (remembered per document), one button. */
export function insertPanel(pane: Pane): HTMLElement {
  const { state, actions, env } = pane;
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
    type: "text",
    value: state.unit,
    placeholder: t(state.locale, "unitPlaceholder"),
    onInput: (e: Event) => (state.unit = (e.target as HTMLInputElement).value),
  });
  const insert = () => {
    env.settings.set("year", state.year);
    env.settings.set("unit", state.unit);
    const wanted = Number(state.year);
    return pane.run(
      () =>
        actions.insertTemplate({
          year: Number.isInteger(wanted) && wanted > 1999 ? wanted : undefined,
          unit: state.unit.trim() || undefined,
        }),
      (done) => excelMessage("inserted", { sheet: done.sheet, cell: done.cell }, state.locale)
    );
  };
  return el(
    "div",
    { className: "panel" },
    el("p", { className: "secondary" }, t(state.locale, "insertHint")),
    field("insert-year", t(state.locale, "year"), year),
    field("insert-unit", t(state.locale, "unit"), unit),
    button("insert", t(state.locale, "insert"), state.busy, insert, true)
  );
}

/** Check: scope, a summary line, findings by form; fixes, clearing, export. */
export function checkPanel(pane: Pane): HTMLElement {
  const { state, actions, env } = pane;
  const locale = state.locale;
  const report = state.check?.report ?? null;
  const findings = report
    ? report.files.flatMap((f) => [...f.findings, ...f.forms.flatMap((x) => x.findings)])
    : [];
  const fixable = findings.filter((f) => f.fix);
  const runCheck = () =>
    state.scope === "workbook"
      ? actions.checkWorkbook({ locale })
      : actions.checkSheet(undefined, { locale });
  const check = () =>
    pane.run(runCheck, (result) => {
      state.check = result;
      return checkOutcome(result, locale);
    });
  const scope = (value: "workbook" | "sheet", label: string) =>
    el(
      "label",
      { className: "choice" },
      el("input", {
        type: "radio",
        name: "scope",
        id: `scope-${value}`,
        value,
        checked: state.scope === value,
        onChange: () => (state.scope = value),
      }),
      label
    );
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
    "div",
    { className: "panel" },
    el(
      "fieldset",
      {},
      el("legend", {}, t(locale, "scope")),
      scope("workbook", t(locale, "scopeWorkbook")),
      scope("sheet", t(locale, "scopeSheet"))
    ),
    button("check", t(locale, "check"), state.busy, check, true),
    el(
      "label",
      { className: "choice" },
      live,
      state.liveUnsupported ? t(locale, "liveUnsupported") : t(locale, "live")
    ),
    report &&
      el(
        "div",
        { className: "actions" },
        button(
          "apply-fixes",
          t(locale, "applyFixes", { count: fixable.length }),
          state.busy || fixable.length === 0,
          () =>
            pane.run(
              async () => {
                const applied = await actions.applyFixes(fixable);
                state.check = await runCheck();
                return applied;
              },
              (applied) => t(locale, "applied", { count: applied.length })
            )
        ),
        button("clear-marks", t(locale, "clearMarks"), state.busy, () =>
          pane.run(
            () => actions.clearMarks(),
            (cleared) => {
              state.check = null;
              return t(locale, "cleared", { cells: cleared.cells });
            }
          )
        ),
        button("export-json", t(locale, "exportJson"), state.busy, () =>
          env.download("绩效目标表校验.json", "application/json", reportJson(report))
        ),
        button("export-csv", t(locale, "exportCsv"), state.busy, () =>
          env.download("绩效目标表校验.csv", "text/csv;charset=utf-8", reportCsv(report))
        )
      ),
    report && el("p", { className: "summary" }, checkOutcome(state.check!, locale)),
    report &&
      findingsList(
        report,
        locale,
        (finding) =>
          void actions.selectCell(finding.sheet, finding.cell).catch((error: unknown) => {
            // A sheet deleted or renamed since the check: said on the status line, not swallowed.
            state.status = { text: errorText(error, locale), error: true };
            pane.render();
          })
      )
  );
}

/** Summary: build or refresh it; import other workbooks with a progress bar and an outcome each. */
export function mergePanel(pane: Pane): HTMLElement {
  const { state, actions } = pane;
  const locale = state.locale;
  const merge = () =>
    pane.run(
      () => actions.mergeIntoSummary({}),
      (merged) => {
        const notes = [
          ["unit", "单位", merged.disagreements.unit],
          ["year", "年度", merged.disagreements.year],
        ] as const;
        return [
          excelMessage("merged", { sheet: merged.sheet, forms: merged.forms }, locale),
          ...notes
            .filter(([, , values]) => values)
            .map(([en, zh, values]) =>
              t(locale, "disagree", {
                what: zh,
                whatEn: en,
                values: values!.map(([v, n]) => `${v}×${n}`).join(locale === "zh" ? "、" : ", "),
                chosen: String(values![0][0]),
              })
            ),
        ].join(" ");
      }
    );
  const picker = el("input", {
    type: "file",
    id: "import-files",
    accept: ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    multiple: true,
    disabled: state.busy,
    onChange: (e: Event) => void importPicked(pane, (e.target as HTMLInputElement).files),
  });
  const imports = state.imports;
  return el(
    "div",
    { className: "panel" },
    el("p", { className: "secondary" }, t(locale, "mergeHint")),
    button("merge", t(locale, "merge"), state.busy, merge, true),
    el("h3", {}, t(locale, "importTitle")),
    el(
      "label",
      { for: "import-files", className: "field" },
      el("span", {}, t(locale, "importPick")),
      picker
    ),
    imports &&
      el("progress", {
        id: "import-progress",
        max: imports.total,
        value: imports.done,
        "aria-label": t(locale, "importing", { done: imports.done, total: imports.total }),
      }),
    imports &&
      el(
        "ul",
        { className: "outcomes", id: "import-outcomes" },
        ...imports.outcomes.map((o) =>
          el(
            "li",
            { className: o.inserted ? "ok" : "error" },
            el("span", { className: "file" }, o.file),
            " ",
            o.inserted
              ? t(locale, "importedOne", { sheets: o.sheets.join("、") })
              : (o.reason?.[locale] ?? "")
          )
        )
      )
  );
}

async function importPicked(pane: Pane, list: FileList | null): Promise<void> {
  const files = [...(list ?? [])];
  if (files.length === 0) return;
  const { state, actions } = pane;
  state.imports = { done: 0, total: files.length, outcomes: [] };
  await pane.run(
    async () => {
      const picked = await Promise.all(
        files.map(async (f) => ({ name: f.name, bytes: await readBytes(f) }))
      );
      return actions.importWorkbooks(picked, (done, total, outcome) => {
        state.imports = { done, total, outcomes: [...(state.imports?.outcomes ?? []), outcome] };
        pane.render();
      });
    },
    (outcomes) => {
      state.imports = { done: outcomes.length, total: files.length, outcomes };
      const inserted = outcomes.filter((o) => o.inserted).length;
      return t(state.locale, "importDone", { inserted, total: files.length });
    }
  );
}

/** A picked file's bytes through FileReader: EdgeHTML (Excel 2019) has no Blob.arrayBuffer(). */
function readBytes(file: File): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}
