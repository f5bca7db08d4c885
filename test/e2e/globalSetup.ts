import { buildPreview, PREVIEW_DIR } from "../../scripts/preview/build";

/**
 * Build the preview once for every browser test, as `npm start` does. E2E_PREVIEW_DIR names an
 * already built preview to test instead (a CI step that has just built it).
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.E2E_PREVIEW_DIR) return;
  const started = Date.now();
  await buildPreview(PREVIEW_DIR, true);
  process.stdout.write(`\nbuilt the preview in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}
