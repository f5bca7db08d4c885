import type { Pane } from "./pane";
import { errorText } from "../excel/errors";
import { checkOutcome } from "../excel/messages";

/** How often a change that arrived during another operation looks again whether the pane is free. */
export const BUSY_RETRY_MS = 100;

/** One pane's watching: how to stop, and the changed sheets not yet checked again. */
interface LiveSession {
  stop: (() => Promise<void>) | null;
  /** Sheet names changed since their last check, in the order they changed. */
  pending: Set<string>;
  checking: boolean;
  stopped: boolean;
}

/** Each pane its own session (tests mount several panes; one page has one). */
const sessions = new WeakMap<Pane, LiveSession>();

/**
 * Re-check the sheet being edited (docs/addin.md, "Live check"): on the worksheet change event
 * itself (ExcelApi 1.7; the add-in's own changes are not heard, src/excel/watch.ts), so a finding
 * shows at once. Changes that arrive while a check runs are folded into one more check after it;
 * a change that arrives while another operation runs waits for it, never dropped.
 */
export async function startLiveCheck(pane: Pane): Promise<void> {
  const session: LiveSession = { stop: null, pending: new Set(), checking: false, stopped: false };
  sessions.set(pane, session);
  try {
    session.stop = await pane.actions.watchChanges({
      changed: (sheet) => {
        session.pending.add(sheet);
        void drain(pane, session);
      },
      failed: (error) => showError(pane, error),
    });
  } catch (error) {
    showError(pane, error);
  }
  pane.state.live = session.stop !== null;
  pane.state.liveUnsupported = session.stop === null && !pane.state.status?.error;
  pane.render();
}

export async function stopLiveCheck(pane: Pane): Promise<void> {
  const session = sessions.get(pane);
  sessions.delete(pane);
  if (session) session.stopped = true;
  try {
    await session?.stop?.();
  } catch (error) {
    showError(pane, error);
  }
  pane.state.live = false;
  pane.render();
}

/** Check each changed sheet once, until none is left; one drain at a time per session. */
async function drain(pane: Pane, session: LiveSession): Promise<void> {
  // The flags keep one drain at a time whatever pane.run does; today pane.run is busy from its
  // first step, so the busy test below already holds back a second drain, and a stopped session's
  // loop checks nothing: mutants of the flags are equivalent (docs/architecture.md, Mutation testing).
  // Stryker disable next-line ConditionalExpression,LogicalOperator: the busy test and the loop's stop cover it
  if (session.checking || session.stopped) return;
  if (pane.state.busy) {
    setTimeout(() => void drain(pane, session), BUSY_RETRY_MS);
    return;
  }
  // Stryker disable next-line BooleanLiteral: as above, pane.run's busy holds back a second drain
  session.checking = true;
  try {
    for (const sheet of session.pending) {
      session.pending.delete(sheet);
      if (session.stopped) break;
      await checkAgain(pane, sheet);
    }
  } finally {
    session.checking = false;
  }
  // Stryker disable next-line ConditionalExpression: a Set's loop visits every sheet added or re-added while it runs; only a stop leaves some, which a stopped session never checks
  if (session.pending.size > 0) void drain(pane, session);
}

/** One check of one sheet through the pane, so its outcome or its error shows on the status line. */
function checkAgain(pane: Pane, sheet: string): Promise<void> {
  const { state, actions } = pane;
  return pane.run(
    async () => {
      const result = await actions.checkSheet(sheet, { locale: state.locale });
      state.check = result;
      return result;
    },
    (result) => checkOutcome(result, state.locale)
  );
}

/** An error on the status line, said as every operation's is (src/excel/errors.ts). */
function showError(pane: Pane, error: unknown): void {
  pane.state.status = { text: errorText(error, pane.state.locale), error: true };
  pane.render();
}
