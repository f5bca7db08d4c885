import { PreviewBrowser, type Preview } from "../../scripts/preview/browser";

/**
 * One browser for a test file, and after each test the check every test owes (docs/preview.md):
 * no error on the page and nothing fetched from outside 127.0.0.1. A test opens its own preview
 * with `open`, in a context closed after it.
 */
export function previewSession(): { open: PreviewBrowser["open"] } {
  const browser = new PreviewBrowser();
  let current: Preview | undefined;
  beforeAll(() => browser.start(), 60_000);
  afterAll(() => browser.stop());
  afterEach(async () => {
    if (!current) return;
    const { errors, blocked, context } = current;
    current = undefined;
    await context.close();
    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
  });
  return { open: async (...args) => (current = await browser.open(...args)) };
}
