import type { CheckResult } from "../excel";
import { checkOutcome } from "../excel/messages";
import type { Finding } from "../form/finding";
import { fixableFindings } from "./findingGroups";
import type { Pane } from "./pane";
import { t } from "./strings";

/*
 * What the check panel's buttons do (docs/addin.md, "The task pane"): each runs through
 * pane.run, so the pane is busy meanwhile and the outcome or error lands on the status line.
 */

const summaryLine = (pane: Pane, result: CheckResult) => checkOutcome(result, pane.state.locale);

/** Check the chosen scope again, keeping what the person filtered on. */
function recheck(pane: Pane): Promise<CheckResult> {
  const { state, actions } = pane;
  const options = { locale: state.locale };
  return state.scope === "workbook"
    ? actions.checkWorkbook(options)
    : actions.checkSheet(undefined, options);
}

export function check(pane: Pane): Promise<void> {
  const { state } = pane;
  return pane.run(
    () => recheck(pane),
    (result) => {
      state.check = result;
      state.readiness = null;
      state.confirmingFixes = false;
      return summaryLine(pane, result);
    }
  );
}

/** Write these findings' fixes, then check again so the list shows what remains. */
export function applyFixes(pane: Pane, findings: readonly Finding[]): Promise<void> {
  const { state, actions } = pane;
  return pane.run(
    async () => {
      // Refused (a cell changed since the check) or failed, the list of changes may no longer say
      // what the cells hold: it closes, and 应用全部安全修正 lists them afresh.
      const applied = await actions.applyFixes(findings).catch((error: unknown) => {
        state.confirmingFixes = false;
        throw error;
      });
      state.undoable = applied.length;
      state.check = await recheck(pane);
      return applied;
    },
    (applied) => {
      state.confirmingFixes = false;
      return t(state.locale, "applied", { count: applied.length });
    }
  );
}

export const applyAllFixes = (pane: Pane) =>
  // Stryker disable next-line OptionalChaining: its only button (fixesBar.ts) is drawn only while a check is shown
  applyFixes(pane, fixableFindings(pane.state.check?.report ?? null));

/** Put back what the last fixes replaced (the workbook keeps the record), then check again. */
export function undoFixes(pane: Pane): Promise<void> {
  const { state, actions } = pane;
  return pane.run(
    async () => {
      const undone = await actions.undoFixes();
      state.undoable = 0;
      if (state.check) state.check = await recheck(pane);
      return undone;
    },
    (undone) => t(state.locale, "undone", { count: undone.length })
  );
}

export function clearMarks(pane: Pane): Promise<void> {
  const { state, actions } = pane;
  return pane.run(
    () => actions.clearMarks(),
    (cleared) => {
      state.check = null;
      state.readiness = null;
      return t(state.locale, "cleared", { cells: cleared.cells });
    }
  );
}

/**
 * 提交前检查: check the whole workbook; with no error left, clear the marks and say it is ready
 * to send; otherwise show the errors that stand in the way.
 */
export function readyToSubmit(pane: Pane): Promise<void> {
  const { state, actions } = pane;
  return pane.run(
    async () => {
      const result = await actions.checkWorkbook({ locale: state.locale });
      const { errors, warnings } = result.report.summary;
      if (errors === 0) await actions.clearMarks();
      return { result, errors, warnings };
    },
    ({ result, errors, warnings }) => {
      state.scope = "workbook";
      state.confirmingFixes = false;
      state.readiness = { ready: errors === 0, errors, warnings };
      state.check = errors === 0 ? null : result;
      if (errors > 0) state.filter = { ...state.filter, severity: "error" };
      return errors === 0
        ? t(state.locale, "readyYes", { warnings })
        : t(state.locale, "readyNo", { errors });
    }
  );
}

/** Read the workbook's fix record when the pane loads, so 撤销修正 survives a reload. */
export async function loadUndoable(pane: Pane): Promise<void> {
  try {
    pane.state.undoable = (await pane.actions.fixesToUndo()).length;
  } catch (error) {
    // Only the undo button depends on it; the pane works on, and the console tells why.
    console.warn("perf-targets: could not read the fix record", error);
    pane.state.undoable = 0;
  }
  pane.render();
}
