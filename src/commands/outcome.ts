/**
 * How a ribbon command tells the person what happened: a small dialog (Dialog API 1.1, in Excel
 * 2016 and later) showing the text, closed by its button or by Esc. The text travels in the URL's
 * hash and is shown with textContent only. The promise settles when the dialog is gone (closed by
 * its button, by the person's ×, or never opened), so the command completes its event only then,
 * as the function-command pattern asks (docs/addin.md, "Ribbon commands").
 */
export function showOutcome(text: string): Promise<void> {
  const url = new URL("outcome.html", window.location.href);
  url.hash = encodeURIComponent(text);
  return new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(
      url.href,
      { height: 25, width: 30, displayInIframe: true },
      (result) => {
        if (result.status !== Office.AsyncResultStatus.Succeeded) return resolve();
        const dialog = result.value;
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
          dialog.close();
          resolve();
        });
        // The person closed it with its ×, or it failed to load: nothing more will come.
        dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
      }
    );
  });
}
