import type { ImportOutcome, Merged } from "../excel";
import { mergedMessage } from "../excel/messages";
import type { Pane } from "./pane";
import { t } from "./strings";

/** The summary's outcome line, with a note where the forms disagree on the unit or the year. */
function mergedLine(pane: Pane, merged: Merged): string {
  const locale = pane.state.locale;
  const notes = [
    ["unit", "单位", merged.disagreements.unit],
    ["year", "年度", merged.disagreements.year],
  ] as const;
  return [
    mergedMessage(merged, locale),
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

/**
 * Build the summary for the year the person typed, else for the year most forms carry. Where the
 * old summary holds the person's writing, nothing is written yet: the pane asks (mergeQuestion.ts).
 */
export async function merge(pane: Pane): Promise<void> {
  const wanted = Number(pane.state.summaryYear); // Number() ignores the spaces round it
  const year = pane.state.summaryYear.trim() && Number.isInteger(wanted) ? wanted : undefined;
  const state = pane.state;
  state.mergeQuestion = null;
  await pane.run(
    () =>
      pane.actions.mergeIntoSummary({
        ...(year === undefined ? {} : { year }),
        whenChanged: "ask",
      }),
    (merged) => {
      if (!merged.unsaved) return mergedLine(pane, merged);
      state.mergeQuestion = { changes: merged.unsaved, ...(year === undefined ? {} : { year }) };
      return t(state.locale, "mergeAsked");
    }
  );
  // A keyboard user lands on the question's first answer, which loses nothing.
  if (state.mergeQuestion) document.getElementById("merge-keep")?.focus();
}

/** The person's answer to the question: replace the old sheets, replace keeping them renamed, or leave all as it is. */
export function answerMerge(pane: Pane, answer: "replace" | "keep" | "cancel"): Promise<void> {
  const { state } = pane;
  const question = state.mergeQuestion;
  state.mergeQuestion = null;
  if (!question || answer === "cancel") {
    state.status = { text: t(state.locale, "mergeCancelled"), error: false };
    pane.render();
    document.getElementById("merge")?.focus();
    return Promise.resolve();
  }
  const year = question.year === undefined ? {} : { year: question.year };
  return pane.run(
    () => pane.actions.mergeIntoSummary({ ...year, whenChanged: answer }),
    (merged) => mergedLine(pane, merged)
  );
}

/**
 * A picked file's bytes through FileReader (EdgeHTML, Excel 2019, has no Blob.arrayBuffer()), or
 * null where it cannot be read: moved, deleted or locked since it was picked.
 */
function readBytes(file: File): Promise<Uint8Array | null> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => resolve(null);
    reader.readAsArrayBuffer(file);
  });
}

/** The outcome of a file that could not be read: its own line, the others still imported. */
const unreadableOutcome = (file: string): ImportOutcome => ({
  file,
  inserted: false,
  sheets: [],
  reason: { zh: t("zh", "importUnreadable"), en: t("en", "importUnreadable") },
});

/** Import the picked workbooks, one outcome line each as it arrives. */
export async function importPicked(pane: Pane, list: FileList | null): Promise<void> {
  const files = [...(list ?? [])];
  if (files.length === 0) return;
  const { state, actions } = pane;
  const arrived: ImportOutcome[] = [];
  state.imports = { done: 0, total: files.length, outcomes: [] };
  await pane.run(
    async () => {
      const read = await Promise.all(
        files.map(async (f) => ({ name: f.name, bytes: await readBytes(f) }))
      );
      const picked = read.flatMap(({ name, bytes }) => (bytes ? [{ name, bytes }] : []));
      const unreadable = read.filter((r) => !r.bytes).map((r) => unreadableOutcome(r.name));
      const imported = picked.length
        ? await actions.importWorkbooks(picked, (done, _total, outcome) => {
            arrived.push(outcome);
            const outcomes = [...arrived, ...unreadable];
            state.imports = { done: done + unreadable.length, total: files.length, outcomes };
            pane.render();
          })
        : [];
      return [...imported, ...unreadable];
    },
    (outcomes) => {
      state.imports = { done: outcomes.length, total: files.length, outcomes };
      const inserted = outcomes.filter((o) => o.inserted).length;
      return t(state.locale, "importDone", { inserted, total: files.length });
    }
  );
}
