/**
 * @jest-environment jsdom
 */
import { showOutcome } from "../../src/commands/outcome";

type Handler = (arg: unknown) => void;

/** A fake Dialog API: the dialog opens at once; the test closes it when it chooses. */
function fakeDialogs(opens = true) {
  const handlers = new Map<string, Handler>();
  const opened: { url: string; options: Office.DialogOptions }[] = [];
  let closed = 0;
  Object.assign(globalThis, {
    Office: {
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      EventType: { DialogMessageReceived: "message", DialogEventReceived: "event" },
      context: {
        ui: {
          displayDialogAsync: (url: string, options: Office.DialogOptions, callback: Handler) =>
            opened.push({ url, options }) &&
            callback(
              opens
                ? {
                    status: "succeeded",
                    value: {
                      addEventHandler: (type: string, handler: Handler) =>
                        handlers.set(type, handler),
                      close: () => void closed++,
                    },
                  }
                : { status: "failed" }
            ),
        },
      },
    },
  });
  return { handlers, opened, closed: () => closed };
}

const settled = async (promise: Promise<void>) => {
  let done = false;
  void promise.then(() => (done = true));
  for (let i = 0; i < 5; i++) await Promise.resolve();
  return done;
};

describe("the outcome dialog of a ribbon command", () => {
  it("settles only once the person closes it with its button, and closes it", async () => {
    const dialogs = fakeDialogs();
    const shown = showOutcome("已校验");
    expect(await settled(shown)).toBe(false);
    dialogs.handlers.get("message")!({ message: "close" });
    expect(await settled(shown)).toBe(true);
    expect(dialogs.closed()).toBe(1);
  });

  it("opens the outcome page beside the command's, with the text, small and inside Office's window", () => {
    const dialogs = fakeDialogs();
    void showOutcome("5 张表：3 个错误");
    expect(dialogs.opened).toHaveLength(1);
    const { url, options } = dialogs.opened[0];
    const page = new URL(url);
    expect(page.href.replace(page.hash, "")).toBe(
      new URL("outcome.html", window.location.href).href
    );
    expect(decodeURIComponent(page.hash.slice(1))).toBe("5 张表：3 个错误");
    // A pop-up window is blocked in Excel on the web; a dialog over the whole screen hides the sheet.
    expect(options.displayInIframe).toBe(true);
    expect(options.height).toBeLessThanOrEqual(30);
    expect(options.width).toBeLessThanOrEqual(30);
  });

  it("settles when the person closes it with the window's ×", async () => {
    const dialogs = fakeDialogs();
    const shown = showOutcome("已校验");
    expect(await settled(shown)).toBe(false);
    dialogs.handlers.get("event")!({ error: 12006 });
    expect(await settled(shown)).toBe(true);
  });

  it("settles at once when no dialog could open", async () => {
    fakeDialogs(false);
    expect(await settled(showOutcome("已校验"))).toBe(true);
  });
});
