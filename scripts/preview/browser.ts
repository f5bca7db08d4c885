import { existsSync } from "node:fs";
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Frame,
  type FrameLocator,
  type Page,
} from "playwright-core";
import { PREVIEW_DIR } from "./build";
import { servePreview, type Served } from "./serve";

/** Debian's chromium (apt-get install chromium), never a browser Playwright downloads. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Flags for a quiet browser on a shared machine: no sandbox (containers), no GPU, and nothing
 * that phones home. Playwright gives each launch a fresh profile (--user-data-dir) of its own.
 */
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface Preview {
  page: Page;
  context: BrowserContext;
  /** The task pane's frame. */
  pane: FrameLocator;
  /** Requests the tests refused: anything not to 127.0.0.1. */
  blocked: string[];
  /** Errors thrown in any frame, and console errors (a CSP violation is one). */
  errors: string[];
}

export class PreviewBrowser {
  private browser: Browser | null = null;
  private served: Served | null = null;

  async start(): Promise<void> {
    if (!existsSync(CHROMIUM))
      throw new Error(`No chromium at ${CHROMIUM}: apt-get install -y chromium fonts-noto-cjk`);
    this.served = await servePreview(process.env.E2E_PREVIEW_DIR ?? PREVIEW_DIR);
    this.browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  }

  async stop(): Promise<void> {
    await this.browser?.close();
    await this.served?.close();
  }

  get url(): string {
    return this.served!.url;
  }

  /**
   * A fresh page on the preview, ready: the sample open, the pane loaded. `initScript` runs in
   * every frame before the page's own scripts.
   */
  async open(
    options: {
      query?: string;
      initScript?: string;
      viewport?: { width: number; height: number };
    } = {}
  ): Promise<Preview> {
    const context = await this.browser!.newContext({
      viewport: options.viewport ?? { width: 1440, height: 900 },
      locale: "zh-CN",
      acceptDownloads: true,
    });
    const blocked: string[] = [];
    const errors: string[] = [];
    await context.route("**/*", (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === "127.0.0.1") return route.continue();
      blocked.push(url.href);
      return route.abort();
    });
    if (options.initScript) await context.addInitScript(options.initScript);
    const page = await context.newPage();
    page.on("pageerror", (error) => errors.push(`${error.name}: ${error.message}`));
    if (process.env.E2E_DEBUG) page.on("console", (m) => console.log(m.type(), m.text()));
    if (process.env.E2E_DEBUG) page.on("pageerror", (e) => console.log("pageerror", e.stack));
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    await page.goto(`${this.url}preview.html${options.query ?? ""}`);
    await page.waitForSelector("html[data-preview-ready]", { timeout: 60_000 });
    const pane = page.frameLocator("#taskpane-frame");
    await pane.locator("#tab-insert").waitFor();
    return { page, context, pane, blocked, errors };
  }
}

/** The pane's frame as a Frame, for evaluating in it. */
export function paneFrame(page: Page): Frame {
  const frame = page.frames().find((f) => f.url().endsWith("preview-pane.html"));
  if (!frame) throw new Error("The task pane's frame is not loaded");
  return frame;
}

/** Every drawn cell of the grid: address → text, classes (selection aside), look and mark. */
export async function gridCells(page: Page): Promise<Record<string, string>> {
  return page.$$eval("#grid td.cell", (cells) =>
    Object.fromEntries(
      cells.map((td) => {
        const classes = [...td.classList].filter((c) => c !== "selected" && c !== "active").sort();
        const look = td.getAttribute("style") ?? "";
        const mark = td.getAttribute("data-mark") ?? "";
        return [
          td.getAttribute("data-cell"),
          `${td.textContent}|${classes.join(" ")}|${look}|${mark}`,
        ];
      })
    )
  );
}

/** Type into a cell as a person does: select it, type, Enter. */
export async function typeInto(page: Page, address: string, text: string): Promise<void> {
  await page.locator(`#grid td[data-cell="${address}"]`).click();
  await page.keyboard.press("F2");
  const editor = page.locator("#cell-editor");
  await editor.fill(text);
  await editor.press("Enter");
}
