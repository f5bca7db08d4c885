/**
 * @jest-environment jsdom
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

/*
 * The outcome dialog's own page, in Excel (outcomePage.ts, over Office.js's Dialog API) and in WPS
 * (wpsOutcome.ts, a window of its own): what a ribbon command says is shown as text, and the
 * person closes it with the button or Esc.
 */

/** The page's body as shipped: both hosts' builds use src/commands/outcome.html. */
const PAGE = /<body[^>]*>([\s\S]*)<\/body>/.exec(
  readFileSync(join(__dirname, "../../src/commands/outcome.html"), "utf8")
)![1];

function openPage(script: string, said: string) {
  document.body.innerHTML = PAGE;
  window.location.hash = encodeURIComponent(said);
  const toParent: string[] = [];
  Object.assign(globalThis, {
    Office: {
      onReady: (ready: () => void) => ready(),
      context: { ui: { messageParent: (message: string) => void toParent.push(message) } },
    },
  });
  const closeWindow = jest.spyOn(window, "close").mockImplementation(() => undefined);
  jest.isolateModules(() => {
    require(script);
  });
  const message = document.getElementById("message")!;
  return { message, toParent, closeWindow };
}

const press = (key: string) => document.dispatchEvent(new KeyboardEvent("keydown", { key }));

afterEach(() => jest.restoreAllMocks());

describe.each([
  ["Excel", "../../src/commands/outcomePage"],
  ["WPS", "../../src/commands/wpsOutcome"],
])("the outcome dialog's page in %s", (host, script) => {
  /** Whether the page asked to be closed, the way its host closes a dialog. */
  const closeAsked = (page: ReturnType<typeof openPage>) =>
    host === "Excel"
      ? page.toParent.length > 0 && page.toParent.every((m) => m === "close")
      : page.closeWindow.mock.calls.length > 0;

  it("shows what the command said, markup as plain text", () => {
    const said = '5 张表：3 个错误。<img src=x onerror="alert(1)">';
    const page = openPage(script, said);
    expect(page.message.textContent).toBe(said);
    expect(page.message.querySelector("img")).toBeNull();
    expect(closeAsked(page)).toBe(false);
  });

  it("closes with its button", () => {
    const page = openPage(script, "已校验");
    document.getElementById("close")!.click();
    expect(closeAsked(page)).toBe(true);
  });

  it("closes with Esc, and with no other key", () => {
    const page = openPage(script, "已校验");
    press("Enter");
    press("a");
    expect(closeAsked(page)).toBe(false);
    press("Escape");
    expect(closeAsked(page)).toBe(true);
  });
});
