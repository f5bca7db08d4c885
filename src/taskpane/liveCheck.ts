import type { Pane } from "./pane";
import { checkOutcome } from "../excel/messages";

/** How long the person must pause typing before the sheet is checked again. */
export const LIVE_DELAY_MS = 1500;

let stop: (() => Promise<void>) | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;

/**
 * Re-check the sheet being edited (docs/addin.md, "Live check"): a worksheet change event
 * (ExcelApi 1.7), debounced, never while another operation runs, never stacking checks.
 */
export async function startLiveCheck(pane: Pane): Promise<void> {
  const { state, actions } = pane;
  stop = await actions.watchChanges((sheet) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (state.busy) return;
      void pane.run(
        async () => {
          const result = await actions.checkSheet(sheet, { locale: state.locale });
          state.check = result;
          return result;
        },
        (result) => checkOutcome(result, state.locale)
      );
    }, LIVE_DELAY_MS);
  });
  state.live = stop !== null;
  state.liveUnsupported = stop === null;
  pane.render();
}

export async function stopLiveCheck(pane: Pane): Promise<void> {
  clearTimeout(timer);
  await stop?.();
  stop = null;
  pane.state.live = false;
  pane.render();
}
