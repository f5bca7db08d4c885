import type { OpenedDialog, PreviewHost } from "../host";

type Handler = (args: unknown) => void;
type AsyncCallback = (result: {
  status: string;
  value?: unknown;
  error?: { code: number; name: string; message: string };
  asyncContext?: unknown;
}) => void;

/** Office's dialog error codes (Office.context.ui.displayDialogAsync). */
const DIALOG_ALREADY_OPEN = 12007;
const DIALOG_OTHER_DOMAIN = 12004;

/**
 * Office.context.ui.displayDialogAsync for a frame of the preview: the host shows the page's text
 * over the workbook, and what the page would send with messageParent comes back to the caller as
 * Office's DialogMessageReceived event. One dialog at a time, from this frame's own origin, as
 * in Office.
 */
export function displayDialogAsync(host: PreviewHost) {
  return (url: string, options?: unknown, callback?: AsyncCallback) => {
    if (typeof options === "function") [callback, options] = [options as AsyncCallback, {}];
    const asyncContext = (options as { asyncContext?: unknown } | undefined)?.asyncContext;
    const fail = (code: number, message: string) =>
      setTimeout(() =>
        callback?.({
          status: "failed",
          error: { code, name: "Display Dialog Error", message },
          asyncContext,
        })
      );
    const target = new URL(String(url), window.location.href);
    if (target.origin !== window.location.origin)
      return fail(DIALOG_OTHER_DOMAIN, "The domain of the URL is not the add-in's own.");
    const handlers = new Map<string, Handler[]>();
    const fire = (type: string, args: unknown) => {
      for (const handler of handlers.get(type) ?? []) handler(args);
    };
    let opened: OpenedDialog;
    try {
      opened = host.openDialog(target.href, (message) =>
        fire("dialogMessageReceived", {
          type: "dialogMessageReceived",
          message,
          origin: window.location.origin,
        })
      );
    } catch {
      return fail(DIALOG_ALREADY_OPEN, "A dialog box is already opened from this host window.");
    }
    const dialog = {
      addEventHandler(type: string, handler: Handler, ...rest: unknown[]) {
        handlers.set(type, [...(handlers.get(type) ?? []), handler]);
        const done = rest.find((arg) => typeof arg === "function") as AsyncCallback | undefined;
        if (done) setTimeout(() => done({ status: "succeeded" }));
      },
      close: () => opened.close(),
      messageChild() {},
      sendMessage() {},
    };
    setTimeout(() => callback?.({ status: "succeeded", value: dialog, asyncContext }));
  };
}
